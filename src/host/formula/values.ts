/**
 * Values inside the engine, in the form fast-formula-parser works with: an empty cell is null and
 * an error is a FormulaError. CellValue (the snapshot's form) is only made at the edges.
 */
import { FormulaError } from "fast-formula-parser";
import { ERROR_CODES, isCellError, type CellValue, type ErrorCode } from "../../core/snapshot";

export type Scalar = number | string | boolean | null | FormulaError;
export type Grid = Scalar[][];

/** The value Excel shows for a circular reference is 0 with a warning; an error value is clearer here. */
export const CYCLE_ERROR: ErrorCode = "#REF!";

export function errorOf(code: string): FormulaError {
  return new FormulaError(code);
}

export function isError(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}

export function fromCellValue(v: CellValue): Scalar {
  if (v === "") return null;
  if (isCellError(v)) return errorOf(v.error);
  return v;
}

function toErrorCode(code: string): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : "#VALUE!";
}

/** A formula's result as a cell shows it: a formula that points at an empty cell shows 0. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return 0;
  if (v instanceof FormulaError) return { error: toErrorCode(v.error) };
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { error: "#VALUE!" };
    if (!Number.isFinite(v)) return { error: "#NUM!" };
    return v === 0 ? 0 : v;
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return toCellValue((v as unknown[][])[0]?.[0]);
  return { error: "#VALUE!" };
}
