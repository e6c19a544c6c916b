import { rangeA1 } from "../../../src/core/address";
import { planBudgetEdits, planTableTotals } from "../../../src/core/budget";
import type { Finding } from "../../../src/core/findings";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { validate } from "../../../src/core/validate";
import { fixturePresent, seedSnapshot } from "../budget/fixture";
import { blockSheet, planOf, rowSheet } from "../budget/grids";
import { SimWorkbook } from "../budget/simulate";

/**
 * Rakit's own edits must not make the checker complain: the JUMLAH row, the subtotal rows and the
 * Rekap sheet written by Anggaran read back as the same plan, with the same findings, each moved
 * down by the rows inserted above it.
 */
const SHEET = "RAK 2024";

function findingsBeforeAndAfter(snapshot: SheetSnapshot): { before: string[]; after: string[] } {
  const plan = planOf(snapshot);
  const { edits } = planBudgetEdits(plan, snapshot, { existingSheets: [SHEET], rpd: { lag: 1 } });
  const { rows } = planTableTotals(plan, snapshot);
  const moved = (f: Finding): string => {
    const range = { ...f.range, top: rows.final(f.range.top), bottom: rows.final(f.range.bottom) };
    return `${f.rule} ${f.severity} ${rangeA1(range)}`;
  };
  const again = planOf(SimWorkbook.from(snapshot).apply(edits).snapshot(SHEET));
  return {
    before: validate(plan).map(moved),
    after: validate(again).map((f) => `${f.rule} ${f.severity} ${f.address}`),
  };
}

describe("the checker after Rakit's budget edits", () => {
  it("finds the same on a per-row table with subtotal rows inserted", () => {
    const { before, after } = findingsBeforeAndAfter(rowSheet());
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it("reads the per-row table back with its sasaran, budgets and JUMLAH as before", () => {
    const snapshot = rowSheet();
    const plan = planOf(snapshot);
    const again = planOf(SimWorkbook.from(snapshot).apply(planBudgetEdits(plan, snapshot).edits).snapshot(SHEET));
    expect(again.blocks.map((b) => [b.no.value, b.budget, b.rows.length])).toEqual(
      plan.blocks.map((b) => [b.no.value, b.budget, b.rows.length]),
    );
    expect(again.blocks.map((b) => b.subtotalRow?.label.value)).toEqual(["Subtotal Sasaran 1", "Subtotal Sasaran 2"]);
    expect(again.totalBudget).toBe(plan.totalBudget);
    expect(again.total?.amount?.formula).toBe("=SUBTOTAL(9,R2:R8)");
  });

  it("suggests a SUBTOTAL for a wrong JUMLAH where subtotal rows are in the table", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planBudgetEdits(planOf(snapshot), snapshot).edits);
    wb.apply([{ kind: "setFormulas", sheet: SHEET, address: "R9", formulas: [[2000]] }]);
    const mismatch = validate(planOf(wb.snapshot(SHEET))).find((f) => f.rule === "total.mismatch");
    expect(mismatch?.params).toMatchObject({ amount: 2000, expected: 1658, formula: "=SUBTOTAL(9,R2:R8)" });
  });

  it("finds the same on a table with one budget per sasaran", () => {
    const { before, after } = findingsBeforeAndAfter(blockSheet());
    expect(after).toEqual(before);
  });

  (fixturePresent ? it : it.skip)("finds the same on the seed", async () => {
    const { before, after } = findingsBeforeAndAfter(await seedSnapshot());
    expect(after).toEqual(before);
  });
});
