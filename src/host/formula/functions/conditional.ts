/**
 * SUMIF, COUNTIF, AVERAGEIF and the multi-criteria SUMIFS, COUNTIFS, AVERAGEIFS, MAXIFS, MINIFS.
 * fast-formula-parser has SUMIF and COUNTIF only, with JavaScript equality for criteria (case
 * sensitive, "" never matching an empty cell); one implementation serves them all here.
 */
import { FormulaError } from "fast-formula-parser";
import { isError, type Scalar } from "../values";
import type { CustomFunction } from "./aggregate";
import { criterionMatcher, type Matcher } from "./criteria";
import { isRefArg, scalarArg, type CallContext, type FunctionHost, type SheetArea } from "./host";

function rangeArg(host: FunctionHost, ctx: CallContext, raw: unknown): SheetArea {
  if (isError(raw)) throw raw;
  // Excel only takes references here: SUMIF({1,2},...) is not a formula it accepts.
  if (!isRefArg(raw)) throw FormulaError.VALUE;
  const area = host.resolve(raw.ref, ctx.position.sheet);
  if (isError(area)) throw area;
  return area;
}

const height = (a: SheetArea): number => a.bottom - a.top + 1;
const width = (a: SheetArea): number => a.right - a.left + 1;

/** `area` resized to rows x cols from its top-left cell, as SUMIF does with its sum range. */
function resized(area: SheetArea, rows: number, cols: number): SheetArea {
  return { ...area, bottom: area.top + rows - 1, right: area.left + cols - 1 };
}

interface Condition {
  readonly area: SheetArea;
  readonly match: Matcher;
}

/**
 * Calls `onMatch` with the offset of every position where all conditions hold. Positions past
 * every sheet's used range are all empty: they are not visited, only counted into the return
 * value when empty cells satisfy every condition (COUNTIF(R:R,"") counts them as Excel does).
 */
function scan(
  host: FunctionHost,
  conditions: readonly Condition[],
  extra: readonly SheetArea[],
  onMatch: (dr: number, dc: number) => void,
): number {
  const first = (conditions[0] as Condition).area;
  const rows = height(first);
  const cols = width(first);
  let lastDr = -1;
  let lastDc = -1;
  for (const area of [...conditions.map((c) => c.area), ...extra]) {
    const used = host.clip(area);
    if (used.bottom < used.top || used.right < used.left) continue;
    lastDr = Math.max(lastDr, Math.min(rows - 1, used.bottom - area.top));
    lastDc = Math.max(lastDc, Math.min(cols - 1, used.right - area.left));
  }
  for (let dr = 0; dr <= lastDr; dr++) {
    for (let dc = 0; dc <= lastDc; dc++) {
      let all = true;
      for (const c of conditions) {
        if (!c.match(host.value(c.area.sheet, c.area.top + dr, c.area.left + dc))) {
          all = false;
          break;
        }
      }
      if (all) onMatch(dr, dc);
    }
  }
  const unvisited = rows * cols - (lastDr + 1) * (lastDc + 1);
  return unvisited > 0 && conditions.every((c) => c.match(null)) ? unvisited : 0;
}

function conditionsOf(host: FunctionHost, ctx: CallContext, pairs: readonly unknown[]): Condition[] {
  if (pairs.length === 0 || pairs.length % 2 !== 0) throw FormulaError.VALUE;
  const conditions: Condition[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const area = rangeArg(host, ctx, pairs[i]);
    conditions.push({ area, match: criterionMatcher(scalarArg(host, ctx, pairs[i + 1])) });
  }
  const first = (conditions[0] as Condition).area;
  if (conditions.some((c) => height(c.area) !== height(first) || width(c.area) !== width(first)))
    throw FormulaError.VALUE;
  return conditions;
}

/** The numbers of `target` at the matching positions; an error there is the result. */
function matchedNumbers(host: FunctionHost, conditions: readonly Condition[], target: SheetArea): number[] {
  const out: number[] = [];
  scan(host, conditions, [target], (dr, dc) => {
    const v: Scalar = host.value(target.sheet, target.top + dr, target.left + dc);
    if (typeof v === "number") out.push(v);
    else if (isError(v)) throw v;
  });
  return out;
}

function sumOf(ns: readonly number[]): number {
  let s = 0;
  for (const n of ns) s += n;
  return s;
}

function averageOf(ns: readonly number[]): number {
  if (ns.length === 0) throw FormulaError.DIV0;
  return sumOf(ns) / ns.length;
}

/** Conditions of SUMIFS-style calls, with the target range checked to have their shape. */
function multi(
  host: FunctionHost,
  ctx: CallContext,
  targetRaw: unknown,
  pairs: readonly unknown[],
): { conditions: Condition[]; target: SheetArea } {
  const target = rangeArg(host, ctx, targetRaw);
  const conditions = conditionsOf(host, ctx, pairs);
  const first = (conditions[0] as Condition).area;
  if (height(target) !== height(first) || width(target) !== width(first)) throw FormulaError.VALUE;
  return { conditions, target };
}

/** Conditions of SUMIF-style calls: one range, one criterion, the target resized to the range. */
function single(
  host: FunctionHost,
  ctx: CallContext,
  rangeRaw: unknown,
  criterion: unknown,
  targetRaw: unknown,
): { conditions: Condition[]; target: SheetArea } {
  const conditions = conditionsOf(host, ctx, [rangeRaw, criterion]);
  const area = (conditions[0] as Condition).area;
  const target =
    targetRaw === undefined || targetRaw === null
      ? area
      : resized(rangeArg(host, ctx, targetRaw), height(area), width(area));
  return { conditions, target };
}

export function conditionalFunctions(host: FunctionHost): Record<string, CustomFunction> {
  return {
    SUMIF: (ctx, range, criterion, sumRange) => {
      const { conditions, target } = single(host, ctx, range, criterion, sumRange);
      return sumOf(matchedNumbers(host, conditions, target));
    },
    AVERAGEIF: (ctx, range, criterion, averageRange) => {
      const { conditions, target } = single(host, ctx, range, criterion, averageRange);
      return averageOf(matchedNumbers(host, conditions, target));
    },
    COUNTIF: (ctx, range, criterion) => {
      let n = 0;
      const blanks = scan(host, conditionsOf(host, ctx, [range, criterion]), [], () => n++);
      return n + blanks;
    },
    COUNTIFS: (ctx, ...pairs) => {
      let n = 0;
      const blanks = scan(host, conditionsOf(host, ctx, pairs), [], () => n++);
      return n + blanks;
    },
    SUMIFS: (ctx, sumRange, ...pairs) => {
      const { conditions, target } = multi(host, ctx, sumRange, pairs);
      return sumOf(matchedNumbers(host, conditions, target));
    },
    AVERAGEIFS: (ctx, averageRange, ...pairs) => {
      const { conditions, target } = multi(host, ctx, averageRange, pairs);
      return averageOf(matchedNumbers(host, conditions, target));
    },
    MAXIFS: (ctx, maxRange, ...pairs) => {
      const { conditions, target } = multi(host, ctx, maxRange, pairs);
      const ns = matchedNumbers(host, conditions, target);
      return ns.reduce((a, b) => (b > a ? b : a), ns[0] ?? 0);
    },
    MINIFS: (ctx, minRange, ...pairs) => {
      const { conditions, target } = multi(host, ctx, minRange, pairs);
      const ns = matchedNumbers(host, conditions, target);
      return ns.reduce((a, b) => (b < a ? b : a), ns[0] ?? 0);
    },
  };
}
