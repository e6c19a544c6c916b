import type { RangeRef } from "../address";
import { cellRange, parseRangeA1, rangeA1 } from "../address";
import type { Finding, Severity } from "../findings";
import type { Plan } from "../model";
import type { RuleCode } from "./codes";

/**
 * A rule is a pure function from a plan to its findings. The validator runs a list of them, so a
 * later check (season dates from a catalog, say) is one more function in the list.
 * Each finding's `rule` code must have a message under `rule.<code>` in the i18n catalogs.
 */
export type Rule = (plan: Plan) => readonly Finding[];

export type FindingParams = Readonly<Record<string, string | number>>;

/** A finding of a built-in rule (its code is checked against the catalogs). */
export function finding(rule: RuleCode, severity: Severity, range: RangeRef, params: FindingParams = {}): Finding {
  return { rule, severity, range, address: rangeA1(range), params };
}

/** The range of something the reader located: its address may name a single cell or a merged area. */
export function rangeOf(located: { readonly address: string; readonly row?: number; readonly col?: number }): RangeRef {
  // A located value knows its cell; parsing the address back is only for what carries an address alone.
  if (located.row !== undefined && located.col !== undefined && !located.address.includes(":")) {
    return cellRange(located.row, located.col);
  }
  return parseRangeA1(located.address);
}

export function rowRange(row: number, firstCol: number, lastCol: number): RangeRef {
  return { top: row, left: firstCol, bottom: row, right: lastCol };
}

/**
 * For rules added from outside (`validate(plan, { extraRules })`) whose codes are not in
 * `RULE_CODES`: their messages must be added to the catalogs under `rule.<code>`.
 */
export function customFinding(rule: string, severity: Severity, range: RangeRef, params: FindingParams = {}): Finding {
  return { rule, severity, range, address: rangeA1(range), params };
}

export { cellRange };

/** 1-based sheet row, as users see it in messages. */
export function sheetRow(row: number): number {
  return row + 1;
}
