/**
 * DrawingML for the charts the host draws: a chart part (`c:chartSpace` with one `c:barChart`) and
 * the sheet's drawing part (one `xdr:twoCellAnchor` per chart). Series name, categories and values
 * are references into the sheet (`c:f`) with the values cached beside them, as Excel writes them:
 * a reader that does not recalculate still shows the numbers.
 */
import { formatRectAbsolute, quoteSheet, type RangeRef } from "../model/address";
import type { ChartModel } from "../model/chart";
import { cellsOf, chartText, seriesLayout } from "../model/chartSeries";
import type { Sheet } from "../model/sheet";
import { escapeXml } from "./xml/text";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const SHAPES: Record<string, { dir: "col" | "bar"; grouping: "clustered" | "stacked" | "percentStacked" }> = {
  ColumnClustered: { dir: "col", grouping: "clustered" },
  ColumnStacked: { dir: "col", grouping: "stacked" },
  ColumnStacked100: { dir: "col", grouping: "percentStacked" },
  BarClustered: { dir: "bar", grouping: "clustered" },
  BarStacked: { dir: "bar", grouping: "stacked" },
  BarStacked100: { dir: "bar", grouping: "percentStacked" },
};

/** "'Rekap Anggaran'!$B$22:$B$33". */
export function chartRef(sheetName: string, rect: RangeRef): string {
  const a = formatRectAbsolute(rect);
  const single = rect.top === rect.bottom && rect.left === rect.right;
  return `${quoteSheet(sheetName)}!${single ? (a.split(":")[0] as string) : a}`;
}

function strRef(sheet: Sheet, rect: RangeRef): string {
  const texts = cellsOf(sheet, rect).map(chartText);
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(chartRef(sheet.name, rect))}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(sheet: Sheet, rect: RangeRef): string {
  const values = cellsOf(sheet, rect);
  const pts = values
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numRef><c:f>${escapeXml(chartRef(sheet.name, rect))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

/**
 * The chart part of a drawn chart, its data read from `dataSheet` as it is now. Element order
 * follows the schema (CT_Chart, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx).
 */
export function drawnChartXml(chart: ChartModel, dataSheet: Sheet): string {
  const shape = SHAPES[chart.type] ?? SHAPES.ColumnClustered;
  const source = chart.source;
  const layout = source ? seriesLayout(dataSheet, source.ref.rect, source.seriesBy) : { categories: null, series: [] };
  const series = layout.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        (s.name ? `<c:tx>${strRef(dataSheet, s.name)}</c:tx>` : "") +
        `<c:invertIfNegative val="0"/>` +
        (layout.categories ? `<c:cat>${strRef(dataSheet, layout.categories)}</c:cat>` : "") +
        `<c:val>${numRef(dataSheet, s.values)}</c:val></c:ser>`,
    )
    .join("");
  const stacked = shape?.grouping !== "clustered";
  const catPos = shape?.dir === "bar" ? "l" : "b";
  const valPos = shape?.dir === "bar" ? "b" : "l";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    (chart.title.visible ? title(chart.title.text) : `<c:autoTitleDeleted val="1"/>`) +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${shape?.dir}"/><c:grouping val="${shape?.grouping}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
    `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    (layout.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", col: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * One chart's anchor in a drawing part, corner to corner over the cells it covers. It declares its
 * own namespaces, so it can join a drawing part whatever prefixes that part uses.
 */
export function chartAnchorXml(chart: ChartModel, shapeId: number, relId: string): string {
  const a = chart.anchor;
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${marker("from", a.left, a.top)}${marker("to", a.right + 1, a.bottom + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** An empty drawing part, for a sheet that gets its first chart. */
export const EMPTY_DRAWING_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"></xdr:wsDr>`;

/** A marker's column and row in a kept anchor rewritten (a chart moved through the API). */
export function markerXml(tag: string, col: number, row: number): string {
  return marker(tag as "from" | "to", col, row);
}
