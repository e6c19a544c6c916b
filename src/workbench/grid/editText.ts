import { ERROR_CODES } from "../../core/snapshot";
import type { Cell } from "../../host/model/sheet";
import { EN_US, localNumberText, readsAsLocalNumber, type GridLocale } from "./locale";

/**
 * What a cell's editor starts with, as Excel's formula bar shows it: the formula, or the value as the
 * user would type it. Text that typed input would read as something else (a number, TRUE, a formula,
 * an error code) gets Excel's leading apostrophe, so committing it unchanged keeps it text. Numbers
 * use the locale's decimal separator ("0,5" in Indonesia); formulas stay as stored.
 */
export function editText(cell: Cell | undefined, locale: GridLocale = EN_US): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value;
  if (value === null) return "";
  if (typeof value === "number") return localNumberText(String(Number(value.toPrecision(15))), locale);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  return readsAsOtherThanText(value) || readsAsLocalNumber(value, locale) ? `'${value}` : value;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function readsAsOtherThanText(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^[=+\-']/.test(text) ||
    NUMBER.test(trimmed) ||
    /^(true|false)$/i.test(trimmed) ||
    (ERROR_CODES as readonly string[]).includes(trimmed.toUpperCase())
  );
}
