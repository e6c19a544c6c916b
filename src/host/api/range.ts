/**
 * Excel.Range: a rectangle of one sheet. Its target is the sheet id and the rectangle as resolved
 * at its first sync; like any proxy it does not follow later row insertions.
 */
import { dimensionMismatch, officeError } from "../errors";
import {
  boundingRect,
  cellCount,
  formatAddress,
  intersect,
  isEntireColumns,
  isEntireRows,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  rectCols,
  rectRows,
  type RangeRef,
} from "../model/address";
import {
  fitsShape,
  formulasOf,
  numberFormatsOf,
  textOf,
  valuesOf,
  valueTypesOf,
  writeContents,
  writeNumberFormats,
} from "../model/cells";
import { clearRange, mergeRange, unmergeRange, type ClearApplyTo } from "../model/merge";
import type { Sheet } from "../model/sheet";
import { ClientObject } from "./base";
import { ConditionalFormatCollection } from "./conditionalFormats";
import type { Exec } from "./queue";
import { RangeAreas } from "./rangeAreas";
import { RangeFormat } from "./format";
import { assertAllowed, assertCellsEditable, requireApi, sheetOf, type RangeTarget } from "./support";
import { Worksheet } from "./worksheet";

const DEFAULT_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "formulas",
  "formulasLocal",
  "isEntireColumn",
  "isEntireRow",
  "numberFormat",
  "numberFormatLocal",
  "rowCount",
  "rowIndex",
  "text",
  "valueTypes",
  "values",
  "rowHidden",
  "columnHidden",
] as const;

export type InsertShift = "Down" | "Right";
export type DeleteShift = "Up" | "Left";

export class Range extends ClientObject<RangeTarget> {
  readonly _className = "Range";
  readonly _scalarNames: readonly string[] = DEFAULT_SCALARS;
  override readonly _navNames = ["format", "worksheet", "conditionalFormats"] as const;
  private _format: RangeFormat | undefined;
  private _worksheet: Worksheet | undefined;
  private _conditionalFormats: ConditionalFormatCollection | undefined;

  override _navTarget(name: string, target: RangeTarget): unknown {
    return name === "worksheet" ? target.sheetId : target;
  }

  _readScalar(name: string, t: RangeTarget, exec: Exec): unknown {
    const sheet = sheetOf(exec, t.sheetId, `Range.${name}`);
    const r = t.rect;
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, r);
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return rectRows(r);
      case "columnCount":
        return rectCols(r);
      case "cellCount":
        return cellCount(r);
      case "values":
        return valuesOf(sheet, r);
      case "formulas":
      case "formulasLocal":
        return formulasOf(sheet, r);
      case "numberFormat":
      case "numberFormatLocal":
        return numberFormatsOf(sheet, r);
      case "valueTypes":
        return valueTypesOf(sheet, r);
      case "text":
        return textOf(sheet, r);
      case "isEntireRow":
        return isEntireRows(r);
      case "isEntireColumn":
        return isEntireColumns(r);
      case "rowHidden":
        return mixed(range(r.top, r.bottom).map((i) => sheet.rowProps.get(i)?.hidden === true));
      case "columnHidden":
        return mixed(range(r.left, r.right).map((i) => sheet.colProps.get(i)?.hidden === true));
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Navigation

  get format(): RangeFormat {
    this._format ??= new RangeFormat(this._ctx, (exec) => this._resolve(exec));
    return this._format;
  }

  get worksheet(): Worksheet {
    this._worksheet ??= new Worksheet(this._ctx, (exec) => this._resolve(exec)?.sheetId ?? null);
    return this._worksheet;
  }

  /** The conditional formats that intersect the range (ExcelApi 1.6). */
  get conditionalFormats(): ConditionalFormatCollection {
    requireApi(this._ctx, "Range.conditionalFormats", "1.6");
    this._conditionalFormats ??= new ConditionalFormatCollection(this._ctx, (exec) => this._resolve(exec));
    return this._conditionalFormats;
  }

  // -------------------------------------------------------------------------------------------
  // Properties

