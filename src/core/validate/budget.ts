import type { RangeRef } from "../address";
import { cellRange } from "../address";
import type { Finding } from "../findings";
import type { Money, Plan } from "../model";
import type { FindingParams, Rule } from "./rule";
import { finding, rangeOf, sheetRow } from "./rule";
import { blockLabel } from "./blocks";
import { displayValue, isBlank, isNilMark } from "./text";

type Problem = "Missing" | "Error" | "Negative" | "Text" | "Unreadable";

/**
 * What is wrong with one budget cell, if anything. `nilAllowed`: a "-" means "no budget" (fine on a
 * per-row budget, where some kegiatan cost nothing; a whole sasaran without a budget is not).
 */
function budgetProblem(money: Money | null, nilAllowed: boolean): { problem: Problem; params: FindingParams } | null {
  if (money === null) return { problem: "Missing", params: {} };
  if (money.error !== null) return { problem: "Error", params: { error: money.error } };
  if (money.amount === null) {
    if (isBlank(money.raw)) return { problem: "Missing", params: {} };
    if (isNilMark(money.raw)) return nilAllowed ? null : { problem: "Missing", params: {} };
    return { problem: "Unreadable", params: { value: displayValue(money.raw) } };
  }
  if (money.amount < 0) return { problem: "Negative", params: { amount: money.amount } };
  if (money.typedAsText) return { problem: "Text", params: { amount: money.amount, value: displayValue(money.raw) } };
  return null;
}

function severityOf(problem: Problem, scope: "block" | "row"): "error" | "warning" {
  if (problem === "Text") return "warning";
  // A blank per-row budget may just be a kegiatan without cost; a blank sasaran budget is an omission.
  if (problem === "Missing" && scope === "row") return "warning";
  return "error";
}

function cellOf(money: Money | null, row: number, budgetCol: number): RangeRef {
  return money ? rangeOf(money) : cellRange(row, budgetCol);
}

/** Block layout: each sasaran's merged Perkiraan Biaya cell. Row layout: each row's own cell. */
export const budgets: Rule = (plan: Plan): Finding[] => {
  const budgetCol = plan.header.budgetCol;
  if (budgetCol === null || plan.budgetLayout === "none") return [];
  const findings: Finding[] = [];
  plan.blocks.forEach((block, i) => {
    if (plan.budgetLayout === "block") {
      const found = budgetProblem(block.budgetCell, false);
      if (!found) return;
      findings.push(
        finding(
          `block.budget${found.problem}`,
          severityOf(found.problem, "block"),
          cellOf(block.budgetCell, block.firstRow, budgetCol),
          {
            block: blockLabel(block, i),
            row: sheetRow(block.firstRow),
            ...found.params,
          },
        ),
      );
      return;
    }
    for (const row of block.rows) {
      // No Money at all: the row's cell is covered by a budget merged down from an earlier row,
      // whose amount covers this row too. Not a missing budget.
      if (row.budget === null) continue;
      const found = budgetProblem(row.budget, true);
      if (!found) continue;
      findings.push(
        finding(
          `row.budget${found.problem}`,
          severityOf(found.problem, "row"),
          cellOf(row.budget, row.row, budgetCol),
          {
            row: sheetRow(row.row),
            ...found.params,
          },
        ),
      );
    }
  });
  return findings;
};

export const budgetRules: readonly Rule[] = [budgets];
