/**
 * What the custom functions need from the engine, and how they read their arguments.
 *
 * The custom functions are registered so that fast-formula-parser hands them their arguments
 * unevaluated ("raw"): a reference stays a reference. That lets SUBTOTAL see which cells hold
 * SUBTOTALs, lets SUMIF line up its sum range with its criteria range cell by cell, and keeps
 * whole-column references (R:R) from turning into million-row arrays.
 */
import type { FfpCellRef, FfpPosition, FfpRangeRef } from "fast-formula-parser";
import { FormulaError } from "fast-formula-parser";
import { isError, type Scalar } from "../values";

/** A rectangle of one sheet, 0-based, with the sheet's real name. */
export interface SheetArea {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface FunctionHost {
  /** The area a reference covers (whole columns reach the last sheet row); #REF! for an unknown sheet. */
  resolve(ref: FfpCellRef | FfpRangeRef, defaultSheet: string): SheetArea | FormulaError;
  /** The part of an area inside the sheet's used range (possibly empty: bottom < top). */
  clip(area: SheetArea): SheetArea;
  /** A cell's value (a formula cell's computed value), null when empty. */
  value(sheet: string, row: number, col: number): Scalar;
  /** True when the cell's formula calls SUBTOTAL (which SUBTOTAL skips, to avoid double counting). */
  hasSubtotal(sheet: string, row: number, col: number): boolean;
}

/** The parser instance, passed to context functions as their first argument. */
export interface CallContext {
  readonly position: FfpPosition;
}

export type RefArg = { readonly ref: FfpCellRef | FfpRangeRef };
export type UnionArg = { readonly refs: readonly unknown[]; readonly data: readonly unknown[] };

export function isRefArg(x: unknown): x is RefArg {
  return typeof x === "object" && x !== null && "ref" in x && typeof (x as RefArg).ref === "object";
}

export function isUnionArg(x: unknown): x is UnionArg {
  return (
    typeof x === "object" && x !== null && Array.isArray((x as UnionArg).refs) && Array.isArray((x as UnionArg).data)
  );
}

export function isRangeRef(ref: FfpCellRef | FfpRangeRef): ref is FfpRangeRef {
  return "from" in ref && ref.from !== undefined;
}

/**
 * One argument as a single value. A multi-cell reference gives the cell in the formula's own row
 * (or column), as Excel 2019's implicit intersection does; #VALUE! when there is none.
 */
export function scalarArg(host: FunctionHost, ctx: CallContext, raw: unknown): Scalar {
  if (raw === undefined || raw === null) return null;
  if (isError(raw)) return raw;
  if (Array.isArray(raw)) return ((raw as unknown[][])[0]?.[0] ?? null) as Scalar;
  if (isUnionArg(raw)) return FormulaError.VALUE;
  if (isRefArg(raw)) {
    const area = host.resolve(raw.ref, ctx.position.sheet);
    if (isError(area)) return area;
    const row0 = ctx.position.row - 1;
    const col0 = ctx.position.col - 1;
    if (area.top === area.bottom && area.left === area.right) return host.value(area.sheet, area.top, area.left);
    if (area.left === area.right && row0 >= area.top && row0 <= area.bottom)
      return host.value(area.sheet, row0, area.left);
    if (area.top === area.bottom && col0 >= area.left && col0 <= area.right)
      return host.value(area.sheet, area.top, col0);
    return FormulaError.VALUE;
  }
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  return FormulaError.VALUE;
}

/**
 * Receives each value met while walking a function's arguments. `direct` is true for a value typed
 * straight into the call (SUM(1,"2",TRUE)), false for one read from a range or an array; `sheet`,
 * `row` and `col` name the cell for values read from a reference.
 */
export type Visit = (value: Scalar, direct: boolean, sheet?: string, row?: number, col?: number) => void;

/**
 * Walks every value of the arguments, in order: direct values, array elements, and the used cells
 * of references (cells outside the used range are empty and are not visited). A callback, not a
 * generator: this is the inner loop of every SUM.
 */
export function forEachItem(host: FunctionHost, ctx: CallContext, args: readonly unknown[], visit: Visit): void {
  for (const raw of args) visitArg(host, ctx, raw, visit);
}

function visitArg(host: FunctionHost, ctx: CallContext, raw: unknown, visit: Visit): void {
  if (isRefArg(raw)) {
    const area = host.resolve(raw.ref, ctx.position.sheet);
    if (isError(area)) {
      visit(area, false);
      return;
    }
    const used = host.clip(area);
    for (let row = used.top; row <= used.bottom; row++) {
      for (let col = used.left; col <= used.right; col++)
        visit(host.value(used.sheet, row, col), false, used.sheet, row, col);
    }
    return;
  }
  if (isUnionArg(raw)) {
    for (const ref of raw.refs) visitArg(host, ctx, ref, visit);
    return;
  }
  if (Array.isArray(raw)) {
    for (const line of raw as unknown[][]) for (const v of line) visit(v as Scalar, false);
    return;
  }
  visit((raw ?? null) as Scalar, true);
}

/** A number typed straight into a call: TRUE is 1, "12" is 12, an omitted argument is 0. */
export function directNumber(v: Scalar): number {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) throw v;
  const n = parseNumber(v);
  if (n === null) throw FormulaError.VALUE;
  return n;
}

/** Text that Excel reads as a number ("12", " 1.5 ", "50%"), or null. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  const percent = t.endsWith("%");
  const n = Number(percent ? t.slice(0, -1) : t);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/** A single numeric argument (ROUND's number, SUBTOTAL's function number). */
export function numberArg(host: FunctionHost, ctx: CallContext, raw: unknown): number {
  const v = scalarArg(host, ctx, raw);
  if (isError(v)) throw v;
  return directNumber(v);
}
