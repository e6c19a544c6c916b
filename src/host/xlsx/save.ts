/**
 * Writes the workbook model as .xlsx with exceljs. Everything the reader keeps is written back:
 * values, formulas with their computed results, styles, merges, widths and heights, conditional
 * formats, print setup, header/footer, protection, frozen panes, sheet order and the active sheet;
 * charts are added to the package afterwards (chartParts.ts).
 * Excel is asked to recalculate on open, so it never shows a stale result.
 */
import { columnName } from "../../core/address";
import { isCellError } from "../../core/snapshot";
import { formatRect, type RangeRef } from "../model/address";
import type { ConditionalFormatModel } from "../model/conditional";
import { joinHeaderFooter, paperCode, type HeaderFooterTexts, type PageLayoutModel } from "../model/pageLayout";
import type { Scalar, Sheet } from "../model/sheet";
import type { CellStyle } from "../model/style";
import type { Workbook } from "../model/workbook";
import { addChartParts } from "./chartParts";
import { ExcelJS, extras, type XlsxCfRule, type XlsxStyle } from "./exceljs";

export async function writeXlsx(wb: Workbook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.calcProperties = { fullCalcOnLoad: true };
  if (wb.date1904) book.properties.date1904 = true;
  const activeIndex = Math.max(
    0,
    wb.sheets.findIndex((s) => s.id === wb.activeSheet?.id),
  );
  book.views = [
    { x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab: activeIndex, visibility: "visible" },
  ];
  for (const [i, sheet] of wb.sheets.entries()) await writeSheet(book, sheet, i === activeIndex);
  const buffer = await book.xlsx.writeBuffer();
  // exceljs writes no charts: they are added to the package it wrote.
  return addChartParts(new Uint8Array(buffer as ArrayBuffer), wb);
}

async function writeSheet(book: ExcelJS.Workbook, sheet: Sheet, active: boolean): Promise<void> {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible",
    properties: {
      ...(sheet.tabColor ? { tabColor: { ...sheet.tabColor } } : {}),
      ...(sheet.defaultRowHeight !== undefined ? { defaultRowHeight: sheet.defaultRowHeight } : {}),
      ...(sheet.defaultColWidth !== undefined ? { defaultColWidth: sheet.defaultColWidth } : {}),
    } as Partial<ExcelJS.WorksheetProperties>,
  });

  // Column and row formatting first: exceljs gives new cells their row's and column's style, and
  // every stored cell's own style is then written over it.
  for (const [c, p] of [...sheet.colProps].sort((a, b) => a[0] - b[0])) {
    const col = ws.getColumn(c + 1);
    if (p.size !== undefined) col.width = p.size;
    if (p.hidden) col.hidden = true;
    if (p.outlineLevel) col.outlineLevel = p.outlineLevel;
    if (p.style) col.style = toXlsxStyle(p.style) as Partial<ExcelJS.Style>;
  }
  for (const [r, p] of [...sheet.rowProps].sort((a, b) => a[0] - b[0])) {
    const row = ws.getRow(r + 1);
    if (p.size !== undefined) row.height = p.size;
    if (p.hidden) row.hidden = true;
    if (p.outlineLevel) row.outlineLevel = p.outlineLevel;
    if (p.style) (row as unknown as { style: XlsxStyle }).style = toXlsxStyle(p.style);
  }

  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    const line = sheet.rows.get(r);
    if (!line) continue;
    const cols = [...line.keys()].sort((a, b) => a - b);
    for (const c of cols) {
      const cell = line.get(c);
      if (!cell) continue;
      const target = ws.getCell(r + 1, c + 1);
      if (!sheet.isCovered(r, c)) {
        const value =
          cell.rich && cell.formula === undefined && cell.rich.map((t) => t.text).join("") === cell.value
            ? ({ richText: cell.rich.map((t) => ({ ...t })) } as ExcelJS.CellRichTextValue)
            : toXlsxValue(cell.value, cell.formula);
        if (value !== null) target.value = value;
      }
      target.style = toXlsxStyle(cell.style) as Partial<ExcelJS.Style>;
    }
  }

  writeConditionalFormats(ws, sheet.conditionalFormats);
  writePageLayout(ws, sheet.pageLayout);
  await writeProtection(ws, sheet);
  writeViews(ws, sheet, active);
}

