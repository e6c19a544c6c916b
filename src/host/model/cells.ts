/**
 * Reading and writing rectangles of cells: the grids behind Range.values, formulas, numberFormat,
 * valueTypes and text, and the style changes behind Range.format.
 */
import { isCellError } from "../../core/snapshot";
import { OfficeError } from "../errors";
import { cellCount, isEntireColumns, isEntireRows, type RangeRef } from "./address";
import { readInput } from "./input";
import type { Cell, Scalar, Sheet } from "./sheet";
import { DEFAULT_NUMBER_FORMAT, PatchCache, type CellStyle, type StylePatch } from "./style";
import { formatValue } from "./text";

/** Excel refuses to return more than five million cells in one read ("Resource limits..."). */
export const MAX_READ_CELLS = 5_000_000;

export type OfficeScalar = number | string | boolean;

function checkReadable(rect: RangeRef, location: string): void {
  if (cellCount(rect) > MAX_READ_CELLS) {
    throw new OfficeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number.",
      location,
    );
  }
}

export function grid<V>(
  sheet: Sheet,
  rect: RangeRef,
  location: string,
  f: (cell: Cell | undefined, row: number, col: number) => V,
): V[][] {
  checkReadable(rect, location);
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line = sheet.rows.get(r);
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(line?.get(c), r, c));
    out.push(row);
  }
  return out;
}

/** A cell's value as Range.values reports it: errors as their text ("#DIV/0!"), empty as "". */
export function officeValue(value: Scalar | null): OfficeScalar {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  return value;
}

export function valuesOf(sheet: Sheet, rect: RangeRef): OfficeScalar[][] {
  return grid(sheet, rect, "Range.values", (cell) => officeValue(cell?.value ?? null));
}

/** Range.formulas: the formula where there is one, else the value. */
export function formulasOf(sheet: Sheet, rect: RangeRef): OfficeScalar[][] {
  return grid(sheet, rect, "Range.formulas", (cell) => cell?.formula ?? officeValue(cell?.value ?? null));
}

export function numberFormatsOf(sheet: Sheet, rect: RangeRef): string[][] {
  return grid(
    sheet,
    rect,
    "Range.numberFormat",
    (cell, r, c) => (cell ? cell.style : sheet.lineStyle(r, c))?.numFmt ?? DEFAULT_NUMBER_FORMAT,
  );
}

/** Excel.RangeValueType per cell. Excel reports every number as "Double". */
export function valueTypesOf(sheet: Sheet, rect: RangeRef): string[][] {
  return grid(sheet, rect, "Range.valueTypes", (cell) => {
    const v = cell?.value ?? null;
    if (v === null) return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    if (typeof v === "string") return "String";
    return "Error";
  });
}

export function textOf(sheet: Sheet, rect: RangeRef): string[][] {
  return grid(sheet, rect, "Range.text", (cell, r, c) =>
    formatValue(cell?.value ?? null, (cell ? cell.style : sheet.lineStyle(r, c))?.numFmt),
  );
}

/** True when `input` is a 2-D array shaped exactly like the rectangle. */
export function fitsShape(input: unknown, rect: RangeRef): input is unknown[][] {
  if (!Array.isArray(input)) return false;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  return input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
}

/**
 * Writes values or formulas. `input` is a 2-D array of the rectangle's shape (checked by the
 * caller) or one scalar for every cell, which Excel accepts too. null leaves a cell unchanged
 * ("Blank and null values in Excel add-ins"); "" empties it. Covered cells of a merge take no
 * content: only the merge's top-left cell shows a value.
 */
