import type { Finding, Severity } from "../findings";
import type { Plan } from "../model";
import { blockRules } from "./blocks";
import { budgetRules } from "./budget";
import { metaRules } from "./meta";
import type { Rule } from "./rule";
import { rowRules } from "./rows";
import { tableRules } from "./table";
import { totalRules } from "./total";

export type { Rule, FindingParams } from "./rule";
export { customFinding, finding } from "./rule";
export type { RuleCode } from "./codes";
export { RULE_CODES } from "./codes";
export { totalFormula } from "./total";
export { isKpuPlan } from "./kpu";

/** The built-in rules, in the order their findings are listed when two share a cell. */
export const defaultRules: readonly Rule[] = [
  ...tableRules,
  ...metaRules,
  ...blockRules,
  ...budgetRules,
  ...rowRules,
  ...totalRules,
];

export interface ValidateOptions {
  /** Rules run after the built-in ones (e.g. season checks from a catalog). */
  readonly extraRules?: readonly Rule[];
  /** Rule codes to leave out, e.g. a check the user switched off. */
  readonly ignore?: readonly string[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks a plan and returns its findings, top to bottom and left to right as on the sheet (errors
 * first where two share a cell). Never throws for a bad plan: every problem is a finding.
 */
export function validate(plan: Plan, options: ValidateOptions = {}): Finding[] {
  const rules = [...defaultRules, ...(options.extraRules ?? [])];
  const ignore = new Set(options.ignore ?? []);
  return inSheetOrder(rules.flatMap((rule) => rule(plan)).filter((f) => !ignore.has(f.rule)));
}

/** Top to bottom, left to right, errors first on a shared cell; otherwise in the order given. */
export function inSheetOrder(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable, so findings on the same cell keep the rules' order.
  return [...findings].sort(
    (a, b) =>
      a.range.top - b.range.top || a.range.left - b.range.left || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}
