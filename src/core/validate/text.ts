import type { CellValue } from "../snapshot";
import { isCellError } from "../snapshot";

export function isBlank(value: CellValue | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}

/** A cell value as a user would recognise it in a message: text as written, errors by their code. */
export function displayValue(value: CellValue): string {
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).replace(/\s+/g, " ").trim();
}

/** For comparing free text: case, spacing and trailing punctuation do not make two indicators differ. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:]+$/, "")
    .trim();
}

/**
 * "Persentase ..." and its common spellings ("Persentasi" in the seed plan, "Prosentase",
 * "Presentase"): an indicator measured in percent, whose target must lie in 0..100.
 */
const PERCENT_INDICATOR_RE = /^\s*(persentase|persentasi|prosentase|presentase)\b/i;

export function isPercentIndicator(indicator: string): boolean {
  return PERCENT_INDICATOR_RE.test(indicator);
}

/** "-" written in a money cell: the usual way to say "no budget" on a per-row budget column. */
export function isNilMark(value: CellValue): boolean {
  return typeof value === "string" && /^\s*[-–—]\s*$/.test(value);
}
