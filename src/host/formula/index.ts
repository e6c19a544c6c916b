/**
 * The formula module of the in-memory Excel host: computes formula values (with fast-formula-parser
 * doing the evaluation) and rewrites references when rows move, sheets are renamed or formulas are
 * copied. No Node-only APIs: it also runs in the browser bundle.
 */
import type { CellValue } from "../../core/snapshot";
import { FormulaEngine } from "./engine";
import { translate } from "./rewrite";
import type { FormulaWorkbook } from "./workbook";

export type { FormulaWorkbook } from "./workbook";
export { FormulaEngine, type FormulaProblem } from "./engine";
export { renameSheet, shiftRows, translate } from "./rewrite";
export { CYCLE_ERROR } from "./values";

/**
 * Computes the value of every formula cell (dependencies first, lazily with memoization; a cycle
 * yields an error value, CYCLE_ERROR, not a hang). Use a FormulaEngine directly to also read the
 * problems met (unknown functions, syntax the engine lacks).
 */
export function recalculate(wb: FormulaWorkbook): Array<{ sheet: string; row: number; col: number; value: CellValue }> {
  return new FormulaEngine(wb).results();
}

/**
 * Evaluates one formula at a position (used by conditional formats: a relative formula for cell
 * (row,col) of a range, given the range's top-left anchor). Each call builds a fresh engine; to
 * evaluate many positions of one workbook, use `new FormulaEngine(wb).evaluate(...)` with
 * `translate` instead.
 */
export function evaluateAt(
  wb: FormulaWorkbook,
  sheet: string,
  formula: string,
  at: { row: number; col: number },
  anchor?: { row: number; col: number },
): CellValue {
  const moved = anchor ? translate(formula, at.row - anchor.row, at.col - anchor.col) : formula;
  return new FormulaEngine(wb).evaluate(sheet, moved, at);
}
