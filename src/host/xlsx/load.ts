/**
 * Reads an .xlsx file into the workbook model with exceljs: values, formulas with their cached
 * results, number formats, fonts, fills, borders, alignment, protection flags, merges, column
 * widths and row heights, conditional formats, print setup, header/footer, sheet protection,
 * frozen panes, sheet order, visibility and the active sheet.
 *
 * exceljs details handled here: covered cells of a merge report their master's value (skipped:
 * type Merge); shared formulas come back translated for each cell (cell.formula); rich text is
 * flattened to its text; date-formatted numbers come back as Date objects and are turned back into
 * serial numbers; hyperlinks keep their text.
 */
import type { CellError } from "../../core/snapshot";
import { parseAddress, parseAreas, type RangeRef } from "../model/address";
import { recalculateWorkbook } from "../model/formulas";
import type { ConditionalFormatModel, ConditionalFormatType } from "../model/conditional";
import {
  emptyHeaderFooter,
  paperTypeFromCode,
  splitHeaderFooter,
  type HeaderFooterTexts,
  type PageLayoutModel,
} from "../model/pageLayout";
import { defaultProtectionOptions, Sheet, type Cell, type Scalar } from "../model/sheet";
import { isEmptyStyle, type CellStyle, type ColorSpec } from "../model/style";
import { Workbook } from "../model/workbook";
import { readChartParts } from "./chartParts";
import { ExcelJS, extras, type XlsxCfRule, type XlsxStyle } from "./exceljs";

const V = ExcelJS.ValueType;

export async function readXlsx(bytes: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const wb = new Workbook();
  wb.date1904 = book.properties?.date1904 === true;
  for (const ws of book.worksheets) wb.sheets.push(readSheet(wb, ws));
  // exceljs reads no charts: they come from the package itself.
  await readChartParts(bytes, wb);
  // A formula saved without a result (files written by libraries, not by Excel) has nothing to
  // show; compute such workbooks once, as Excel would on opening them.
  const missing = wb.sheets.some((s) =>
    [...s.cells()].some(({ cell }) => cell.formula !== undefined && cell.value === null),
  );
  if (missing) recalculateWorkbook(wb);
  const activeTab = book.views?.[0]?.activeTab ?? 0;
  const active = wb.sheets[activeTab] ?? wb.sheets.find((s) => s.visibility === "Visible");
  wb.activeSheetId = active?.id ?? null;
  return wb;
}

function readSheet(wb: Workbook, ws: ExcelJS.Worksheet): Sheet {
  const sheet = new Sheet(wb.newSheetId(), ws.name);
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  const props = ws.properties as Partial<ExcelJS.WorksheetProperties> & { tabColor?: ColorSpec };
  if (props.defaultRowHeight !== undefined && props.defaultRowHeight !== 15)
    sheet.defaultRowHeight = props.defaultRowHeight;
  if (props.defaultColWidth !== undefined) sheet.defaultColWidth = props.defaultColWidth;
  if (props.tabColor) sheet.tabColor = { ...props.tabColor };

  readColumns(sheet, ws);
  readCells(sheet, ws, wb.date1904);
  for (const m of extras(ws).model.merges ?? []) sheet.merges.push(parseAddress(m).rect);
  sheet.conditionalFormats = readConditionalFormats(wb, ws);
  sheet.pageLayout = readPageLayout(ws, sheet.pageLayout);
  readProtection(sheet, ws);
  readViews(sheet, ws);
  return sheet;
}

function readColumns(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  const cols = ws.columns ?? [];
  cols.forEach((col, i) => {
    const c = col as ExcelJS.Column & { outlineLevel?: number };
    const style = toStyle(c.style as XlsxStyle | undefined);
    sheet.setLineProp(sheet.colProps, i, {
      size: c.width,
      hidden: c.hidden || undefined,
      style: isEmptyStyle(style) ? undefined : style,
      outlineLevel: c.outlineLevel || undefined,
    });
  });
}

