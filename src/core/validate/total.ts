import { a1, cellRange } from "../address";
import type { Finding } from "../findings";
import type { Plan } from "../model";
import type { Rule } from "./rule";
import { finding, rangeOf } from "./rule";
import { displayValue, isBlank } from "./text";

/**
 * The formula that would make the total right: a SUM over the budget column's data rows, or, when
 * the table has subtotal rows, SUBTOTAL(9, ...), which skips them instead of counting them twice.
 */
export function totalFormula(plan: Plan): string {
  const col = plan.header.budgetCol;
  if (col === null) return "";
  const range = `${a1(plan.firstDataRow, col)}:${a1(plan.lastDataRow, col)}`;
  return plan.blocks.some((b) => b.subtotalRow) ? `=SUBTOTAL(9,${range})` : `=SUM(${range})`;
}

/**
 * The total row ("Jumlah" / "Total") against the sum of the sasaran budgets. When a sasaran budget
 * is itself missing or unreadable the comparison is skipped: that budget's own finding is the cause,
 * and a second finding about the difference would only repeat it.
 */
export const totalRow: Rule = (plan: Plan): Finding[] => {
  const { total } = plan;
  const budgetCol = plan.header.budgetCol;
  if (!total || budgetCol === null || plan.budgetLayout === "none") return [];
  const money = total.amount;
  const range = money ? rangeOf(money) : cellRange(total.row, budgetCol);
  const formula = totalFormula(plan);
  const expected = plan.totalBudget;
  if (money?.error) return [finding("total.error", "error", range, { error: money.error, formula })];
  if (!money || money.amount === null) {
    if (!money || isBlank(money.raw)) return [finding("total.amountMissing", "warning", range, { formula, expected })];
    return [finding("total.unreadable", "error", range, { value: displayValue(money.raw), formula })];
  }
  const findings: Finding[] = [];
  const budgetsKnown = plan.blocks.every((b) => b.budget !== null);
  if (budgetsKnown && Math.abs(money.amount - expected) >= 0.5) {
    findings.push(
      finding("total.mismatch", "error", range, {
        amount: money.amount,
        expected,
        difference: money.amount - expected,
        formula,
      }),
    );
  }
  if (money.typedAsText)
    findings.push(finding("total.text", "warning", range, { value: displayValue(money.raw), formula }));
  return findings;
};

export const totalRules: readonly Rule[] = [totalRow];
