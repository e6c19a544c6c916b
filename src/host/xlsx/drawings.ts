/**
 * A sheet's drawing part (pictures, shapes, charts, each in an anchor over cells) in and out of the
 * package. The part is kept as read, its anchors' rows following row edits (keptRefs.ts). The
 * charts in it are also modelled (`worksheet.charts`): a chart the host did not draw keeps its chart
 * XML, with the ranges its formulas name lifted out, so row edits and renames carry over; its part
 * is written back only when those ranges moved. Charts added through the API get anchors of their
 * own in the drawing (a new drawing part when the sheet had none); a chart deleted through the API
 * takes its anchor with it; one moved through the API gets its anchor's corners rewritten.
 */
import { parseAddress, type RangeRef } from "../model/address";
import { columnPoints, rowPoints, type ChartModel, type KeptChart, type SheetRef } from "../model/chart";
import { type KeptElement, type KeptPart } from "../model/kept";
import type { Sheet } from "../model/sheet";
import type { Workbook } from "../model/workbook";
import { chartRef } from "./chartXml";
import { liftPartRefs } from "./keptRefs";
import { RelationshipsPart, relsPathOf } from "./opc";
import { attributes, elements, tags } from "./xml/patterns";
import { escapeXml, localName, unescapeXml } from "./xml/text";
import { childElements, parseXml, serialize, type XmlElement } from "./xml/tree";
import type { ZipReader } from "./zip/read";