function readCells(sheet: Sheet, ws: ExcelJS.Worksheet, date1904: boolean): void {
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const rowStyle = toStyle((row as unknown as { style?: XlsxStyle }).style);
    sheet.setLineProp(sheet.rowProps, r, {
      size: row.height,
      hidden: row.hidden || undefined,
      style: isEmptyStyle(rowStyle) ? undefined : rowStyle,
      outlineLevel: row.outlineLevel || undefined,
    });
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      const style = toStyle(cell.style as XlsxStyle | undefined);
      const content = cell.type === V.Merge ? { value: null } : readContent(cell, date1904);
      if (content.value === null && content.formula === undefined && isEmptyStyle(style)) return;
      const stored: Cell = { value: content.value };
      if (content.formula !== undefined) stored.formula = content.formula;
      if (content.rich) stored.rich = content.rich;
      if (!isEmptyStyle(style)) stored.style = style;
      sheet.setCell(r, c, stored);
    });
  });
}

type Content = { value: Scalar | null; formula?: string; rich?: Cell["rich"] };

function richOf(value: ExcelJS.CellRichTextValue): Content {
  const runs = value.richText.map((t) =>
    t.font ? { text: t.text, font: clone(t.font) as Record<string, unknown> } : { text: t.text },
  );
  return { value: runs.map((t) => t.text).join(""), rich: runs };
}

function readContent(cell: ExcelJS.Cell, date1904: boolean): Content {
  switch (cell.type) {
    case V.Null:
      return { value: null };
    case V.Number:
      return { value: cell.value as number };
    case V.String:
    case V.SharedString:
      return { value: String(cell.value) };
    case V.Boolean:
      return { value: cell.value as boolean };
    case V.Date:
      return { value: dateToSerial(cell.value as Date, date1904) };
    case V.Error:
      return { value: { error: (cell.value as { error: string }).error } as CellError };
    case V.RichText:
      return richOf(cell.value as ExcelJS.CellRichTextValue);
    case V.Hyperlink: {
      const h = cell.value as ExcelJS.CellHyperlinkValue & { text: unknown };
      const text = h.text;
      if (text && typeof text === "object" && "richText" in text)
        return { value: (text as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("") };
      return { value: String(text ?? "") };
    }
    case V.Formula: {
      const formula = cell.formula;
      const result = readResult(cell.result, date1904);
      if (!formula) return { value: result };
      return { value: result, formula: `=${formula}` };
    }
    default:
      return { value: cell.text || null };
  }
}

function readResult(result: unknown, date1904: boolean): Scalar | null {
  if (result === undefined || result === null) return null;
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result instanceof Date) return dateToSerial(result, date1904);
  if (typeof result === "object" && "error" in result)
    return { error: String((result as { error: unknown }).error) } as CellError;
  return null;
}

/** exceljs's Date back to Excel's serial number (the inverse of exceljs's excelToDate). */
function dateToSerial(d: Date, date1904: boolean): number {
  const serial = 25569 + d.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
  return Math.round(serial * 86_400_000) / 86_400_000;
}

/** exceljs's style of a cell, row or column, without its empty parts. */
export function toStyle(s: XlsxStyle | undefined): CellStyle | undefined {
  if (!s) return undefined;
  const out: Record<string, unknown> = {};
  if (s.numFmt !== undefined && s.numFmt !== "General") out.numFmt = s.numFmt;
  // An empty font ("<font/>") is kept: written back it stays a font of its own, as in the file.
  if (s.font) out.font = clean(s.font) ?? {};
  if (s.fill && !(s.fill.type === "pattern" && (s.fill.pattern === "none" || s.fill.pattern === undefined)))
    out.fill = clone(s.fill);
  if (s.border) {
    const border: Record<string, unknown> = {};
    for (const [side, edge] of Object.entries(s.border)) {
      if (edge && typeof edge === "object" && ("style" in edge || side === "diagonal")) {
        const e = clean(edge as Record<string, unknown>);
        if (e && (e.style !== undefined || side === "diagonal")) border[side] = e;
      }
    }
    if (Object.keys(border).length > 0) out.border = border;
  }
  if (s.alignment && Object.keys(s.alignment).length > 0) out.alignment = clean(s.alignment);
  if (s.protection && Object.keys(s.protection).length > 0) out.protection = clean(s.protection);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return Object.keys(out).length > 0 ? Object.freeze(out as CellStyle) : undefined;
}

