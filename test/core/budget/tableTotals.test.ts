import { planTableTotals } from "../../../src/core/budget";
import { readPlan } from "../../../src/core/reader";
import { validate } from "../../../src/core/validate";
import { blockSheet, m, planOf, rak, rowSheet } from "./grids";
import { SimWorkbook } from "./simulate";

const SHEET = "RAK 2024";

describe("the JUMLAH row, one budget per sasaran", () => {
  it("is inserted under the last data row, merged, bold, bordered, with a SUM formula", () => {
    const snapshot = blockSheet();
    const { edits, notes } = planTableTotals(planOf(snapshot), snapshot);
    expect(edits).toEqual([
      { kind: "insertRows", sheet: SHEET, row: 5, count: 1 },
      { kind: "merge", sheet: SHEET, address: "A6:Q6" },
      { kind: "setValues", sheet: SHEET, address: "A6", values: [["JUMLAH"]], requireEmpty: true },
      { kind: "setFormulas", sheet: SHEET, address: "R6", formulas: [["=SUM(R2:R5)"]], requireEmpty: true },
      { kind: "setNumberFormat", sheet: SHEET, address: "R6", format: "#,##0" },
      { kind: "setFont", sheet: SHEET, address: "A6:S6", font: { bold: true } },
      { kind: "setBorders", sheet: SHEET, address: "A6:S6", borders: { style: "thin" } },
    ]);
    expect(notes).toEqual([
      { key: "budget.note.totalInserted", params: { label: "JUMLAH", row: 6, formula: "=SUM(R2:R5)" } },
    ]);
  });

  it("moves the signature block down instead of writing over anything", () => {
    const snapshot = blockSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    const s = wb.sheet(SHEET);
    expect(s.text("N8")).toBe("Prabumulih, 2 Januari 2024");
    expect(s.text("N9")).toBe("SEKRETARIS,");
    expect(s.text("R6")).toBe("=SUM(R2:R5)");
    expect(wb.value(SHEET, "R6")).toBe(1901);
  });

  it("is read back as the table's total row, and a re-run plans nothing new", () => {
    const snapshot = blockSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    const again = wb.snapshot(SHEET);
    const plan = planOf(again);
    expect(plan.total?.row).toBe(5);
    expect(plan.total?.amount?.amount).toBe(1901);
    expect(plan.meta.signature.placeDate?.address).toBe("N8");
    expect(validate(plan).filter((f) => f.rule.startsWith("total."))).toEqual([]);

    const rerun = planTableTotals(plan, again);
    expect(rerun.edits).toEqual([]);
    expect(rerun.notes).toEqual([
      { key: "budget.note.totalUpToDate", params: { address: "R6", formula: "=SUM(R2:R5)" } },
    ]);
  });

  it("replaces a typed total with the formula, and says so", () => {
    const snapshot = blockSheet([["JUMLAH", null, null, null, null, ...m(), 1900, null]], {
      merges: ["A2:A4", "B2:B4", "R2:R4", "A6:Q6"],
    });
    const { edits, notes } = planTableTotals(planOf(snapshot), snapshot);
    expect(edits).toEqual([
      { kind: "setFormulas", sheet: SHEET, address: "R6", formulas: [["=SUM(R2:R5)"]] },
      { kind: "setNumberFormat", sheet: SHEET, address: "R6", format: "#,##0" },
    ]);
    expect(notes).toEqual([
      { key: "budget.note.totalNumberReplaced", params: { address: "R6", amount: 1900, formula: "=SUM(R2:R5)" } },
    ]);
    const wb = SimWorkbook.from(snapshot).apply(edits);
    expect(wb.value(SHEET, "R6")).toBe(1901);
  });

  it("replaces a wrong formula, fills an empty total cell, and keeps an equivalent one", () => {
    const withTotal = (value: number | string | null, formula?: string) =>
      blockSheet(
        [["Jumlah", null, null, null, null, ...m(), value, null]],
        formula ? { formulas: { R6: formula } } : {},
      );

    const wrong = withTotal(900, "=SUM(R2:R4)");
    const replaced = planTableTotals(planOf(wrong), wrong);
    expect(replaced.notes).toEqual([
      {
        key: "budget.note.totalFormulaReplaced",
        params: { address: "R6", old: "=SUM(R2:R4)", formula: "=SUM(R2:R5)" },
      },
    ]);
    expect(replaced.edits[0]).toEqual({
      kind: "setFormulas",
      sheet: SHEET,
      address: "R6",
      formulas: [["=SUM(R2:R5)"]],
    });

    const empty = withTotal(null);
    expect(planTableTotals(planOf(empty), empty).notes).toEqual([
      { key: "budget.note.totalFilled", params: { address: "R6", formula: "=SUM(R2:R5)" } },
    ]);

    const text = withTotal("Rp 1.901");
    expect(planTableTotals(planOf(text), text).notes[0]?.key).toBe("budget.note.totalValueReplaced");

    for (const same of ["=SUM($R$2:$R$5)", "=sum(R2:R5)", "=SUBTOTAL(9,R2:R5)"]) {
      const ok = withTotal(1901, same);
      expect(planTableTotals(planOf(ok), ok).edits).toEqual([]);
    }
  });

  it("writes labels in English when asked", () => {
    const snapshot = blockSheet();
    const { edits } = planTableTotals(planOf(snapshot), snapshot, { lang: "en" });
    expect(edits).toContainEqual({
      kind: "setValues",
      sheet: SHEET,
      address: "A6",
      values: [["TOTAL"]],
      requireEmpty: true,
    });
  });

  it("plans nothing for a table without a budget column, and says why", () => {
    const snapshot = rak([[1, "Satu (1111)", "a", 1, "k", ...m(1)]]);
    const headless = { ...snapshot, values: snapshot.values.map((r) => r.slice(0, 17)) };
    const { edits, notes } = planTableTotals(planOf(headless), headless);
    expect(edits).toEqual([]);
    expect(notes).toEqual([{ key: "budget.note.noBudgetColumn", params: {} }]);
  });
});

