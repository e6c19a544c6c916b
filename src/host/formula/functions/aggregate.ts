/**
 * SUM and its family, with Excel's rules that fast-formula-parser gets wrong or lacks: an error in
 * a summed range makes the result that error (the parser skips it), COUNTA/COUNTBLANK/MAX/MIN exist,
 * and SUBTOTAL skips the cells of its ranges that hold SUBTOTALs themselves.
 */
import { FormulaError } from "fast-formula-parser";
import { isError, type Scalar } from "../values";
import {
  directNumber,
  forEachItem,
  isRefArg,
  numberArg,
  parseNumber,
  type CallContext,
  type FunctionHost,
} from "./host";

export type CustomFunction = (ctx: CallContext, ...args: unknown[]) => unknown;

/**
 * Every number of the arguments as SUM sees them: numbers in ranges (text, booleans and empty
 * cells skipped, errors thrown), direct arguments converted (TRUE is 1, "3" is 3, "x" is #VALUE!).
 */
function eachNumber(
  host: FunctionHost,
  ctx: CallContext,
  args: readonly unknown[],
  onNumber: (n: number) => void,
  skipSubtotals = false,
): void {
  forEachItem(host, ctx, args, (v, direct, sheet, row, col) => {
    if (skipSubtotals && sheet !== undefined && host.hasSubtotal(sheet, row as number, col as number)) return;
    if (direct) onNumber(directNumber(v));
    else if (typeof v === "number") onNumber(v);
    else if (isError(v)) throw v;
  });
}

function numbersOf(host: FunctionHost, ctx: CallContext, args: readonly unknown[], skipSubtotals = false): number[] {
  const out: number[] = [];
  eachNumber(host, ctx, args, (n) => out.push(n), skipSubtotals);
  return out;
}

function countNumbers(host: FunctionHost, ctx: CallContext, args: readonly unknown[], skipSubtotals = false): number {
  let n = 0;
  forEachItem(host, ctx, args, (v, direct, sheet, row, col) => {
    if (skipSubtotals && sheet !== undefined && host.hasSubtotal(sheet, row as number, col as number)) return;
    if (typeof v === "number") n++;
    else if (direct && (typeof v === "boolean" || (typeof v === "string" && parseNumber(v) !== null))) n++;
  });
  return n;
}

/** Non-empty values; a formula's "" counts, as it does in Excel. */
function countNonEmpty(host: FunctionHost, ctx: CallContext, args: readonly unknown[], skipSubtotals = false): number {
  let n = 0;
  forEachItem(host, ctx, args, (v, _direct, sheet, row, col) => {
    if (skipSubtotals && sheet !== undefined && host.hasSubtotal(sheet, row as number, col as number)) return;
    if (v !== null) n++;
  });
  return n;
}

function sum(ns: readonly number[]): number {
  let s = 0;
  for (const n of ns) s += n;
  return s;
}

function average(ns: readonly number[]): number {
  if (ns.length === 0) throw FormulaError.DIV0;
  return sum(ns) / ns.length;
}

function variance(ns: readonly number[], sample: boolean): number {
  const n = ns.length;
  if (n === 0 || (sample && n === 1)) throw FormulaError.DIV0;
  const mean = sum(ns) / n;
  let squares = 0;
  for (const x of ns) squares += (x - mean) ** 2;
  return squares / (sample ? n - 1 : n);
}

function product(ns: readonly number[]): number {
  if (ns.length === 0) return 0;
  let p = 1;
  for (const n of ns) p *= n;
  return p;
}

function max(ns: readonly number[]): number {
  return ns.length === 0 ? 0 : ns.reduce((a, b) => (b > a ? b : a));
}

function min(ns: readonly number[]): number {
  return ns.length === 0 ? 0 : ns.reduce((a, b) => (b < a ? b : a));
}

/** SUBTOTAL's function numbers; 101-111 are the same (the host has no hidden rows to leave out). */
function subtotal(host: FunctionHost, ctx: CallContext, fnArg: unknown, refs: readonly unknown[]): number {
  const fn = Math.trunc(numberArg(host, ctx, fnArg));
  const base = fn > 100 ? fn - 100 : fn;
  if (refs.length === 0) throw FormulaError.VALUE;
  switch (base) {
    case 1:
      return average(numbersOf(host, ctx, refs, true));
    case 2:
      return countNumbers(host, ctx, refs, true);
    case 3:
      return countNonEmpty(host, ctx, refs, true);
    case 4:
      return max(numbersOf(host, ctx, refs, true));
    case 5:
      return min(numbersOf(host, ctx, refs, true));
    case 6:
      return product(numbersOf(host, ctx, refs, true));
    case 7:
      return Math.sqrt(variance(numbersOf(host, ctx, refs, true), true));
    case 8:
      return Math.sqrt(variance(numbersOf(host, ctx, refs, true), false));
    case 9: {
      let s = 0;
      eachNumber(host, ctx, refs, (n) => (s += n), true);
      return s;
    }
    case 10:
      return variance(numbersOf(host, ctx, refs, true), true);
    case 11:
      return variance(numbersOf(host, ctx, refs, true), false);
    default:
      throw FormulaError.VALUE;
  }
}

/** COUNTBLANK counts empty cells and formulas that return "", across the whole area. */
function countBlank(host: FunctionHost, ctx: CallContext, raw: unknown): number {
  if (!isRefArg(raw)) throw FormulaError.VALUE;
  const area = host.resolve(raw.ref, ctx.position.sheet);
  if (isError(area)) throw area;
  const total = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  let filled = 0;
  forEachItem(host, ctx, [raw], (v: Scalar) => {
    if (v !== null && v !== "") filled++;
  });
  return total - filled;
}

export function aggregateFunctions(host: FunctionHost): Record<string, CustomFunction> {
  const stat =
    (f: (ns: number[]) => number): CustomFunction =>
    (ctx, ...args) =>
      f(numbersOf(host, ctx, args));
  return {
    SUM: (ctx, ...args) => {
      let s = 0;
      eachNumber(host, ctx, args, (n) => (s += n));
      return s;
    },
    AVERAGE: stat(average),
    MAX: stat(max),
    MIN: stat(min),
    PRODUCT: stat(product),
    COUNT: (ctx, ...args) => countNumbers(host, ctx, args),
    COUNTA: (ctx, ...args) => countNonEmpty(host, ctx, args),
    COUNTBLANK: (ctx, raw) => countBlank(host, ctx, raw),
    SUBTOTAL: (ctx, fn, ...refs) => subtotal(host, ctx, fn, refs),
    STDEV: stat((ns) => Math.sqrt(variance(ns, true))),
    "STDEV.S": stat((ns) => Math.sqrt(variance(ns, true))),
    STDEVP: stat((ns) => Math.sqrt(variance(ns, false))),
    "STDEV.P": stat((ns) => Math.sqrt(variance(ns, false))),
    VAR: stat((ns) => variance(ns, true)),
    "VAR.S": stat((ns) => variance(ns, true)),
    VARP: stat((ns) => variance(ns, false)),
    "VAR.P": stat((ns) => variance(ns, false)),
  };
}