function clean(obj: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v && typeof v === "object" ? clone(v) : v;
  return Object.keys(out).length > 0 ? out : undefined;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

const CF_TYPES: Record<string, ConditionalFormatType> = {
  expression: "Custom",
  cellIs: "CellValue",
  colorScale: "ColorScale",
  dataBar: "DataBar",
  iconSet: "IconSet",
  top10: "TopBottom",
  containsText: "ContainsText",
  notContainsText: "ContainsText",
  beginsWith: "ContainsText",
  endsWith: "ContainsText",
};

function readConditionalFormats(wb: Workbook, ws: ExcelJS.Worksheet): ConditionalFormatModel[] {
  const found: { priority: number; order: number; cf: ConditionalFormatModel }[] = [];
  let order = 0;
  for (const entry of extras(ws).conditionalFormattings ?? []) {
    const ranges: RangeRef[] = parseAreas(entry.ref).map((p) => p.rect);
    for (const rule of entry.rules) {
      const type = CF_TYPES[rule.type] ?? "PresetCriteria";
      const custom = rule.type === "expression";
      const cf: ConditionalFormatModel = {
        id: wb.newConditionalFormatId(),
        ranges: ranges.map((r) => ({ ...r })),
        type,
        formula: custom ? `=${String(rule.formulae?.[0] ?? "")}` : "",
        style: custom ? readCfStyle(rule) : {},
        stopIfTrue: rule.stopIfTrue === true,
        ...(custom ? {} : { raw: clone(rule) }),
      };
      found.push({ priority: rule.priority ?? Number.MAX_SAFE_INTEGER, order: order++, cf });
    }
  }
  return found.sort((a, b) => a.priority - b.priority || a.order - b.order).map((f) => f.cf);
}

function readCfStyle(rule: XlsxCfRule): ConditionalFormatModel["style"] {
  const s = rule.style ?? {};
  const fill = s.fill as { bgColor?: ColorSpec; fgColor?: ColorSpec } | undefined;
  const font = s.font as
    { color?: ColorSpec; bold?: boolean; italic?: boolean; underline?: unknown; strike?: boolean } | undefined;
  const style: Record<string, unknown> = {};
  // In a differential format a solid fill's colour is its bgColor (SpreadsheetML dxf quirk).
  const fillColor = fill?.bgColor ?? fill?.fgColor;
  if (fillColor) style.fill = { ...fillColor };
  if (font?.color) style.fontColor = { ...font.color };
  if (font?.bold !== undefined) style.bold = font.bold;
  if (font?.italic !== undefined) style.italic = font.italic;
  if (font?.underline !== undefined) style.underline = font.underline !== false && font.underline !== "none";
  if (font?.strike !== undefined) style.strike = font.strike;
  if (s.numFmt)
    style.numFmt = typeof s.numFmt === "string" ? s.numFmt : (s.numFmt as { formatCode?: string }).formatCode;
  return style;
}

function readPageLayout(ws: ExcelJS.Worksheet, base: PageLayoutModel): PageLayoutModel {
  const ps = (ws.pageSetup ?? {}) as Partial<ExcelJS.PageSetup> & {
    printArea?: string;
    printTitlesRow?: string;
    printTitlesColumn?: string;
    paperSize?: number;
  };
  const inch = (v: number | undefined, fallback: number): number => (v === undefined ? fallback : v * 72);
  const layout: PageLayoutModel = {
    ...base,
    orientation: ps.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: ps.paperSize !== undefined ? paperTypeFromCode(ps.paperSize) : null,
    centerHorizontally: ps.horizontalCentered === true,
    centerVertically: ps.verticalCentered === true,
    printGridlines: ps.showGridLines === true,
    printHeadings: ps.showRowColHeaders === true,
    blackAndWhite: ps.blackAndWhite === true,
    draftMode: ps.draft === true,
    zoom: ps.fitToPage
      ? { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1 }
      : { scale: ps.scale ?? 100 },
    leftMargin: inch(ps.margins?.left, base.leftMargin),
    rightMargin: inch(ps.margins?.right, base.rightMargin),
    topMargin: inch(ps.margins?.top, base.topMargin),
    bottomMargin: inch(ps.margins?.bottom, base.bottomMargin),
    headerMargin: inch(ps.margins?.header, base.headerMargin),
    footerMargin: inch(ps.margins?.footer, base.footerMargin),
    firstPageNumber: (ps as { useFirstPageNumber?: boolean }).useFirstPageNumber ? (ps.firstPageNumber ?? null) : null,
    printOrder: ps.pageOrder === "overThenDown" ? "OverThenDown" : "DownThenOver",
    printArea: ps.printArea ? ps.printArea.split("&&").map((a) => parseAddress(a).rect) : null,
    printTitleRows: ps.printTitlesRow ? span(ps.printTitlesRow) : null,
    printTitleColumns: ps.printTitlesColumn ? colSpan(ps.printTitlesColumn) : null,
  };
  const hf = (ws.headerFooter ?? {}) as Partial<ExcelJS.HeaderFooter>;
  const texts = (header?: string, footer?: string): HeaderFooterTexts => {
    const h = splitHeaderFooter(header ?? undefined);
    const f = splitHeaderFooter(footer ?? undefined);
    return {
      leftHeader: h.left,
      centerHeader: h.center,
      rightHeader: h.right,
      leftFooter: f.left,
      centerFooter: f.center,
      rightFooter: f.right,
    };
  };
  const odd = texts(hf.oddHeader, hf.oddFooter);
  layout.defaultForAllPages = odd;
  layout.oddPages = { ...odd };
  layout.evenPages = hf.differentOddEven ? texts(hf.evenHeader, hf.evenFooter) : emptyHeaderFooter();
  layout.firstPage = hf.differentFirst ? texts(hf.firstHeader, hf.firstFooter) : emptyHeaderFooter();
  layout.headerFooterState = hf.differentFirst
    ? hf.differentOddEven
      ? "FirstOddAndEven"
      : "FirstAndDefault"
    : hf.differentOddEven
      ? "OddAndEven"
      : "Default";
  return layout;
}

function span(rows: string): { first: number; last: number } {
  const [a, b] = rows.replace(/\$/g, "").split(":");
  const first = Number(a) - 1;
  const last = Number(b ?? a) - 1;
  return { first: Math.min(first, last), last: Math.max(first, last) };
}

function colSpan(cols: string): { first: number; last: number } {
  const rect = parseAddress(cols.includes(":") ? cols : `${cols}:${cols}`).rect;
  return { first: rect.left, last: rect.right };
}

const PROTECTION_FLAGS: Record<string, keyof ReturnType<typeof defaultProtectionOptions>> = {
  autoFilter: "allowAutoFilter",
  deleteColumns: "allowDeleteColumns",
  deleteRows: "allowDeleteRows",
  objects: "allowEditObjects",
  scenarios: "allowEditScenarios",
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  insertColumns: "allowInsertColumns",
  insertHyperlinks: "allowInsertHyperlinks",
  insertRows: "allowInsertRows",
  pivotTables: "allowPivotTables",
  sort: "allowSort",
};

function readProtection(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  const p = extras(ws).sheetProtection;
  if (!p || p.sheet !== true) return;
  const options = defaultProtectionOptions();
  // exceljs reports each flag as "allowed" (true when the file's attribute is "0").
  for (const [flag, key] of Object.entries(PROTECTION_FLAGS)) {
    if (flag === "objects" || flag === "scenarios") continue;
    if (p[flag] === true) (options as unknown as Record<string, unknown>)[key] = true;
  }
  if (p.selectLockedCells === false) options.selectionMode = p.selectUnlockedCells === false ? "None" : "Unlocked";
  const hash: Record<string, unknown> = {};
  for (const k of ["algorithmName", "hashValue", "saltValue", "spinCount"]) if (p[k] !== undefined) hash[k] = p[k];
  sheet.protection = { protected: true, options, ...(Object.keys(hash).length > 0 ? { passwordHash: hash } : {}) };
}

function readViews(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  const view = ws.views?.[0] as
    | (Partial<ExcelJS.WorksheetViewFrozen> & {
        activeCell?: string;
        showGridLines?: boolean;
        xSplit?: number;
        ySplit?: number;
      })
    | undefined;
  if (!view) return;
  if (view.state === "frozen") {
    const rows = view.ySplit ?? 0;
    const cols = view.xSplit ?? 0;
    if (rows > 0 || cols > 0) sheet.frozen = { rows, cols };
  }
  if (view.showGridLines === false) sheet.showGridlines = false;
  if (view.activeCell) {
    try {
      sheet.selection = parseAddress(view.activeCell).rect;
    } catch {
      // An odd activeCell in a file is not worth refusing the file for; A1 stays selected.
    }
  }
}