describe("subtotals, a budget per row", () => {
  it("inserts a subtotal row under each sasaran and a JUMLAH that skips them", () => {
    const snapshot = rowSheet();
    const { edits, notes } = planTableTotals(planOf(snapshot), snapshot);
    // Inserted bottom-up, each at its row as read: rows 5 (under sasaran 1) and 7 (under sasaran 2
    // and, below it, the JUMLAH row).
    expect(edits.filter((e) => e.kind === "insertRows")).toEqual([
      { kind: "insertRows", sheet: SHEET, row: 6, count: 2 },
      { kind: "insertRows", sheet: SHEET, row: 4, count: 1 },
    ]);
    const formulas = edits.flatMap((e) =>
      e.kind === "setFormulas" ? [`${e.address} ${String(e.formulas[0]?.[0])}`] : [],
    );
    expect(formulas).toEqual(["R5 =SUBTOTAL(9,R2:R4)", "R8 =SUBTOTAL(9,R6:R7)", "R9 =SUBTOTAL(9,R2:R8)"]);
    const labels = edits.flatMap((e) => (e.kind === "setValues" ? [`${e.address} ${String(e.values[0]?.[0])}`] : []));
    expect(labels).toEqual(["A5 Subtotal Sasaran 1", "A8 Subtotal Sasaran 2", "A9 JUMLAH"]);
    expect(edits).toContainEqual({ kind: "setBorders", sheet: SHEET, address: "A5:S5", borders: { style: "thin" } });
    expect(edits).toContainEqual({
      kind: "setFont",
      sheet: SHEET,
      address: "A8:S8",
      font: { bold: true, italic: true },
    });
    expect(notes.map((n) => n.key)).toEqual(["budget.note.totalInserted", "budget.note.subtotalsInserted"]);
  });

  it("puts every formula on the right cells once the rows are in", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    const s = wb.sheet(SHEET);
    // The data moved with the inserted rows: sasaran 2 now starts in row 6.
    expect(s.text("A6")).toBe("2");
    expect(s.text("R6")).toBe("1000");
    expect(wb.value(SHEET, "R5")).toBe(651);
    expect(wb.value(SHEET, "R8")).toBe(1007);
    expect(wb.value(SHEET, "R9")).toBe(1658);
    // A subtotal's label spans No..Kegiatan (A:E); JUMLAH's spans everything left of the budget (A:Q).
    expect(s.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 4 });
    expect(s.merges).toContainEqual({ top: 8, left: 0, bottom: 8, right: 16 });
    expect(s.merges).toContainEqual({ top: 5, left: 0, bottom: 6, right: 0 });
    expect(s.text("N11")).toBe("Prabumulih, 2 Januari 2024");
  });

  it("is idempotent: a re-run finds its subtotal rows and JUMLAH and plans nothing", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    const again = wb.snapshot(SHEET);
    const plan = planOf(again);
    const rerun = planTableTotals(plan, again);
    expect(rerun.edits).toEqual([]);
    expect(rerun.notes).toEqual([
      { key: "budget.note.totalUpToDate", params: { address: "R9", formula: "=SUBTOTAL(9,R2:R8)" } },
    ]);
  });

  it("adds the subtotal a new sasaran lacks and widens the JUMLAH", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    // The user adds sasaran 3 under the last subtotal, above JUMLAH.
    wb.apply([
      { kind: "insertRows", sheet: SHEET, row: 8, count: 1 },
      { kind: "setValues", sheet: SHEET, address: "A9:E9", values: [[3, "Baru (3333)", "f", 1, "k"]] },
      { kind: "setValues", sheet: SHEET, address: "R9:S9", values: [[40, "Subbagian Teknis"]] },
      { kind: "setValues", sheet: SHEET, address: "F9", values: [["v"]] },
    ]);
    const again = wb.snapshot(SHEET);
    const rerun = planTableTotals(planOf(again), again);
    expect(rerun.edits.filter((e) => e.kind === "insertRows")).toEqual([
      { kind: "insertRows", sheet: SHEET, row: 9, count: 1 },
    ]);
    wb.apply(rerun.edits);
    expect(wb.sheet(SHEET).text("A10")).toBe("Subtotal Sasaran 3");
    expect(wb.sheet(SHEET).text("R10")).toBe("=SUBTOTAL(9,R9:R9)");
    expect(wb.sheet(SHEET).text("R11")).toBe("=SUBTOTAL(9,R2:R10)");
    expect(wb.value(SHEET, "R11")).toBe(1698);
  });

  it("corrects a subtotal formula that no longer covers its sasaran, and says so", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    wb.apply([{ kind: "setFormulas", sheet: SHEET, address: "R5", formulas: [["=SUBTOTAL(9,R2:R3)"]] }]);
    const again = wb.snapshot(SHEET);
    const rerun = planTableTotals(planOf(again), again);
    expect(rerun.edits).toEqual([
      { kind: "setFormulas", sheet: SHEET, address: "R5", formulas: [["=SUBTOTAL(9,R2:R4)"]] },
      { kind: "setNumberFormat", sheet: SHEET, address: "R5", format: "#,##0" },
    ]);
    expect(rerun.notes[0]).toEqual({
      key: "budget.note.subtotalReplaced",
      params: { address: "R5", old: "=SUBTOTAL(9,R2:R3)", formula: "=SUBTOTAL(9,R2:R4)" },
    });
  });

  it("slots a subtotal in for a sasaran added between two others, moving the rest", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    // A new sasaran in row 6, under Subtotal Sasaran 1; sasaran 2 moves to rows 7-8.
    wb.apply([
      { kind: "insertRows", sheet: SHEET, row: 5, count: 1 },
      { kind: "setValues", sheet: SHEET, address: "A6:F6", values: [[2, "Sisipan (4444)", "f", 1, "k", "v"]] },
      { kind: "setValues", sheet: SHEET, address: "R6:S6", values: [[5, "Subbagian Hukum"]] },
    ]);
    const again = wb.snapshot(SHEET);
    const rerun = planTableTotals(planOf(again), again);
    expect(rerun.edits.filter((e) => e.kind === "insertRows")).toEqual([
      { kind: "insertRows", sheet: SHEET, row: 6, count: 1 },
    ]);
    wb.apply(rerun.edits);
    const s = wb.sheet(SHEET);
    expect(["R5", "R7", "R10", "R11"].map((a) => s.text(a))).toEqual([
      "=SUBTOTAL(9,R2:R4)",
      "=SUBTOTAL(9,R6:R6)",
      "=SUBTOTAL(9,R8:R9)",
      "=SUBTOTAL(9,R2:R10)",
    ]);
    expect(["R5", "R7", "R10", "R11"].map((a) => wb.value(SHEET, a))).toEqual([651, 5, 1007, 1663]);
  });

  it("can leave subtotals out: then the JUMLAH is a plain SUM", () => {
    const snapshot = rowSheet();
    const { edits } = planTableTotals(planOf(snapshot), snapshot, { subtotals: false });
    expect(edits.filter((e) => e.kind === "insertRows")).toEqual([
      { kind: "insertRows", sheet: SHEET, row: 6, count: 1 },
    ]);
    expect(edits).toContainEqual({
      kind: "setFormulas",
      sheet: SHEET,
      address: "R7",
      formulas: [["=SUM(R2:R6)"]],
      requireEmpty: true,
    });
  });

  it("is what the reader reads back: the subtotal rows on their sasaran, not as sasaran of their own", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    const read = readPlan(wb.snapshot(SHEET));
    if (!read.ok) throw new Error("no table");
    expect(read.plan.total?.amount?.amount).toBe(1658);
    expect(read.plan.blocks.map((b) => [b.no.value, b.subtotalRow?.row])).toEqual([
      [1, 4],
      [2, 7],
    ]);
    expect(read.plan.totalBudget).toBe(1658);
  });
});
