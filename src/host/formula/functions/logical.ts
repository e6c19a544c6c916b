/**
 * IF and CHOOSE. fast-formula-parser's IF reads a reference condition as always true (it tests
 * the reference object, not the cell: IF(A1,"y","n") is "y" for A1 = FALSE) and returns #N/A for
 * IF(test,) where Excel returns 0.
 */
import { FormulaError } from "fast-formula-parser";
import { isError, type Scalar } from "../values";
import type { CustomFunction } from "./aggregate";
import { numberArg, scalarArg, type FunctionHost } from "./host";

/** A condition as Excel reads it: numbers are true unless 0, "TRUE"/"FALSE" text counts, other text is #VALUE!. */
export function truthOf(v: Scalar): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const upper = v.trim().toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return FormulaError.VALUE;
}

export function logicalFunctions(host: FunctionHost): Record<string, CustomFunction> {
  return {
    // The chosen branch is returned as it came (a reference stays one), so SUM(IF(x,A1:A3,0)) works.
    IF: (ctx, ...args) => {
      if (args.length < 2) throw FormulaError.NA;
      const truth = truthOf(scalarArg(host, ctx, args[0]));
      if (isError(truth)) return truth;
      if (truth) return args[1] ?? 0;
      if (args.length < 3) return false;
      return args[2] ?? 0;
    },
    CHOOSE: (ctx, index, ...values) => {
      const i = Math.trunc(numberArg(host, ctx, index));
      if (i < 1 || i > values.length) throw FormulaError.VALUE;
      return values[i - 1] ?? 0;
    },
  };
}
