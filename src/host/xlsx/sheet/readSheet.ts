/**
 * One worksheet part into a model sheet: the rows through the sheetData scanner, the elements the
 * model owns through readModelled.ts, and everything else kept in the sheet's skeleton with its
 * references lifted out (keptRefs.ts).
 */
import type { KeptElement } from "../../model/kept";
import { Sheet, type Cell } from "../../model/sheet";
import type { Workbook } from "../../model/workbook";
import { liftSheetRefs } from "../keptRefs";
import type { SharedStrings } from "../sharedStrings";
import type { StyleBook } from "../styles/styleBook";
import { localName } from "../xml/text";
import { isElement } from "../xml/tree";
import { readModelled } from "./readModelled";
import { scanSheetData } from "./sheetData";
import { MODELLED, splitSheet } from "./skeleton";

export interface SheetReadContext {
  readonly wb: Workbook;
  readonly styles: StyleBook;
  readonly strings: SharedStrings;
}

export interface ReadSheetResult {
  readonly sheet: Sheet;
  /** A formula cell without a cached result was found (the workbook is then recalculated). */
  readonly missingResults: boolean;
}

export function readWorksheet(xml: string, name: string, part: string, ctx: SheetReadContext): ReadSheetResult {
  const { wb, styles } = ctx;
  const split = splitSheet(xml);
  const sheet = new Sheet(wb.newSheetId(), name);
  let missingResults = false;
  scanSheetData(
    xml,
    split.dataStart,
    split.dataEnd,
    split.prefix,
    { strings: ctx.strings.items, date1904: wb.date1904 },
    {
      row(row) {
        const style = row.style !== undefined ? styles.style(row.style) : undefined;
        if (row.height === undefined && !row.hidden && style === undefined && !row.outlineLevel) return;
        sheet.setLineProp(sheet.rowProps, row.row, {
          size: row.height,
          hidden: row.hidden || undefined,
          style,
          outlineLevel: row.outlineLevel || undefined,
        });
      },
      cell(c) {
        const style = c.hasStyle ? styles.style(c.style) : undefined;
        if (c.value === null && c.formula === undefined && style === undefined) return;
        const cell: Cell = { value: c.value };
        if (c.formula !== undefined) {
          cell.formula = c.formula;
          if (c.value === null) missingResults = true;
        }
        if (style) cell.style = style;
        sheet.setCell(c.row, c.col, cell);
      },
    },
  );

  const m = readModelled(split.skeleton.root, styles, () => wb.newConditionalFormatId());
  sheet.tabColor = m.tabColor;
  sheet.showGridlines = m.showGridlines;
  sheet.selection = m.selection;
  sheet.frozen = m.frozen;
  sheet.defaultRowHeight = m.defaultRowHeight;
  sheet.defaultColWidth = m.defaultColWidth;
  for (const [c, p] of m.colProps) sheet.colProps.set(c, p);
  sheet.merges = m.merges;
  sheet.conditionalFormats = m.conditionalFormats;
  sheet.protection = m.protection;
  sheet.pageLayout = m.pageLayout;

  const skeleton: KeptElement = split.skeleton.root;
  for (const child of skeleton.children) {
    if (isElement(child) && !MODELLED.has(localName(child.name))) liftSheetRefs(child);
  }
  sheet.kept = { skeleton, parts: [] };
  sheet.source = { part, loadedId: sheet.id, edits: [] };
  return { sheet, missingResults };
}