  /** "'RAK 2024'!A1:S60": the address with the sheet name, as Excel returns it. */
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }

  /** Raw values: numbers, text, booleans; errors as their text ("#DIV/0!"); empty cells as "". */
  get values(): unknown[][] {
    return this._get("values");
  }

  /**
   * Writes values. A 2-D array must match the range's shape (else InvalidArgument, "The number of
   * rows or columns in the input array doesn't match the size or dimensions of the range."); a
   * single value is written to every cell. Strings are read like typed input (see model/input.ts).
   */
  set values(input: unknown) {
    this._writeContents("values", input, false);
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }

  set formulas(input: unknown) {
    this._writeContents("formulas", input, true);
  }

  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }

  /** The host's locale is en-US, so local formulas are the English ones. */
  set formulasLocal(input: unknown) {
    this._writeContents("formulasLocal", input, true);
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }

  set numberFormat(input: unknown) {
    this._writeNumberFormat("numberFormat", input);
  }

  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }

  set numberFormatLocal(input: unknown) {
    this._writeNumberFormat("numberFormatLocal", input);
  }

  get rowHidden(): boolean | null {
    return this._get("rowHidden");
  }

  set rowHidden(hidden: boolean) {
    this._setProp("rowHidden", hidden, (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "Range.rowHidden");
      assertAllowed(sheet, "formatRows", "Range.rowHidden");
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        sheet.setLineProp(sheet.rowProps, r, { hidden: hidden || undefined });
    });
  }

  get columnHidden(): boolean | null {
    return this._get("columnHidden");
  }

  set columnHidden(hidden: boolean) {
    this._setProp("columnHidden", hidden, (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "Range.columnHidden");
      assertAllowed(sheet, "formatColumns", "Range.columnHidden");
      for (let c = t.rect.left; c <= t.rect.right; c++)
        sheet.setLineProp(sheet.colProps, c, { hidden: hidden || undefined });
    });
  }

  private _writeContents(name: string, input: unknown, asFormulas: boolean): void {
    this._setProp(name, input, (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, `Range.${name}`);
      if (Array.isArray(input) && !fitsShape(input, t.rect)) throw dimensionMismatch(`Range.${name}`);
      assertCellsEditable(sheet, t.rect, `Range.${name}`);
      writeContents(sheet, t.rect, input, asFormulas);
      exec.touch();
    });
  }

  /**
   * A 1x1 array is applied to every cell, like a single value: OfficeDev/office-js-docs-reference#578
   * reports `range.numberFormat = [["MM/DD/YYY"]]` formatting a whole range (values and formulas, in
   * the same report, refuse it).
   */
  private _writeNumberFormat(name: string, input: unknown): void {
    this._setProp(name, input, (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, `Range.${name}`);
      const single = Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1;
      const value = single ? (input[0] as unknown[])[0] : input;
      if (Array.isArray(value) && !fitsShape(value, t.rect)) throw dimensionMismatch(`Range.${name}`);
      assertAllowed(sheet, "formatCells", `Range.${name}`);
      writeNumberFormats(sheet, t.rect, value);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Related ranges

  /** A range computed from this one at sync; InvalidArgument when it would leave the sheet. */
  private _derive(
    location: string,
    f: (rect: RangeRef, sheet: Sheet, exec: Exec) => RangeRef | null,
    orNull = false,
  ): Range {
    return new Range(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      const sheet = sheetOf(exec, t.sheetId, location);
      const rect = f(t.rect, sheet, exec);
      if (rect === null) {
        if (orNull) return null;
        throw officeError("ItemNotFound", location);
      }
      if (
        rect.top < 0 ||
        rect.left < 0 ||
        rect.bottom >= MAX_ROWS ||
        rect.right >= MAX_COLS ||
        rect.top > rect.bottom ||
        rect.left > rect.right
      ) {
        throw officeError("InvalidArgument", location);
      }
      return { sheetId: t.sheetId, rect };
    });
  }

  /** The cell at (row, column) relative to the range's top-left; it may lie outside the range. */
  getCell(row: number, column: number): Range {
    return this._derive("Range.getCell", (r) => ({
      top: r.top + row,
      left: r.left + column,
      bottom: r.top + row,
      right: r.left + column,
    }));
  }

  getRow(row: number): Range {
    return this._derive("Range.getRow", (r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }

  getColumn(column: number): Range {
    return this._derive("Range.getColumn", (r) => ({ ...r, left: r.left + column, right: r.left + column }));
  }

  getEntireRow(): Range {
    return this._derive("Range.getEntireRow", (r) => ({ top: r.top, bottom: r.bottom, left: 0, right: MAX_COLS - 1 }));
  }

  getEntireColumn(): Range {
    return this._derive("Range.getEntireColumn", (r) => ({
      top: 0,
      bottom: MAX_ROWS - 1,
      left: r.left,
      right: r.right,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive("Range.getOffsetRange", (r) => ({
      top: r.top + rowOffset,
      bottom: r.bottom + rowOffset,
      left: r.left + columnOffset,
      right: r.right + columnOffset,
    }));
  }

  /** The range grown or shrunk from its bottom-right corner (ExcelApi 1.7). */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    requireApi(this._ctx, "Range.getResizedRange", "1.7");
    return this._derive("Range.getResizedRange", (r) => ({
      ...r,
      bottom: r.bottom + deltaRows,
      right: r.right + deltaColumns,
    }));
  }

  /** `count` rows just below the range (ExcelApi 1.2). */
  getRowsBelow(count = 1): Range {
    return this._derive("Range.getRowsBelow", (r) => ({ ...r, top: r.bottom + 1, bottom: r.bottom + count }));
  }

  /** `count` rows just above the range (ExcelApi 1.2). */
  getRowsAbove(count = 1): Range {
    return this._derive("Range.getRowsAbove", (r) => ({ ...r, top: r.top - count, bottom: r.top - 1 }));
  }

  getLastCell(): Range {
    return this._derive("Range.getLastCell", (r) => ({
      top: r.bottom,
      bottom: r.bottom,
      left: r.right,
      right: r.right,
    }));
  }

  getLastRow(): Range {
    return this._derive("Range.getLastRow", (r) => ({ ...r, top: r.bottom }));
  }

  getLastColumn(): Range {
    return this._derive("Range.getLastColumn", (r) => ({ ...r, left: r.right }));
  }

  /** The smallest range containing this one and another (a Range or an address on this sheet). */
  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive("Range.getBoundingRect", (r, sheet, exec) =>
      boundingRect(r, otherRect(anotherRange, sheet, exec, "Range.getBoundingRect")),
    );
  }

  getIntersection(anotherRange: Range | string): Range {
    return this._derive("Range.getIntersection", (r, sheet, exec) =>
      intersect(r, otherRect(anotherRange, sheet, exec, "Range.getIntersection")),
    );
  }

  /** The intersection, or a null object when the ranges do not meet (ExcelApi 1.4). */
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    requireApi(this._ctx, "Range.getIntersectionOrNullObject", "1.4");
    return this._derive(
      "Range.getIntersectionOrNullObject",
      (r, sheet, exec) => intersect(r, otherRect(anotherRange, sheet, exec, "Range.getIntersectionOrNullObject")),
      true,
    );
  }

  /** The used part of this range; the top-left cell when nothing in it is used. */
  /**
   * The used range within this range: "the used range of the given range object" (Range.getUsedRange
   * reference), the tight rectangle of its used cells, not the sheet's used range cut to it.
   */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._derive("Range.getUsedRange", (r, sheet) => {
      return sheet.usedRectIn(r, valuesOnly === true) ?? { top: r.top, left: r.left, bottom: r.top, right: r.left };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    requireApi(this._ctx, "Range.getUsedRangeOrNullObject", "1.4");
    return this._derive("Range.getUsedRangeOrNullObject", (r, sheet) => sheet.usedRectIn(r, valuesOnly === true), true);
  }

  /**
   * The merged areas in this range, or a null object when there are none (ExcelApi 1.13). As Excel
   * does (OfficeDev/office-js#3611), only areas whose top-left cell lies in the range are returned,
   * unless the host is configured with mergedAreas: "intersecting". More than 512 areas fail, as the
   * reference warns.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    requireApi(this._ctx, "Range.getMergedAreasOrNullObject", "1.13");
    return new RangeAreas(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      const sheet = sheetOf(exec, t.sheetId, "Range.getMergedAreasOrNullObject");
      const r = t.rect;
      const found = sheet.merges.filter((m) =>
        exec.settings.mergedAreas === "intersecting"
          ? intersect(m, r) !== null
          : m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right,
      );
      if (found.length === 0) return null;
      if (found.length > exec.settings.maxMergedAreas) {
        // The reference says only that the method "will fail"; the code Excel gives is not documented.
        throw officeError(
          "GeneralException",
          "Range.getMergedAreasOrNullObject",
          `The range has ${found.length} merged areas; Excel returns at most ${exec.settings.maxMergedAreas}.`,
        );
      }
      const rects = [...found].sort((a, b) => a.top - b.top || a.left - b.left).map((m) => ({ ...m }));
      return { sheetId: t.sheetId, rects };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Structure

  /** Merges the range into one cell (across: one merge per row). ExcelApi 1.2. */
  merge(across = false): void {
    requireApi(this._ctx, "Range.merge", "1.2");
    this._invoke("merge", [across], (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "Range.merge");
      assertAllowed(sheet, "formatCells", "Range.merge");
      mergeRange(sheet, t.rect, across);
      exec.touch();
    });
  }

  /** Unmerges every merged area that touches the range. ExcelApi 1.2. */
  unmerge(): void {
    requireApi(this._ctx, "Range.unmerge", "1.2");
    this._invoke("unmerge", [], (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "Range.unmerge");
      assertAllowed(sheet, "formatCells", "Range.unmerge");
      unmergeRange(sheet, t.rect);
    });
  }

  /**
   * Inserts cells in the range's place, shifting others down ("Down") and returns the new range.
   * On whole rows ("5:7") this inserts rows: formulas in every sheet, merges, conditional formats
   * and print areas follow (see model/rows.ts). Shifting right is not implemented by the host.
   */
  insert(shift: InsertShift | string): Range {
    this._invoke("insert", [shift], (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "Range.insert");
      if (isEntireColumns(t.rect) || shift === "Right") {
        throw officeError(
          "NotImplemented",
          "Range.insert",
          "The in-memory host does not insert columns or shift cells right.",
        );
      }
      if (shift !== "Down") throw officeError("InvalidArgument", "Range.insert");
      assertAllowed(sheet, isEntireRows(t.rect) ? "insertRows" : "structure", "Range.insert");
      exec.wb.insertRows(sheet, t.rect);
      exec.touch();
    });
    return new Range(this._ctx, (exec) => this._resolve(exec));
  }

  /** Deletes the range's cells, shifting the cells below up ("Up"); whole rows delete rows. */
  delete(shift: DeleteShift | string): void {
    this._invoke("delete", [shift], (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "Range.delete");
      const rows = isEntireRows(t.rect);
      if (!rows && (isEntireColumns(t.rect) || shift === "Left")) {
        throw officeError(
          "NotImplemented",
          "Range.delete",
          "The in-memory host does not delete columns or shift cells left.",
        );
      }
      if (!rows && shift !== "Up") throw officeError("InvalidArgument", "Range.delete");
      assertAllowed(sheet, rows ? "deleteRows" : "structure", "Range.delete");
      exec.wb.deleteRows(sheet, t.rect);
      exec.touch();
    });
  }

  /** Clears contents, formats (merges included) or both ("All", the default). */
  clear(applyTo: ClearApplyTo = "All"): void {
    this._invoke("clear", [applyTo], (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "Range.clear");
      if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents")
        assertCellsEditable(sheet, t.rect, "Range.clear");
      if (applyTo === "All" || applyTo === "Formats") assertAllowed(sheet, "formatCells", "Range.clear");
      clearRange(sheet, t.rect, applyTo);
      exec.touch();
    });
  }

  /**
   * Selects the range (and activates its sheet). A protected sheet still lets cells be selected,
   * as in Excel, unless its `selectionMode` says otherwise: "None" refuses any cell, "Unlocked"
   * refuses locked ones (what the reference says the modes allow; the API's error for them is not
   * documented, so the host gives AccessDenied, the code for everything else protection refuses).
   */
  select(): void {
    this._invoke(
      "select",
      [],
      (t, exec) => {
        const sheet = sheetOf(exec, t.sheetId, "Range.select");
        if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Range.select");
        if (sheet.protection.protected) {
          const mode = sheet.protection.options.selectionMode;
          if (mode === "None") throw officeError("AccessDenied", "Range.select");
          if (mode === "Unlocked") assertCellsEditable(sheet, t.rect, "Range.select");
        }
        exec.wb.activeSheetId = sheet.id;
        sheet.selection = { ...t.rect };
      },
      false,
    );
  }
}

function otherRect(other: Range | string, sheet: Sheet, exec: Exec, location: string): RangeRef {
  if (typeof other === "string") {
    const parsed = parseAddress(other);
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
      throw officeError("InvalidArgument", location);
    return parsed.rect;
  }
  const t = other._resolve(exec);
  if (t === null || t.sheetId !== sheet.id) throw officeError("InvalidArgument", location);
  return t.rect;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= Math.min(to, from + 100_000); i++) out.push(i);
  return out;
}

/** true or false when all agree, null when mixed (Excel's rowHidden/columnHidden). */
function mixed(flags: boolean[]): boolean | null {
  if (flags.every((f) => f)) return true;
  if (flags.every((f) => !f)) return false;
  return null;
}
