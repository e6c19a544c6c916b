import { quoteSheetName } from "../../core/address";

/** Excel compares sheet names without regard to case ("rak 2024"!A1 finds 'RAK 2024'). */
export function sameSheet(a: string, b: string): boolean {
  return a === b || a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/**
 * The "Sheet!" prefix for a formula. Beyond the core's rule, a name that reads as a cell (AB12),
 * an R1C1 reference (R2C3, R, C) or a boolean must be quoted too, or the formula means something else.
 */
export function sheetPrefix(name: string): string {
  const quoted = quoteSheetName(name);
  if (quoted !== name) return `${quoted}!`;
  const looksLikeReference =
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^R\d*C?\d*$/i.test(name) ||
    /^C\d*$/i.test(name) ||
    /^(TRUE|FALSE)$/i.test(name);
  return looksLikeReference ? `'${name}'!` : `${name}!`;
}