const EMU_PER_POINT = 12_700;
const ANCHORS = new Set(["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]);

/** Reads a sheet's drawing part into a kept part, and its charts into `sheet.charts`. */
export function readDrawing(zip: ZipReader, wb: Workbook, sheet: Sheet, relId: string, part: string): KeptPart | null {
  const xml = zip.text(part);
  if (xml === null) return null;
  const doc = parseXml(xml);
  const root: KeptElement = doc.root;
  liftPartRefs("drawing", root);
  const rels = new RelationshipsPart(part, zip.text(relsPathOf(part))).relationships;
  for (const anchor of childElements(doc.root)) {
    if (!ANCHORS.has(localName(anchor.name))) continue;
    const anchorXml = serialize(anchor);
    const chartTag = tags(anchorXml, "chart").find((t) => /\br:id=|:id=/.test(t));
    const grouped = /<(?:\w+:)?grpSp\b/.test(anchorXml);
    if (!chartTag || grouped || !/<(?:\w+:)?graphicFrame\b/.test(anchorXml)) continue;
    const chartPart = rels.find((r) => r.id === attributes(chartTag).get("id"))?.target;
    const chartXml = chartPart ? zip.text(chartPart) : null;
    if (!chartPart || chartXml === null) continue;
    const name = attributes(tags(anchorXml, "cNvPr")[0] ?? "").get("name") ?? "";
    const chart = keptChart(wb, sheet, name, anchorOf(sheet, anchorXml), chartXml, chartPart);
    (anchor as KeptElement).link = chart.id;
    sheet.charts.push(chart);
  }
  return { relId, kind: "drawing", part, prolog: doc.prolog, root, epilog: doc.epilog };
}

function keptChart(wb: Workbook, sheet: Sheet, name: string, anchor: RangeRef, xml: string, part: string): ChartModel {
  const refs: KeptChart["refs"] = [];
  const body = xml.replace(/<((?:[\w.-]+:)?)f>([^<]*)<\/\1f>/g, (_m, prefix: string, text: string) => {
    refs.push(sheetRefOf(wb, unescapeXml(text)));
    return `<${prefix}f>{{ref:${refs.length - 1}}}</${prefix}f>`;
  });
  // The chart's own title comes before the plot area; titles after it are the axes'.
  const plotAt = xml.search(/<(?:[\w.-]+:)?plotArea\b/);
  const titleXml = elements(plotAt >= 0 ? xml.slice(0, plotAt) : xml, "title")[0];
  const titleText = titleXml
    ? [...titleXml.matchAll(/<(?:\w+:)?[tv]>([^<]*)</g)].map((m) => unescapeXml(m[1] ?? "")).join("")
    : "";
  return {
    id: wb.newChartId(),
    name: name || `Chart ${sheet.charts.length + 1}`,
    type: chartTypeOf(xml),
    title: { text: titleText, visible: titleXml !== undefined },
    anchor,
    source: null,
    kept: { xml: body, refs, part },
  };
}

/** A kept chart's XML with its references written where they are now. */
export function keptChartXml(kept: KeptChart, wb: Workbook): string {
  return kept.xml.replace(/\{\{ref:(\d+)\}\}/g, (_m, n: string) => {
    const ref = kept.refs[Number(n)];
    if (!ref) return "";
    if (!("sheetId" in ref)) return escapeXml(ref.text);
    const sheet = wb.sheetById(ref.sheetId);
    return escapeXml(sheet ? chartRef(sheet.name, ref.rect) : "#REF!");
  });
}

/** A chart formula's range by sheet id, or its text when it is not one range of a known sheet. */
function sheetRefOf(wb: Workbook, text: string): SheetRef | { text: string } {
  try {
    const parsed = parseAddress(text);
    const sheet = parsed.sheet === null ? undefined : wb.sheetByName(parsed.sheet);
    return sheet ? { sheetId: sheet.id, rect: parsed.rect } : { text };
  } catch {
    // A multi-area reference, a name or an expression: kept as written.
    return { text };
  }
}

/** "ColumnClustered" and the like for a chart of one bar chart; "Unknown" for anything else. */
function chartTypeOf(xml: string): string {
  const plot = elements(xml, "plotArea")[0] ?? "";
  const kinds = new Set([...plot.matchAll(/<(?:[\w.-]+:)?(\w+Chart)\b/g)].map((m) => m[1]));
  const bar = elements(plot, "barChart")[0];
  if (!bar || kinds.size !== 1) return "Unknown";
  const dir = attributes(tags(bar, "barDir")[0] ?? "").get("val") === "bar" ? "Bar" : "Column";
  const grouping = attributes(tags(bar, "grouping")[0] ?? "").get("val") ?? "clustered";
  const suffix = { clustered: "Clustered", stacked: "Stacked", percentStacked: "Stacked100" }[grouping];
  return suffix ? `${dir}${suffix}` : "Unknown";
}

function marker(xml: string, tag: "from" | "to"): { col: number; colOff: number; row: number; rowOff: number } | null {
  const m = elements(xml, tag)[0];
  if (!m) return null;
  const num = (name: string): number => Number(new RegExp(`<(?:\\w+:)?${name}>\\s*(-?\\d+)`).exec(m)?.[1] ?? 0);
  return { col: num("col"), colOff: num("colOff"), row: num("row"), rowOff: num("rowOff") };
}

/** The cells an anchor covers (offsets within a cell round outwards). */
export function anchorOf(sheet: Sheet, xml: string): RangeRef {
  const from = marker(xml, "from");
  const to = marker(xml, "to");
  if (from && to) {
    return {
      top: from.row,
      left: from.col,
      bottom: Math.max(from.row, to.rowOff > 0 ? to.row : to.row - 1),
      right: Math.max(from.col, to.colOff > 0 ? to.col : to.col - 1),
    };
  }
  const ext = attributes(tags(xml, "ext")[0] ?? "");
  const width = Number(ext.get("cx") ?? 0) / EMU_PER_POINT;
  const height = Number(ext.get("cy") ?? 0) / EMU_PER_POINT;
  if (from) return cover(sheet, from.row, from.col, height, width);
  const pos = attributes(tags(xml, "pos")[0] ?? "");
  const start = cellAtPoints(
    sheet,
    Number(pos.get("y") ?? 0) / EMU_PER_POINT,
    Number(pos.get("x") ?? 0) / EMU_PER_POINT,
  );
  return cover(sheet, start.row, start.col, height, width);
}

function cellAtPoints(sheet: Sheet, y: number, x: number): { row: number; col: number } {
  let row = 0;
  for (let top = rowPoints(sheet, 0); top <= y && row < 1_048_575; row++) top += rowPoints(sheet, row + 1);
  let col = 0;
  for (let left = columnPoints(sheet, 0); left <= x && col < 16_383; col++) left += columnPoints(sheet, col + 1);
  return { row, col };
}

function cover(sheet: Sheet, row: number, col: number, height: number, width: number): RangeRef {
  let bottom = row;
  for (let h = rowPoints(sheet, row); h < height && bottom < 1_048_575;) h += rowPoints(sheet, ++bottom);
  let right = col;
  for (let w = columnPoints(sheet, col); w < width && right < 16_383;) w += columnPoints(sheet, ++right);
  return { top: row, left: col, bottom, right };
}

export type { XmlElement };
