/** MATCH, which fast-formula-parser declares but does not implement. */
import { FormulaError } from "fast-formula-parser";
import { compareValues } from "../compare";
import { isError, type Scalar } from "../values";
import type { CustomFunction } from "./aggregate";
import { wildcardRegExp } from "./criteria";
import { isRefArg, numberArg, scalarArg, type CallContext, type FunctionHost } from "./host";

/** The values of a one-row or one-column lookup range, in order. */
function lookupValues(host: FunctionHost, ctx: CallContext, raw: unknown): Scalar[] {
  if (isError(raw)) throw raw;
  if (Array.isArray(raw)) {
    const grid = raw as Scalar[][];
    if (grid.length === 1) return grid[0] ?? [];
    if (grid.every((line) => line.length === 1)) return grid.map((line) => line[0] ?? null);
    throw FormulaError.NA;
  }
  if (!isRefArg(raw)) return [scalarArg(host, ctx, raw)];
  const area = host.resolve(raw.ref, ctx.position.sheet);
  if (isError(area)) throw area;
  if (area.top !== area.bottom && area.left !== area.right) throw FormulaError.NA;
  const used = host.clip(area);
  const out: Scalar[] = [];
  for (let row = area.top; row <= Math.min(area.bottom, used.bottom); row++) {
    for (let col = area.left; col <= Math.min(area.right, used.right); col++)
      out.push(host.value(area.sheet, row, col));
  }
  return out;
}

const sameType = (a: Scalar, b: Scalar): boolean => typeof a === typeof b && !isError(a) && !isError(b);

export function lookupFunctions(host: FunctionHost): Record<string, CustomFunction> {
  return {
    MATCH: (ctx, lookup, range, type) => {
      const target = scalarArg(host, ctx, lookup);
      if (isError(target)) throw target;
      const values = lookupValues(host, ctx, range);
      const mode = type === undefined || type === null ? 1 : Math.sign(Math.trunc(numberArg(host, ctx, type)));
      if (mode === 0) {
        const re = typeof target === "string" && /[*?~]/.test(target) ? wildcardRegExp(target) : null;
        const at = values.findIndex((v) =>
          re ? typeof v === "string" && re.test(v) : sameType(v, target) && compareValues(v, target) === 0,
        );
        if (at < 0) throw FormulaError.NA;
        return at + 1;
      }
      // Sorted data is assumed, as Excel does: the last value not past the target.
      let found = -1;
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as Scalar;
        if (!sameType(v, target)) continue;
        const c = compareValues(v, target);
        if (mode > 0 ? c <= 0 : c >= 0) found = i;
        else break;
      }
      if (found < 0) throw FormulaError.NA;
      return found + 1;
    },
  };
}
