import { a1, cellRange } from "../address";
import type { Finding } from "../findings";
import type { Plan } from "../model";
import { blockLabel } from "./blocks";
import type { Rule } from "./rule";
import { finding, rangeOf } from "./rule";
import { displayValue, isBlank } from "./text";

const SUBTOTAL_FORMULA = /^=\s*SUBTOTAL\s*\(/i;

/**
 * The formula that would make the total right: a SUM over the budget column's data rows; where the
 * table has subtotal rows, SUBTOTAL(9, ...), which skips them instead of counting them twice, when
 * they are SUBTOTALs themselves, else a SUM of each sasaran's rows, around the subtotal rows.
 */
export function totalFormula(plan: Plan): string {
  const col = plan.header.budgetCol;
  if (col === null) return "";
  const range = `${a1(plan.firstDataRow, col)}:${a1(plan.lastDataRow, col)}`;
  const subtotals = plan.blocks.flatMap((b) => (b.subtotalRow ? [b.subtotalRow] : []));
  if (subtotals.length === 0) return `=SUM(${range})`;
  if (subtotals.every((s) => SUBTOTAL_FORMULA.test(s.amount.formula ?? ""))) return `=SUBTOTAL(9,${range})`;
  const parts = plan.blocks.map((b) =>
    b.firstRow === b.lastRow ? a1(b.firstRow, col) : `${a1(b.firstRow, col)}:${a1(b.lastRow, col)}`,
  );
  return `=SUM(${parts.join(",")})`;
}

/**
 * The total row ("Jumlah" / "Total") against the sum of the sasaran budgets. When a sasaran budget
 * is itself missing or unreadable the comparison is impossible: that budget's own finding is the
 * cause, and an info names the sasaran whose budgets keep the total from being checked.
 */
export const totalRow: Rule = (plan: Plan): Finding[] => {
  const { total } = plan;
  const budgetCol = plan.header.budgetCol;
  if (!total || budgetCol === null || plan.budgetLayout === "none") return [];
  const money = total.amount;
  const range = money ? rangeOf(money) : cellRange(total.row, budgetCol);
  const formula = totalFormula(plan);
  const expected = plan.totalBudget ?? 0;
  if (money?.error) return [finding("total.error", "error", range, { error: money.error, formula })];
  if (!money || money.amount === null) {
    if (!money || isBlank(money.raw)) return [finding("total.amountMissing", "warning", range, { formula, expected })];
    return [finding("total.unreadable", "error", range, { value: displayValue(money.raw), formula })];
  }
  const findings: Finding[] = [];
  const unknown = plan.blocks.flatMap((b, i) => (b.budget === null ? [blockLabel(b, i)] : []));
  if (unknown.length > 0) {
    findings.push(finding("total.unchecked", "info", range, { blocks: unknown.join(", ") }));
  } else if (Math.abs(money.amount - expected) >= 0.5) {
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
