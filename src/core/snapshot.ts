import type { RangeRef } from "./address";

/** The error values a cell can hold. They stay errors through the reader, never numbers. */
export const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CellError {
  readonly error: ErrorCode;
}

/**
 * One cell's value as Excel reports it: a number, text, a boolean, an error, or "" for an empty
 * cell (Office.js reports empty cells as "", so the snapshot does too).
 */
export type CellValue = number | string | boolean | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/**
 * A worksheet as plain data: what the adapter reads out of Excel (or the in-memory host) and what
 * the core reads. The arrays are all the same shape, covering the used range whose top-left cell is
 * `origin` (0-based). A cell outside the arrays is empty.
 */
export interface SheetSnapshot {
  readonly sheet: string;
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text ("=SUM(R10:R49)") where the cell has one, "" where it holds a constant or nothing. */
  readonly formulas: readonly (readonly string[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** Merged areas, absolute 0-based sheet coordinates. */
  readonly merges: readonly RangeRef[];
  /**
   * True when the host could not report merged areas (ExcelApi < 1.13) and `merges` is empty: the
   * reader then infers blocks from the blank-below pattern alone.
   */
  readonly mergesUnknown?: boolean;
  /**
   * Content the adapter left out because it lies far from the table (a stray value in XFD1048576
   * would otherwise make the used range the whole sheet): its areas, absolute 0-based.
   */
  readonly outside?: readonly RangeRef[];
}
