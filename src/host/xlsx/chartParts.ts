/**
 * Charts in and out of the .xlsx package, beside exceljs (which reads and writes cells, styles and
 * sheets, but no charts).
 *
 * Save: exceljs writes the workbook, then every sheet with charts gets a drawing part with one
 * anchor per chart, a chart part per chart, the relationships between them and the content types.
 * Load: the charts a sheet's drawing holds come into the model; a chart the host did not draw is
 * kept as its XML, with the ranges it names lifted out so row edits and renames carry over (see
 * model/chart.ts). What the host does not keep (pictures, shapes, grouped charts, chart sheets) is
 * listed in `Workbook.dropped`, so a caller can say so rather than lose it silently.
 */
import { parseAddress, type RangeRef } from "../model/address";
import { columnPoints, rowPoints, type ChartModel, type KeptChart, type SheetRef } from "../model/chart";
import type { Sheet } from "../model/sheet";
import type { Workbook } from "../model/workbook";
import { chartRef, drawingXml, drawnChartXml } from "./chartXml";
import {
  attributes,
  CONTENT_TYPE,
  elements,
  escapeXml,
  JSZip,
  readRels,
  readText,
  REL,
  relsPath,
  sheetParts,
  tags,
  unescapeXml,
} from "./package";

// ---------------------------------------------------------------------------------------------
// Save

