import type { Money } from "../model";
import { a1 } from "../address";
import { isCellError } from "../snapshot";
import type { Grid } from "./grid";
import { isBlankValue } from "./grid";

/** Money typed as text is short; anything longer is not an amount (and never reaches a regex). */
const MAX_MONEY_TEXT = 64;

/**
 * Reads a money cell. Numbers are whole rupiah (rounded: a formula may leave a fraction the
 * `#,##0` format hides); text such as "Rp 1.565.914.000", "1,565,914,000", "1.565.914.000,00" or
 * "Rp. 15.048.000,-" is parsed and flagged `typedAsText`; errors stay errors.
 */
export function readMoney(grid: Grid, row: number, col: number): Money {
  const raw = grid.value(row, col);
  const f = grid.formula(row, col);
  const base = { address: a1(row, col), row, col, raw, formula: f === "" ? null : f };
  if (isCellError(raw)) return { ...base, amount: null, typedAsText: false, error: raw.error };
  if (typeof raw === "number") {
    return { ...base, amount: Number.isFinite(raw) ? wholeRupiah(raw) : null, typedAsText: false, error: null };
  }
  if (typeof raw === "string" && !isBlankValue(raw)) {
    const amount = parseMoneyText(raw);
    return { ...base, amount, typedAsText: amount !== null, error: null };
  }
  return { ...base, amount: null, typedAsText: false, error: null };
}

function wholeRupiah(n: number): number {
  const r = Math.round(n);
  return r === 0 ? 0 : r; // no -0
}

/**
 * Parses money written as text into whole rupiah, or null when it is not an amount. Indonesian
 * and English separators both occur: a separator that is repeated, or followed by exactly three
 * digits, groups thousands; a last separator followed by one or two digits is the decimal mark.
 */
export function parseMoneyText(text: string): number | null {
  let s = text.trim();
  if (s.length === 0 || s.length > MAX_MONEY_TEXT) return null;
  s = s.replace(/[\u00a0\u202f]/g, " ");

  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  // Currency: "Rp", "Rp.", "IDR".
  const currency = /^(?:rp\.?|idr)\s*/i.exec(s);
  if (currency) s = s.slice(currency[0].length);
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  // A trailing ",-" / ".-" / ",00-" style dash means "no cents".
  s = s.replace(/[.,]?-+$/, "").trim();
  s = s.replace(/ /g, "");
  if (!/^[0-9][0-9.,]*$/.test(s) || /[.,]$/.test(s)) return null;

  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let intPart = s;
  let fraction = "";
  const lastSep = Math.max(lastDot, lastComma);
  if (lastSep >= 0) {
    const sep = s[lastSep] as string;
    const tail = s.length - lastSep - 1;
    const other = sep === "." ? "," : ".";
    const sepCount = s.split(sep).length - 1;
    const isDecimal = (s.includes(other) || sepCount === 1) && tail >= 1 && tail <= 2;
    if (isDecimal) {
      intPart = s.slice(0, lastSep);
      fraction = s.slice(lastSep + 1);
    }
    if (!groupsOk(intPart)) return null;
    intPart = intPart.replace(/[.,]/g, "");
  }
  const value = Number(`${intPart}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return null;
  const amount = wholeRupiah(value);
  return negative && amount !== 0 ? -amount : amount;
}

/** "1.565.914" is grouped by thousands with one separator kind; "1.5.6" or "1.565,914" is not. */
function groupsOk(intPart: string): boolean {
  if (!/[.,]/.test(intPart)) return true;
  const hasDot = intPart.includes(".");
  const hasComma = intPart.includes(",");
  if (hasDot && hasComma) return false;
  const groups = intPart.split(hasDot ? "." : ",");
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  return rest.every((g) => g.length === 3);
}
