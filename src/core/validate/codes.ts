import type { MessageKey } from "../i18n/catalog";

/**
 * Every code the built-in rules emit. Stable: the task pane, tests and users' ignore lists refer to
 * them. Each has its message under `rule.<code>` in both catalogs (checked below at compile time).
 */
export const RULE_CODES = [
  "table.noRows",
  "table.contentOutside",
  "cell.textTooLong",
  "meta.yearMismatch",
  "meta.yearMissing",
  "meta.titleYearMissing",
  "meta.unitMissing",
  "block.numberMissing",
  "block.numberSkipped",
  "block.numberRepeated",
  "block.sasaranMissing",
  "block.codeMissing",
  "block.budgetMissing",
  "block.budgetError",
  "block.budgetNegative",
  "block.budgetText",
  "block.budgetUnreadable",
  "row.budgetMissing",
  "row.budgetError",
  "row.budgetNegative",
  "row.budgetText",
  "row.budgetUnreadable",
  "row.indicatorMissing",
  "row.kegiatanMissing",
  "row.targetMissing",
  "row.targetNotNumber",
  "row.targetPercentRange",
  "row.noMonth",
  "row.noQuarter",
  "row.periodInvalid",
  "row.pelaksanaMissing",
  "row.indicatorDuplicate",
  "total.mismatch",
  "total.unchecked",
  "total.error",
  "total.amountMissing",
  "total.text",
  "total.unreadable",
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

type Assert<T extends true> = T;
/** Fails to compile, naming the code, when a rule code has no message in the catalogs. */
export type EveryCodeHasAMessage = Assert<
  [Exclude<`rule.${RuleCode}`, MessageKey>] extends [never]
    ? true
    : { missing: Exclude<`rule.${RuleCode}`, MessageKey> }
>;