/** Adds the workbook's charts to the package exceljs wrote; returns the bytes unchanged when there are none. */
export async function addChartParts(bytes: Uint8Array, wb: Workbook): Promise<Uint8Array> {
  const withCharts = wb.sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const overrides: { part: string; type: string }[] = [];
  let drawingNo = nextNumber(zip, "xl/drawings/drawing");
  let chartNo = nextNumber(zip, "xl/charts/chart");

  for (const sheet of withCharts) {
    const sheetPart = parts.find((p) => p.name === sheet.name)?.part;
    if (!sheetPart) throw new Error(`The saved workbook has no part for sheet "${sheet.name}".`);
    const drawing = `xl/drawings/drawing${drawingNo++}.xml`;
    const chartRels: string[] = [];
    const relIds: string[] = [];
    sheet.charts.forEach((chart, i) => {
      const path = `xl/charts/chart${chartNo++}.xml`;
      zip.file(path, chart.kept ? keptChartXml(chart.kept, wb) : drawnChartXml(chart, dataSheetOf(wb, chart, sheet)));
      const id = `rId${i + 1}`;
      relIds.push(id);
      chartRels.push(relationship(id, REL.chart, `../charts/${path.split("/").pop() as string}`));
      overrides.push({ part: path, type: CONTENT_TYPE.chart });
    });
    zip.file(drawing, drawingXml(sheet.charts, relIds));
    zip.file(relsPath(drawing), relationships(chartRels));
    overrides.push({ part: drawing, type: CONTENT_TYPE.drawing });
    await linkDrawing(zip, sheetPart, `../drawings/${drawing.split("/").pop() as string}`);
  }

  const typesXml = (await readText(zip, "[Content_Types].xml")) ?? "";
  const added = overrides.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join("");
  zip.file("[Content_Types].xml", typesXml.replace("</Types>", `${added}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function nextNumber(zip: JSZip, prefix: string): number {
  let max = 0;
  zip.forEach((path) => {
    if (!path.startsWith(prefix)) return;
    const n = Number(/(\d+)\.xml$/.exec(path)?.[1] ?? 0);
    if (n > max) max = n;
  });
  return max + 1;
}

function dataSheetOf(wb: Workbook, chart: ChartModel, fallback: Sheet): Sheet {
  return (chart.source ? wb.sheetById(chart.source.ref.sheetId) : undefined) ?? fallback;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

function relationships(items: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`
  );
}

/** Elements a worksheet may have after `<drawing>`, in schema order: the drawing goes before the first. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Points the sheet at its drawing: a relationship, and `<drawing r:id>` in its place in the sheet XML. */
async function linkDrawing(zip: JSZip, sheetPart: string, target: string): Promise<void> {
  const relsFile = relsPath(sheetPart);
  const existing = (await readText(zip, relsFile)) ?? relationships([]);
  const taken = new Set(tags(existing, "Relationship").map((t) => attributes(t).get("Id")));
  let id = "rIdRakitDrawing";
  for (let n = 2; taken.has(id); n++) id = `rIdRakitDrawing${n}`;
  zip.file(relsFile, existing.replace("</Relationships>", `${relationship(id, REL.drawing, target)}</Relationships>`));

  const xml = (await readText(zip, sheetPart)) ?? "";
  if (/<(?:\w+:)?drawing\b/.test(xml)) throw new Error(`Sheet part ${sheetPart} already has a drawing.`);
  const element = `<drawing r:id="${id}"/>`;
  let at = xml.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}\\b`).exec(xml);
    if (m && m.index < at) at = m.index;
  }
  zip.file(sheetPart, xml.slice(0, at) + element + xml.slice(at));
}

/** A kept chart's XML with its references written where they are now. */
function keptChartXml(kept: KeptChart, wb: Workbook): string {
  return kept.xml.replace(/\{\{ref:(\d+)\}\}/g, (_m, n: string) => {
    const ref = kept.refs[Number(n)];
    if (!ref) return "";
    if (!("sheetId" in ref)) return escapeXml(ref.text);
    const sheet = wb.sheetById(ref.sheetId);
    return escapeXml(sheet ? chartRef(sheet.name, ref.rect) : "#REF!");
  });
}

// ---------------------------------------------------------------------------------------------
// Load

const EMU_PER_POINT = 12_700;

/** Reads the charts of every sheet's drawing into the model; notes what is not kept in `wb.dropped`. */
export async function readChartParts(bytes: ArrayBuffer | Uint8Array, wb: Workbook): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookRels = await readRels(zip, "xl/workbook.xml");
  const chartsheets = workbookRels.filter((r) => r.type.endsWith("/chartsheet")).length;
  if (chartsheets > 0) wb.dropped.push(`${chartsheets} chart sheet(s)`);
  for (const { name, part } of await sheetParts(zip)) {
    const sheet = wb.sheetByName(name);
    if (!sheet) continue;
    // A sheet has at most one drawing, named by its one drawing relationship: the (small) rels part
    // says whether there is one, without inflating the (possibly large) sheet part.
    const drawingPart = (await readRels(zip, part)).find((r) => r.type === REL.drawing && !r.external)?.target;
    const drawing = drawingPart ? await readText(zip, drawingPart) : null;
    if (!drawingPart || drawing === null) continue;
    await readDrawing(zip, wb, sheet, drawingPart, drawing);
  }
}

async function readDrawing(zip: JSZip, wb: Workbook, sheet: Sheet, part: string, xml: string): Promise<void> {
  const rels = await readRels(zip, part);
  const lost = { pictures: 0, shapes: 0, charts: 0 };
  const anchors = [
    ...elements(xml, "twoCellAnchor"),
    ...elements(xml, "oneCellAnchor"),
    ...elements(xml, "absoluteAnchor"),
  ];
  for (const anchorXml of anchors) {
    const chartTag = tags(anchorXml, "chart").find((t) => /\br:id=|:id=/.test(t));
    const grouped = /<(?:\w+:)?grpSp\b/.test(anchorXml);
    if (!chartTag || grouped || !/<(?:\w+:)?graphicFrame\b/.test(anchorXml)) {
      if (/<(?:\w+:)?pic\b/.test(anchorXml)) lost.pictures++;
      else if (/drawingml\/2006\/chart|chartex|cx:chart/.test(anchorXml)) lost.charts++;
      else lost.shapes++;
      continue;
    }
    const chartPart = rels.find((r) => r.id === attributes(chartTag).get("id"))?.target;
    const chartXml = chartPart ? await readText(zip, chartPart) : null;
    if (chartXml === null) {
      lost.charts++;
      continue;
    }
    const name = attributes(tags(anchorXml, "cNvPr")[0] ?? "").get("name") ?? "";
    sheet.charts.push(keptChart(wb, sheet, name, anchorOf(sheet, anchorXml), chartXml));
  }
  const where = `sheet "${sheet.name}"`;
  if (lost.pictures > 0) wb.dropped.push(`${where}: ${lost.pictures} picture(s)`);
  if (lost.shapes > 0) wb.dropped.push(`${where}: ${lost.shapes} shape(s)`);
  if (lost.charts > 0) wb.dropped.push(`${where}: ${lost.charts} chart(s) the host cannot keep`);
}

function keptChart(wb: Workbook, sheet: Sheet, name: string, anchor: RangeRef, xml: string): ChartModel {
  // Parts the chart links to (embedded data, user shapes) are not carried over: drop the links.
  let body = xml.replace(/<((?:[\w.-]+:)?)(externalData|userShapes)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1\2>)/g, "");
  const refs: KeptChart["refs"] = [];
  body = body.replace(/<((?:[\w.-]+:)?)f>([^<]*)<\/\1f>/g, (_m, prefix: string, text: string) => {
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
    kept: { xml: body, refs },
  };
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
function anchorOf(sheet: Sheet, xml: string): RangeRef {
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