function toXlsxValue(value: Scalar | null, formula: string | undefined): ExcelJS.CellValue {
  if (formula !== undefined) {
    const result = value === null ? undefined : isCellError(value) ? { error: value.error } : value;
    return { formula: formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  if (value === null) return null;
  if (isCellError(value)) return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/** The model's style is already exceljs-shaped; a cell without one is written with the default. */
function toXlsxStyle(style: CellStyle | undefined): XlsxStyle {
  if (!style) return {};
  return JSON.parse(JSON.stringify(style)) as XlsxStyle;
}

function sqref(ranges: readonly RangeRef[]): string {
  return ranges.map(formatRect).join(" ");
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, cfs: readonly ConditionalFormatModel[]): void {
  cfs.forEach((cf, index) => {
    const priority = index + 1;
    let rule: XlsxCfRule;
    if (cf.type === "Custom") {
      const style: XlsxStyle = {};
      if (cf.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { ...cf.style.fill } };
      const font: Record<string, unknown> = {};
      if (cf.style.fontColor) font.color = { ...cf.style.fontColor };
      if (cf.style.bold !== undefined) font.bold = cf.style.bold;
      if (cf.style.italic !== undefined) font.italic = cf.style.italic;
      if (cf.style.underline !== undefined) font.underline = cf.style.underline;
      if (cf.style.strike !== undefined) font.strike = cf.style.strike;
      if (Object.keys(font).length > 0) style.font = font;
      if (cf.style.numFmt) style.numFmt = cf.style.numFmt;
      rule = { type: "expression", priority, formulae: [cf.formula.replace(/^=/, "")], style };
      if (cf.stopIfTrue) rule.stopIfTrue = true;
    } else {
      rule = { ...(JSON.parse(JSON.stringify(cf.raw ?? {})) as XlsxCfRule), priority };
    }
    extras(ws).conditionalFormattings.push({ ref: sqref(cf.ranges), rules: [rule] });
  });
}

function writePageLayout(ws: ExcelJS.Worksheet, p: PageLayoutModel): void {
  const fit = p.zoom.horizontalFitToPages !== undefined && p.zoom.horizontalFitToPages !== null;
  const setup: Partial<ExcelJS.PageSetup> & Record<string, unknown> = {
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    horizontalCentered: p.centerHorizontally,
    verticalCentered: p.centerVertically,
    showGridLines: p.printGridlines,
    showRowColHeaders: p.printHeadings,
    blackAndWhite: p.blackAndWhite,
    draft: p.draftMode,
    fitToPage: fit,
    pageOrder: p.printOrder === "OverThenDown" ? "overThenDown" : "downThenOver",
    margins: {
      left: p.leftMargin / 72,
      right: p.rightMargin / 72,
      top: p.topMargin / 72,
      bottom: p.bottomMargin / 72,
      header: p.headerMargin / 72,
      footer: p.footerMargin / 72,
    },
  };
  if (p.paperSize) setup.paperSize = paperCode(p.paperSize) as ExcelJS.PageSetup["paperSize"];
  if (fit) {
    setup.fitToWidth = p.zoom.horizontalFitToPages ?? 1;
    setup.fitToHeight = p.zoom.verticalFitToPages ?? 0;
  } else {
    setup.scale = p.zoom.scale ?? 100;
  }
  if (p.firstPageNumber !== null) {
    setup.firstPageNumber = p.firstPageNumber;
    setup.useFirstPageNumber = true;
  }
  // exceljs writes print areas and titles as defined names from these ("A1:S60", "7:9").
  if (p.printArea) setup.printArea = p.printArea.map(exceljsPrintArea).join("&&");
  if (p.printTitleRows) setup.printTitlesRow = `${p.printTitleRows.first + 1}:${p.printTitleRows.last + 1}`;
  if (p.printTitleColumns) {
    const cols = formatRect({
      top: 0,
      bottom: 1_048_575,
      left: p.printTitleColumns.first,
      right: p.printTitleColumns.last,
    });
    setup.printTitlesColumn = cols;
  }
  ws.pageSetup = { ...ws.pageSetup, ...setup } as ExcelJS.PageSetup;

  const state = p.headerFooterState;
  const differentFirst = state === "FirstAndDefault" || state === "FirstOddAndEven";
  const differentOddEven = state === "OddAndEven" || state === "FirstOddAndEven";
  const odd = differentOddEven ? p.oddPages : p.defaultForAllPages;
  const header = (t: HeaderFooterTexts): string | undefined =>
    joinHeaderFooter(t.leftHeader, t.centerHeader, t.rightHeader);
  const footer = (t: HeaderFooterTexts): string | undefined =>
    joinHeaderFooter(t.leftFooter, t.centerFooter, t.rightFooter);
  const hf: Partial<ExcelJS.HeaderFooter> = {};
  if (differentFirst) hf.differentFirst = true;
  if (differentOddEven) hf.differentOddEven = true;
  const put = (key: keyof ExcelJS.HeaderFooter, value: string | undefined): void => {
    if (value) (hf as Record<string, unknown>)[key] = value;
  };
  put("oddHeader", header(odd));
  put("oddFooter", footer(odd));
  if (differentOddEven) {
    put("evenHeader", header(p.evenPages));
    put("evenFooter", footer(p.evenPages));
  }
  if (differentFirst) {
    put("firstHeader", header(p.firstPage));
    put("firstFooter", footer(p.firstPage));
  }
  if (Object.keys(hf).length > 0) ws.headerFooter = hf as ExcelJS.HeaderFooter;
}

/**
 * exceljs writes each print area as `'Sheet'!$<first>:$<last>`, putting a "$" only in front: "A$1"
 * and "S$57" make the name absolute ($A$1:$S$57), as Excel writes it. A relative row would move
 * with the active cell in Excel.
 */
function exceljsPrintArea(r: RangeRef): string {
  return `${columnName(r.left)}$${r.top + 1}:${columnName(r.right)}$${r.bottom + 1}`;
}

async function writeProtection(ws: ExcelJS.Worksheet, sheet: Sheet): Promise<void> {
  const prot = sheet.protection;
  if (!prot.protected) return;
  const o = prot.options;
  const flags: Record<string, unknown> = {
    sheet: true,
    formatCells: o.allowFormatCells,
    formatColumns: o.allowFormatColumns,
    formatRows: o.allowFormatRows,
    insertColumns: o.allowInsertColumns,
    insertRows: o.allowInsertRows,
    insertHyperlinks: o.allowInsertHyperlinks,
    deleteColumns: o.allowDeleteColumns,
    deleteRows: o.allowDeleteRows,
    sort: o.allowSort,
    autoFilter: o.allowAutoFilter,
    pivotTables: o.allowPivotTables,
    selectLockedCells: o.selectionMode === "Normal",
    selectUnlockedCells: o.selectionMode !== "None",
  };
  if (prot.password !== undefined) {
    await ws.protect(prot.password, flags as Partial<ExcelJS.WorksheetProtection>);
    return;
  }
  extras(ws).sheetProtection = { ...flags, ...(prot.passwordHash ?? {}) };
}

function writeViews(ws: ExcelJS.Worksheet, sheet: Sheet, active: boolean): void {
  const activeCell = formatRect({ ...sheet.selection, bottom: sheet.selection.top, right: sheet.selection.left });
  const base = { showGridLines: sheet.showGridlines, activeCell, ...(active ? { tabSelected: true } : {}) };
  if (sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.cols > 0)) {
    const topLeftCell = formatRect({
      top: sheet.frozen.rows,
      left: sheet.frozen.cols,
      bottom: sheet.frozen.rows,
      right: sheet.frozen.cols,
    });
    ws.views = [
      { ...base, state: "frozen", xSplit: sheet.frozen.cols, ySplit: sheet.frozen.rows, topLeftCell },
    ] as ExcelJS.WorksheetView[];
  } else {
    ws.views = [{ ...base, state: "normal" }] as ExcelJS.WorksheetView[];
  }
}
