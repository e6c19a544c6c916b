import { readPlan } from "../../../src/core/reader";
import { row } from "../../helpers/sheet";
import { sheet } from "../../helpers/sheet";
import { HEAD, allRows, m, read } from "./table";

/**
 * Budgets per row with a subtotal row under each sasaran, as Rakit writes them: the label merged
 * over No..Kegiatan (A:E), the month cells single and empty, SUBTOTAL(9, ...) in the budget column,
 * and a JUMLAH row that uses SUBTOTAL too.
 */
// prettier-ignore
const ROWS = [
  HEAD,
  [1, "Perencanaan Program (6709)", "Indikator a", 95, "Kegiatan a", ...m(1, 2, 3), 300, "Subbagian Rendatin"],
  ["", "", "Indikator b", 95, "Kegiatan b", ...m(2), 250, "Subbagian Hukum"],
  ["", "", "Indikator c", 90, "Kegiatan c", ...m(12), 101, "Subbagian Rendatin"],
  ["Subtotal Sasaran 1", "", "", "", "", ...m(), 651, ""],
  [2, "Kampanye (6870)", "Indikator d", 100, "Kegiatan d", ...m(4, 5), 1000, "Subbagian Teknis"],
  ["", "", "Indikator e", 100, "Kegiatan e", ...m(), 7, "Subbagian Teknis"],
  ["Subtotal Sasaran 2", "", "", "", "", ...m(), 1007, ""],
  ["JUMLAH", ...Array.from({ length: 16 }, () => ""), 1658, ""],
];
const OPTIONS = {
  merges: ["A2:A4", "B2:B4", "A5:E5", "A6:A7", "B6:B7", "A8:E8", "A9:Q9"],
  formulas: { R5: "=SUBTOTAL(9,R2:R4)", R8: "=SUBTOTAL(9,R6:R7)", R9: "=SUBTOTAL(9,R2:R8)" },
};

describe("subtotal rows under the sasaran", () => {
  const plan = read(ROWS, OPTIONS);

  it("are neither data rows nor blocks: two sasaran, five rows", () => {
    expect(plan.blocks.map((b) => b.no.value)).toEqual([1, 2]);
    expect(plan.blocks.map((b) => [b.firstRow, b.lastRow])).toEqual([
      [row(2), row(4)],
      [row(6), row(7)],
    ]);
    expect(allRows(plan).map((r) => r.row)).toEqual([row(2), row(3), row(4), row(6), row(7)]);
    expect(plan.budgetLayout).toBe("row");
  });

  it("are recorded on the block they total, with their label and amount", () => {
    expect(plan.blocks[0]?.subtotalRow).toMatchObject({
      row: row(5),
      label: { value: "Subtotal Sasaran 1", address: "A5" },
      amount: { amount: 651, address: "R5", formula: "=SUBTOTAL(9,R2:R4)" },
    });
    expect(plan.blocks[1]?.subtotalRow?.row).toBe(row(8));
  });

  it("do not count twice: the budgets add up to what the rows hold", () => {
    expect(plan.blocks.map((b) => b.budget)).toEqual([651, 1007]);
    expect(plan.totalBudget).toBe(1658);
    expect(plan.total?.row).toBe(row(9));
    expect([plan.firstDataRow, plan.lastDataRow]).toEqual([row(2), row(8)]);
  });

  it("are found with merges unknown too (ExcelApi < 1.13)", () => {
    const noMerges = read(ROWS, { formulas: OPTIONS.formulas, mergesUnknown: true });
    expect(noMerges.blocks.map((b) => [b.no.value, b.subtotalRow?.row ?? null])).toEqual([
      [1, row(5)],
      [2, row(8)],
    ]);
    expect(noMerges.totalBudget).toBe(1658);
  });

  it("may be made by hand: a label in Kegiatan and no merge", () => {
    const hand = read(
      [
        HEAD,
        [1, "Perencanaan (6709)", "a", 95, "k1", ...m(1), 300, "P"],
        ["", "", "b", 95, "k2", ...m(2), 200, "P"],
        ["", "", "", "", "Jumlah sasaran 1", ...m(), 500, ""],
        [2, "Kampanye (6870)", "c", 100, "k3", ...m(3), 50, "P"],
      ],
      { formulas: { R4: "=SUBTOTAL(9,R2:R3)" } },
    );
    expect(hand.blocks.map((b) => b.no.value)).toEqual([1, 2]);
    expect(hand.blocks[0]?.subtotalRow?.label).toMatchObject({ value: "Jumlah sasaran 1", address: "E4" });
    expect(hand.totalBudget).toBe(550);
  });

  it("a row that plans a month is a data row, whatever its budget formula", () => {
    const marked = read(
      [HEAD, [1, "S (6709)", "a", 95, "k1", ...m(1), 300, "P"], ["", "", "b", 95, "k2", ...m(2), 300, "P"]],
      { formulas: { R3: "=SUBTOTAL(9,R2:R2)" } },
    );
    expect(allRows(marked)).toHaveLength(2);
    expect(marked.blocks[0]?.subtotalRow).toBeUndefined();
  });

  it("rows under a sasaran's subtotal that name no sasaran make a block of their own", () => {
    const after = read(
      [
        HEAD,
        [1, "S (6709)", "a", 95, "k1", ...m(1), 300, "P"],
        ["", "", "b", 95, "k2", ...m(2), 200, "P"],
        ["Subtotal Sasaran 1", "", "", "", "", ...m(), 500, ""],
        ["", "", "c", 95, "k3", ...m(3), 40, "P"],
      ],
      { formulas: { R4: "=SUBTOTAL(9,R2:R3)" }, merges: ["A4:E4"] },
    );
    expect(after.blocks.map((b) => [b.no.value, b.title.value, b.rows.length])).toEqual([
      [1, "S (6709)", 2],
      [null, "", 1],
    ]);
    expect(after.totalBudget).toBe(540);
  });

  it("is not read where the table has no budget column", () => {
    const result = readPlan(
      sheet([
        ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "Pelaksana"],
        [1, "S (6709)", "A", 95, "k", "PJ"],
      ]),
    );
    expect(result.ok && result.plan.blocks[0]?.subtotalRow).toBeUndefined();
  });
});
