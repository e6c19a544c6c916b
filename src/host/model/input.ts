/**
 * How Excel reads a value written through `Range.values` or `Range.formulas`: like typed input.
 * Text that looks like a number becomes a number, "TRUE"/"FALSE" become booleans, text starting
 * with "=" is a formula, and (per the `Range.values` reference: "If the returned value starts with
 * a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula") text
 * starting with "+" or "-" that is not a number is a formula too, and so is text starting with "@"
 * (Excel takes typed "@…" as formula entry, the Lotus 1-2-3 form; OfficeDev issue reports say the API
 * does the same). A leading apostrophe keeps text as text and is not part of the value: `values`
 * and `formulas` read the text without it (OfficeDev/office-js#6687). Cells formatted as Text ("@")
 * keep strings as they are.
 *
 * Not modelled: dates and times typed as text, percentages, currency symbols, locale separators.
 */
import { ERROR_CODES, type ErrorCode } from "../../core/snapshot";
import type { Scalar } from "./sheet";

export interface CellInput {
  readonly value: Scalar | null;
  readonly formula?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function readInput(input: unknown, numFmt: string | undefined, asFormula: boolean): CellInput {
  if (input === "") return { value: null };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { value: { error: "#NUM!" } };
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };

  // The apostrophe is Excel's text prefix however the cell is formatted (it sets the cell's
  // quotePrefix, which a Text format does not need but does not show either).
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (numFmt === "@" && !(asFormula && input.startsWith("="))) return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if ((ERROR_CODES as readonly string[]).includes(trimmed.toUpperCase()))
    return { value: { error: trimmed.toUpperCase() as ErrorCode } };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  if ((input.startsWith("+") || input.startsWith("-") || input.startsWith("@")) && input.length > 1)
    return { value: null, formula: `=${input}` };
  return { value: input };
}
