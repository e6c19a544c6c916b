import { planRpd, planRpdSheet, RPD_SHEET } from "../../../src/core/budget";
import { blockSheet, m, planOf, rak } from "./grids";
import { SimWorkbook } from "./simulate";

const yearEnd = rak([
  [1, "Satu (1111)", "a", 1, "k", ...m(10, 11, 12), 1000, "P"],
  [2, "Dua (2222)", "b", 1, "k", ...m(1), 50, "P"],
]);

describe("planRpd", () => {
  it("spreads each sasaran's budget over its months, as the Rekap does", () => {
    const rpd = planRpd(planOf(blockSheet()));
    expect(rpd.lag).toBe(0);
    expect(rpd.labels.slice(0, 3)).toEqual(["B1", "B2", "B3"]);
    expect(rpd.rows.map((r) => [r.no, r.budget, r.amounts.slice(0, 4), r.unscheduled])).toEqual([
      [1, 900, [300, 300, 300, 0], 0],
      [2, 1001, [0, 0, 0, 0], 1001],
    ]);
    expect(rpd.totals.slice(0, 4)).toEqual([300, 300, 300, 0]);
    expect(rpd.unscheduled).toBe(1001);
    expect(rpd.total).toBe(1901);
    expect(rpd.notes).toEqual([{ key: "rpd.note.draft", params: {} }]);
  });

  it("shifts every share one month later with a payment lag", () => {
    const rpd = planRpd(planOf(blockSheet()), { lag: 1 });
    expect(rpd.rows[0]?.amounts.slice(0, 5)).toEqual([0, 300, 300, 300, 0]);
    expect(rpd.notes.map((n) => n.key)).toEqual(["rpd.note.draft", "rpd.note.lagMonth"]);
  });

  it("keeps December's share in December: the budget year ends there", () => {
    const rpd = planRpd(planOf(yearEnd), { lag: 1 });
    expect(rpd.rows[0]?.amounts.slice(9)).toEqual([0, 333, 667]);
    expect(rpd.rows[1]?.amounts.slice(0, 2)).toEqual([0, 50]);
    expect(rpd.total).toBe(1050);
  });
});

describe("the RPD Draf sheet", () => {
  it("holds formulas that give the draft's numbers, with or without the lag", () => {
    for (const lag of [0, 1] as const) {
      const snapshot = yearEnd;
      const plan = planOf(snapshot);
      const rpd = planRpd(plan, { lag });
      const sheetPlan = planRpdSheet(plan, { lag });
      const wb = SimWorkbook.from(snapshot).apply(sheetPlan.edits);
      const s = wb.sheet(RPD_SHEET);
      const headerRow = lag === 1 ? 6 : 5;
      expect(s.text(`D${headerRow}`)).toBe("B1");
      const line = (r: number): unknown[] =>
        Array.from({ length: 12 }, (_, i) => wb.value(RPD_SHEET, `${String.fromCharCode(68 + i)}${r}`));
      const numbers = (xs: unknown[]): number[] => xs.map((x) => (x === "" ? 0 : (x as number)));
      expect(numbers(line(headerRow + 1))).toEqual(rpd.rows[0]?.amounts);
      expect(numbers(line(headerRow + 2))).toEqual(rpd.rows[1]?.amounts);
      expect(numbers(line(headerRow + 3))).toEqual(rpd.totals);
      expect(wb.value(RPD_SHEET, `C${headerRow + 3}`)).toBe(1050);
    }
  });

  it("writes the lagged December as the sum of the shares landing in it", () => {
    const sheetPlan = planRpdSheet(planOf(yearEnd), { lag: 1 });
    const wb = SimWorkbook.from(yearEnd).apply(sheetPlan.edits);
    expect(wb.sheet(RPD_SHEET).text("O7")).toBe("=INT('RAK 2024'!R2/3)+('RAK 2024'!R2-2*INT('RAK 2024'!R2/3))");
    expect(wb.sheet(RPD_SHEET).text("A3")).toBe(
      "Draf untuk PPK: anggaran tiap sasaran dibagi rata ke bulan pelaksanaannya. Ini bukan RPD resmi; sesuaikan dengan rencana pembayaran sebenarnya.",
    );
  });

  it("has a column for budgets with no month, and is rewritten when it exists", () => {
    const plan = planOf(blockSheet());
    const sheetPlan = planRpdSheet(plan, { existingSheets: ["RAK 2024", RPD_SHEET], lang: "en" });
    expect(sheetPlan.edits[0]).toEqual({ kind: "clearSheet", sheet: RPD_SHEET });
    const wb = SimWorkbook.from(blockSheet()).apply([{ kind: "addSheet", sheet: RPD_SHEET }, ...sheetPlan.edits]);
    const s = wb.sheet(RPD_SHEET);
    expect(s.text("A1")).toBe("DRAFT DISBURSEMENT PLAN (RPD)");
    expect(s.text("P5")).toBe("Not scheduled");
    expect(wb.value(RPD_SHEET, "P7")).toBe(1001);
    expect(wb.value(RPD_SHEET, "P8")).toBe(1001);
    expect(wb.value(RPD_SHEET, "C8")).toBe(1901);
  });
});
