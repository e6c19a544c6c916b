import type { ScalarValue } from "../core/edits";
import { ERROR_CODES } from "../core/snapshot";

/**
 * Every string Rakit writes must arrive as that same text. Excel reads a string written through
 * `Range.values` like typed input: "=…", "+…", "-…" (the Range.values reference) and "@…" turn into
 * formulas or errors, "1.000" or "TRUE" into a number or a boolean, "2 Januari 2026" may turn into a
 * date, and a leading apostrophe is taken away. The apostrophe is also the way out: Excel keeps what
 * follows as text, does not show the apostrophe in the cell, and leaves it out of `values` and
 * `formulas` when read back (OfficeDev/office-js#6687). So every string Excel would not keep as
 * written gets one, and only those: a plain label stays as plain as the user's own.
 *
 * This is the adapter's single write path for text (`setValues` values, and the constants among a
 * `setFormulas` edit's formulas), so no planner has to remember it.
 */
export function asTypedText(text: string): string {
  return needsTextPrefix(text) ? `'${text}` : text;
}

/** A `setValues` grid as Excel must receive it: strings kept as text, numbers and booleans as they are. */
export function valuesForExcel(values: readonly (readonly ScalarValue[])[]): ScalarValue[][] {
  return values.map((row) => row.map((v) => (typeof v === "string" ? asTypedText(v) : v)));
}

/** A `setFormulas` grid: "=…" is a formula by design; any other string is a constant kept as text. */
export function formulasForExcel(formulas: readonly (readonly ScalarValue[])[]): ScalarValue[][] {
  return formulas.map((row) =>
    row.map((v) => (typeof v === "string" && !(v.startsWith("=") && v.length > 1) ? asTypedText(v) : v)),
  );
}

const FORMULA_START = /^[=+\-@']/;
// Digits with thousands or decimal separators of either locale, an exponent, a percent sign, a
// currency in front: "1.000.000", "1,5", "10%", "Rp 5.000", "$3".
const NUMBER_LIKE = /^(rp\.?|\$|€|£|¥)?\s*\(?[+-]?[\d.,\s]*\d[\d.,]*(e[+-]?\d+)?\)?\s*%?$/i;
// Dates and times typed the short ways: "2/1", "2025-01-02", "10:30", "10:30 PM", "1 1/2".
const DATE_LIKE = /^\d{1,4}([/\-.:]\d{1,4}){1,2}(\s*[ap]\.?m\.?)?$|^\d+\s+\d+\/\d+$/i;
// A day and a month name, or a month name and a year, alone: "2 Januari 2026", "Jan-26", "Januari 2026".
// Month names are Latin letters (no \p{L}: Unicode property escapes are ES2018, and Office 2019's Edge
// Legacy webview runs ES2017).
const MONTH_DATE =
  /^(\d{1,2}[\s\-/]+[A-Za-z\u00C0-\u024F]{3,}\.?([\s\-/,]+\d{2,4})?|[A-Za-z\u00C0-\u024F]{3,}\.?[\s\-/]+\d{1,4})$/;
const LITERALS = new Set(["TRUE", "FALSE", "BENAR", "SALAH", ...ERROR_CODES]);

function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  if (FORMULA_START.test(text)) return true;
  const t = text.trim();
  if (t === "") return false;
  return NUMBER_LIKE.test(t) || DATE_LIKE.test(t) || MONTH_DATE.test(t) || LITERALS.has(t.toUpperCase());
}