export function writeContents(sheet: Sheet, rect: RangeRef, input: unknown, asFormulas: boolean): void {
  const at = (r: number, c: number): unknown =>
    Array.isArray(input) ? (input[r - rect.top] as unknown[])[c - rect.left] : input;
  if (!Array.isArray(input) && (input === "" || input === null)) {
    if (input === null) return;
    // Emptying a big area: only stored cells can hold anything.
    for (const { row, col, cell } of [...sheet.cellsIn(rect)]) {
      cell.value = null;
      delete cell.formula;
      delete cell.rich;
      sheet.compact(row, col);
    }
    return;
  }
  checkReadable(rect, asFormulas ? "Range.formulas" : "Range.values");
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const raw = at(r, c);
      if (raw === null || raw === undefined) continue;
      if (sheet.isCovered(r, c)) continue;
      const existing = sheet.getCell(r, c);
      const numFmt = (existing ? existing.style : sheet.lineStyle(r, c))?.numFmt;
      const parsed = readInput(raw, numFmt, asFormulas);
      if (parsed.value === null && parsed.formula === undefined && !existing) continue;
      const cell = sheet.ensureCell(r, c);
      cell.value = parsed.value;
      delete cell.rich;
      if (parsed.formula !== undefined) cell.formula = parsed.formula;
      else delete cell.formula;
      if (cell.value === null && cell.formula === undefined) sheet.compact(r, c);
    }
  }
}

/** Sets number formats: one string for every cell, or a 2-D array; null leaves a cell's format. */
export function writeNumberFormats(sheet: Sheet, rect: RangeRef, input: unknown): void {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) return;
    patchStyle(sheet, rect, { numFmt: String(input) });
    return;
  }
  const caches = new Map<string, PatchCache>();
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = (input[r - rect.top] as unknown[])[c - rect.left];
      if (v === null || v === undefined) continue;
      const fmt = String(v);
      let cache = caches.get(fmt);
      if (!cache) {
        cache = new PatchCache({ numFmt: fmt });
        caches.set(fmt, cache);
      }
      const cell = sheet.ensureCell(r, c);
      cell.style = cache.apply(cell.style);
    }
  }
}

/**
 * Applies a style change to every cell of a rectangle. Whole rows and whole columns change the
 * row's or column's own formatting too (as Excel does), so that cells not stored yet show it.
 */
export function patchStyle(sheet: Sheet, rect: RangeRef, patch: StylePatch): void {
  const cache = new PatchCache(patch);
  const rows = isEntireRows(rect);
  const cols = isEntireColumns(rect);
  if (rows || cols) {
    if (rows && !cols) {
      for (let r = rect.top; r <= rect.bottom; r++)
        sheet.setLineProp(sheet.rowProps, r, { style: cache.apply(sheet.rowProps.get(r)?.style) });
    } else {
      for (let c = rect.left; c <= rect.right; c++)
        sheet.setLineProp(sheet.colProps, c, { style: cache.apply(sheet.colProps.get(c)?.style) });
      for (const r of [...sheet.rowProps.keys()]) {
        const style = sheet.rowProps.get(r)?.style;
        if (style && r >= rect.top && r <= rect.bottom)
          sheet.setLineProp(sheet.rowProps, r, { style: cache.apply(style) });
      }
    }
    for (const { cell } of sheet.cellsIn(rect)) cell.style = cache.apply(cell.style);
    return;
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = sheet.ensureCell(r, c);
      cell.style = cache.apply(cell.style);
    }
  }
}

/**
 * The styles shown in a rectangle, for reading format properties. Huge rectangles (whole rows or
 * columns) are summarised by their row and column formatting plus the stored cells.
 */
export function stylesIn(sheet: Sheet, rect: RangeRef): (CellStyle | undefined)[] {
  const out: (CellStyle | undefined)[] = [];
  if (cellCount(rect) > 100_000) {
    const stored = [...sheet.cellsIn(rect)];
    for (const { cell } of stored) out.push(cell.style);
    if (stored.length < cellCount(rect)) {
      let anyLine = false;
      for (const [r, p] of sheet.rowProps)
        if (r >= rect.top && r <= rect.bottom && p.style) {
          out.push(p.style);
          anyLine = true;
        }
      for (const [c, p] of sheet.colProps)
        if (c >= rect.left && c <= rect.right && p.style) {
          out.push(p.style);
          anyLine = true;
        }
      if (!anyLine || isEntireRows(rect)) out.push(undefined);
    }
    return out;
  }
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) out.push(sheet.styleAt(r, c));
  return out;
}

/** One value when every item agrees, else null (how Excel reports mixed formatting). */
export function uniform<V>(items: readonly V[]): V | null {
  if (items.length === 0) return null;
  const first = items[0] as V;
  for (const v of items) if (v !== first) return null;
  return first;
}
