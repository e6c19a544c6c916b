import { computeTotals, planBudgetEdits, REKAP_SHEET, RPD_SHEET } from "../../../src/core/budget";
import { translateKey } from "../../../src/core/i18n";
import { validate } from "../../../src/core/validate";
import { fixturePresent, seedSnapshot } from "./fixture";
import { blockSheet, m, planOf, rowSheet } from "./grids";
import { SimWorkbook } from "./simulate";

const SHEET = "RAK 2024";
const TOTAL = 23142485000;

(fixturePresent ? describe : describe.skip)("Anggaran on the seed workbook (RAK 2024, KPU Kota Prabumulih)", () => {
  it("totals the plan: every breakdown adds up, Penetapan Hasil has no month", async () => {
    const t = computeTotals(planOf(await seedSnapshot()));
    expect(t.total).toBe(TOTAL);
    expect(t.byBlock.map((b) => b.budget)).toEqual([
      822654000, 12406404000, 911081000, 1565914000, 1892819000, 15048000, 18729000, 2885908000, 2623928000,
    ]);
    expect(t.byCode.map((c) => c.code)).toEqual([
      "6709",
      "6867",
      "6870",
      "6871",
      "6872",
      "6981",
      "6982",
      "3355",
      "3360",
    ]);
    expect(t.byPelaksana.reduce((s, p) => s + p.budget, 0)).toBe(TOTAL);
    expect(t.byPelaksana.map((p) => [p.pelaksana, p.budget, p.splitBlocks])).toEqual([
      ["Subbagian Rendatin", 548436000, [1]],
      ["Subbagian Hukum dan SDM", 13369351500, [1, 8, 9]],
      ["Subbagian Teknis Penyelenggaraan, Partisipasi dan Hubungan Masyarakat", 2818948000, []],
      ["Subbagian Keuangan, Umum dan Logistik", 6387020500, [8, 9]],
      ["Semua Subbagian", 18729000, []],
    ]);
    expect(t.unscheduled).toBe(18729000);
    expect(t.unscheduledBlocks).toEqual([7]);
    expect(t.byPeriod.reduce((s, p) => s + p.budget, 0)).toBe(TOTAL - 18729000);
    expect(t.byQuarter.reduce((s, p) => s + p.budget, 0)).toBe(TOTAL - 18729000);
    expect(t.byPeriod.map((p) => p.label)).toEqual([
      "B1",
      "B2",
      "B3",
      "B4",
      "B5",
      "B6",
      "B7",
      "B8",
      "B9",
      "B10",
      "B11",
      "B12",
    ]);
    // Pembentukan Badan Adhoc (12.406.404.000) is planned in B1, B2, B6 and B7 only.
    expect(t.byPeriod[0]?.budget).toBe(4145306498);
    expect(t.byPeriod[11]?.budget).toBe(815935272);
  });

  it("inserts the JUMLAH row at row 50 and writes the Rekap sheet", async () => {
    const snapshot = await seedSnapshot();
    const plan = planOf(snapshot);
    const { edits, notes, totals } = planBudgetEdits(plan, snapshot, { existingSheets: [SHEET] });
    expect(edits.slice(0, 7)).toEqual([
      { kind: "insertRows", sheet: SHEET, row: 49, count: 1 },
      { kind: "merge", sheet: SHEET, address: "A50:Q50" },
      { kind: "setValues", sheet: SHEET, address: "A50", values: [["JUMLAH"]], requireEmpty: true },
      { kind: "setFormulas", sheet: SHEET, address: "R50", formulas: [["=SUM(R10:R49)"]], requireEmpty: true },
      { kind: "setNumberFormat", sheet: SHEET, address: "R50", format: "#,##0" },
      { kind: "setFont", sheet: SHEET, address: "A50:S50", font: { bold: true } },
      { kind: "setBorders", sheet: SHEET, address: "A50:S50", borders: { style: "thin" } },
    ]);
    expect(edits[7]).toEqual({ kind: "addSheet", sheet: REKAP_SHEET });
    expect(notes.map((n) => translateKey("id", n.key, n.params))).toEqual([
      "Baris JUMLAH disisipkan di baris 50 dengan rumus =SUM(R10:R49); baris di bawahnya (tanda tangan) bergeser ke bawah.",
      'Lembar "Rekap Anggaran" dibuat.',
      "Anggaran sasaran 1, 8, 9 dibagi ke beberapa pelaksana menurut jumlah baris masing-masing.",
      "Sasaran 7 (Rp 18.729.000) belum punya jadwal pelaksanaan, jadi belum masuk pembagian per bulan atau triwulan.",
    ]);

    const wb = SimWorkbook.from(snapshot).apply(edits);
    expect(wb.value(SHEET, "R50")).toBe(TOTAL);
    expect(wb.sheet(SHEET).text("N53")).toMatch(/^Prabumulih, /);
    const rekap = wb.sheet(REKAP_SHEET);
    const amount = (r: number): unknown => wb.value(REKAP_SHEET, `C${r}`);
    // Per sasaran rows 7-15, Jumlah 16; per pelaksana 20-24, Jumlah 25; months 29-40, unscheduled 41, Jumlah 42.
    expect(rekap.text("C7")).toBe("='RAK 2024'!R10");
    expect(Array.from({ length: 10 }, (_, i) => amount(7 + i))).toEqual([
      ...totals.byBlock.map((b) => b.budget),
      TOTAL,
    ]);
    expect(Array.from({ length: 6 }, (_, i) => amount(20 + i))).toEqual([
      ...totals.byPelaksana.map((p) => p.budget),
      TOTAL,
    ]);
    expect(Array.from({ length: 14 }, (_, i) => amount(29 + i))).toEqual([
      ...totals.byPeriod.map((p) => p.budget),
      18729000,
      TOTAL,
    ]);
    expect(rekap.text("B41")).toBe("Belum terjadwal");
    expect(rekap.text("C41")).toBe("='RAK 2024'!R33");
    expect(rekap.charts[0]?.dataAddress).toBe("B28:C40");
  });

  it("is idempotent: a re-run uses its JUMLAH row and rewrites the one Rekap sheet", async () => {
    const snapshot = await seedSnapshot();
    const first = planBudgetEdits(planOf(snapshot), snapshot, { existingSheets: [SHEET] });
    const wb = SimWorkbook.from(snapshot).apply(first.edits);

    const again = wb.snapshot(SHEET);
    const plan = planOf(again);
    expect(plan.total?.row).toBe(49);
    expect(plan.lastDataRow).toBe(48);
    // The validator is content with the inserted total; the seed's two real problems remain.
    expect(validate(plan).map((f) => [f.rule, f.address])).toEqual([
      ["meta.yearMismatch", "D5"],
      ["row.noMonth", "F33:Q33"],
    ]);

    const second = planBudgetEdits(plan, again, { existingSheets: wb.names() });
    expect(second.edits.some((e) => e.sheet === SHEET)).toBe(false);
    expect(second.edits[0]).toEqual({ kind: "clearSheet", sheet: REKAP_SHEET });
    expect(second.notes[0]).toEqual({
      key: "budget.note.totalUpToDate",
      params: { address: "R50", formula: "=SUM(R10:R49)" },
    });
    expect(second.totals).toEqual(first.totals);

    const rekapBefore = wb.snapshot(REKAP_SHEET);
    wb.apply(second.edits);
    expect(wb.names()).toEqual([SHEET, REKAP_SHEET]);
    expect(wb.snapshot(REKAP_SHEET)).toEqual(rekapBefore);
    expect(wb.sheet(REKAP_SHEET).charts).toHaveLength(1);
  });

  it("replaces a typed JUMLAH with the formula, and says so", async () => {
    const snapshot = await seedSnapshot();
    const wb = SimWorkbook.from(snapshot).apply([
      { kind: "insertRows", sheet: SHEET, row: 49, count: 1 },
      { kind: "setValues", sheet: SHEET, address: "A50", values: [["JUMLAH"]] },
      { kind: "setValues", sheet: SHEET, address: "R50", values: [[23142485000]] },
    ]);
    const typed = wb.snapshot(SHEET);
    const { edits, notes } = planBudgetEdits(planOf(typed), typed, { rekap: false });
    expect(edits).toEqual([
      { kind: "setFormulas", sheet: SHEET, address: "R50", formulas: [["=SUM(R10:R49)"]] },
      { kind: "setNumberFormat", sheet: SHEET, address: "R50", format: "#,##0" },
    ]);
    expect(translateKey("id", notes[0]?.key ?? "", notes[0]?.params)).toBe(
      "Sel jumlah R50 berisi angka ketikan (Rp 23.142.485.000); diganti rumus =SUM(R10:R49) agar selalu sama dengan jumlah anggaran.",
    );
  });

  it("adds the RPD draft sheet when asked, in the same batch", async () => {
    const snapshot = await seedSnapshot();
    const { edits, notes } = planBudgetEdits(planOf(snapshot), snapshot, { existingSheets: [SHEET], rpd: { lag: 1 } });
    const wb = SimWorkbook.from(snapshot).apply(edits);
    expect(wb.names()).toEqual([SHEET, REKAP_SHEET, RPD_SHEET]);
    expect(notes.map((n) => n.key)).toContain("rpd.note.lagMonth");
    // Header on row 6, sasaran 1-9 on rows 7-15, Jumlah on row 16: the grand total less Penetapan Hasil.
    expect(wb.value(RPD_SHEET, "C16")).toBe(TOTAL);
    const monthly = Array.from(
      { length: 13 },
      (_, i) => wb.value(RPD_SHEET, `${String.fromCharCode(68 + i)}16`) as number,
    );
    expect(monthly.reduce((s, x) => s + x, 0)).toBe(TOTAL);
    expect(monthly[0]).toBe(0);
    expect(monthly[12]).toBe(18729000);
  });
});

describe("planBudgetEdits' notes", () => {
  it("fill every placeholder of their messages, in both languages", () => {
    const cases = [blockSheet(), rowSheet(), blockSheet([["JUMLAH", null, null, null, null, ...m(), 5, null]])];
    const notes = cases.flatMap(
      (s) => planBudgetEdits(planOf(s), s, { existingSheets: [SHEET, REKAP_SHEET], rpd: { lag: 1 } }).notes,
    );
    expect(new Set(notes.map((n) => n.key)).size).toBeGreaterThan(8);
    for (const lang of ["id", "en"] as const) {
      for (const n of notes) expect(translateKey(lang, n.key, n.params)).not.toMatch(/[{}]/);
    }
  });
});
