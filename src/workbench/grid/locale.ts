/**
 * The regional settings the grid imitates. Excel takes the decimal and thousands separators from the
 * system's regional settings, not from Office's display language: an English Office on an Indonesian
 * Windows still shows 312.406.404.000. So the grid's locale is its own setting (`?locale=` in the
 * workbench, Indonesian by default, as Rakit's users' machines are), independent of the pane's language.
 *
 * It governs numbers only: how a cell shows them (the number format's codes stay as stored), how the
 * cell editor starts with them ("0,5") and how typed numbers are read ("1.500.000", "0,5"). Formulas
 * stay in Excel's invariant syntax (as Office.js `formulas` are): "=SUM(A1:A3)", "=A1*0.5".
 */
import { EN_US_SEPARATORS, type NumberSeparators } from "../../host/model/text";

export interface GridLocale {
  /** BCP 47 tag, e.g. "id-ID". */
  readonly tag: string;
  readonly separators: NumberSeparators;
}

export const EN_US: GridLocale = { tag: "en-US", separators: EN_US_SEPARATORS };
export const ID_ID: GridLocale = { tag: "id-ID", separators: { decimal: ",", group: "." } };

/** The locale for a tag from the page's query ("en-US", "en", "id-ID"); Indonesian unless it names English. */
export function gridLocale(tag: string | null | undefined): GridLocale {
  return tag && /^en\b/i.test(tag.trim()) ? EN_US : ID_ID;
}

const INVARIANT_NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?([eE][+-]?\d+)?$/;

/** A plain number as the editor shows it: "1234.5" becomes "1234,5" in Indonesia (no thousands separators, as Excel's formula bar). */
export function localNumberText(invariant: string, locale: GridLocale): string {
  const m = INVARIANT_NUMBER.exec(invariant);
  if (!m || locale.separators.decimal === ".") return invariant;
  return `${m[1]}${m[2]}${m[3] === undefined ? "" : `${locale.separators.decimal}${m[3]}`}${m[4] ?? ""}`;
}

/**
 * Typed text as Excel in this locale reads it, turned into what the host's (en-US) typed input reads
 * the same way: "1.500.000" and "0,5" typed in Indonesia become "1500000" and "0.5". Anything else
 * (text, formulas, dates, en-US-looking numbers) is passed on as typed. Percentages and currency
 * symbols are not read as numbers (the host's typed input does not model them either).
 */
export function toInvariantInput(typed: string, locale: GridLocale): string {
  if (locale.separators.decimal === ".") return typed;
  const number = localNumberPattern(locale).exec(typed.trim());
  if (!number) return typed;
  const [, sign = "", int = "", decimals, exponent = ""] = number;
  const digits = int.split(locale.separators.group).join("");
  return `${sign}${digits}${decimals === undefined ? "" : `.${decimals}`}${exponent}`;
}

/** Text that typed input in this locale would read as a number (the editor then keeps it text with an apostrophe). */
export function readsAsLocalNumber(text: string, locale: GridLocale): boolean {
  return locale.separators.decimal !== "." && localNumberPattern(locale).test(text.trim());
}

const patterns = new Map<string, RegExp>();

/**
 * Digits with correctly placed thousands separators, or none, then an optional decimal part and
 * exponent. Made once per pair of separators: the editor's text is worked out for every drawn cell.
 */
function localNumberPattern(locale: GridLocale): RegExp {
  const { group, decimal } = locale.separators;
  let pattern = patterns.get(group + decimal);
  if (!pattern) {
    const [g, d] = [escape(group), escape(decimal)];
    pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?([eE][+-]?\\d+)?$`);
    patterns.set(group + decimal, pattern);
  }
  return pattern;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
