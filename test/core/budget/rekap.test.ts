import { computeTotals, planRekapSheet, planTableTotals, REKAP_SHEET } from "../../../src/core/budget";
import { formulasForExcel } from "../../../src/excel/cellText";
import type { Edit } from "../../../src/core/edits";
import { blockSheet, planOf, rowSheet } from "./grids";
import { SimWorkbook } from "./simulate";

const SHEET = "RAK 2024";

/** Label (column B) and amount (column C) of each Rekap row that has both, as the sheet computes them. */
function table(wb: SimWorkbook): [string, unknown][] {
  const s = wb.sheet(REKAP_SHEET);
  const out: [string, unknown][] = [];
  for (let r = 1; r <= s.bounds().bottom + 1; r++) {
    const label = s.text(`B${r}`);
    if (label !== "" && s.text(`C${r}`) !== "") out.push([label, wb.value(REKAP_SHEET, `C${r}`)]);
  }
  return out;
}

describe("the Rekap Anggaran sheet", () => {
  const snapshot = blockSheet();
  const plan = planOf(snapshot);
  const rekap = planRekapSheet(plan);
  const wb = SimWorkbook.from(snapshot).apply(rekap.edits);
  const s = wb.sheet(REKAP_SHEET);

  it("is added, then written in one formulas write", () => {
    expect(rekap.edits[0]).toEqual({ kind: "addSheet", sheet: REKAP_SHEET });
    expect(rekap.edits[1]?.kind).toBe("setFormulas");
    expect(rekap.edits.filter((e) => e.kind === "setFormulas")).toHaveLength(1);
  });

  it("lays out three sections, each with a Jumlah, computing the core's numbers", () => {
    expect(table(wb)).toEqual([
      ["Sasaran", "Anggaran (Rp)"],
      ["Perencanaan Program (6709)", 900],
      ["Penetapan Hasil (6982)", 1001],
      ["Jumlah", 1901],
      ["Pelaksana", "Anggaran (Rp)"],
      ["Subbagian Rendatin", 600],
      ["Subbagian Hukum", 300],
      ["Semua Subbagian", 1001],
      ["Jumlah", 1901],
      ["Bulan", "Anggaran (Rp)"],
      ["B1", 300],
      ["B2", 300],
      ["B3", 300],
      ...["B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12"].map((b): [string, unknown] => [b, 0]),
      ["Belum terjadwal", 1001],
      ["Jumlah", 1901],
    ]);
  });

  it("points every amount into the plan sheet, by its quoted name", () => {
    expect(s.text("C7")).toBe("='RAK 2024'!R2");
    expect(s.text("C8")).toBe("='RAK 2024'!R5");
    expect(s.text("C9")).toBe("=SUM(C7:C8)");
    expect(s.text("C13")).toBe("=INT('RAK 2024'!R2*2/3)");
    expect(s.text("C14")).toBe("=('RAK 2024'!R2-INT('RAK 2024'!R2*2/3))");
    expect(s.text("D13")).toBe("termasuk bagian anggaran sasaran 1, dibagi menurut jumlah baris");
    expect(s.text("C20")).toBe("=INT('RAK 2024'!R2/3)");
    expect(s.text("C22")).toBe("=('RAK 2024'!R2-2*INT('RAK 2024'!R2/3))");
    expect(s.text("C23")).toBe("=0");
    expect(s.text("C32")).toBe("='RAK 2024'!R5");
  });

  it("follows a changed budget without a re-run", () => {
    wb.apply([{ kind: "setValues", sheet: SHEET, address: "R2", values: [[1200]] }]);
    expect(wb.value(REKAP_SHEET, "C9")).toBe(2201);
    expect(wb.value(REKAP_SHEET, "C13")).toBe(800);
    expect(wb.value(REKAP_SHEET, "C14")).toBe(400);
    expect(wb.value(REKAP_SHEET, "C33")).toBe(2201);
    wb.apply([{ kind: "setValues", sheet: SHEET, address: "R2", values: [[900]] }]);
  });

  it("formats amounts, frames the sections and charts the months", () => {
    const has = (e: Partial<Edit>): void => expect(rekap.edits).toContainEqual(expect.objectContaining(e));
    has({ kind: "setNumberFormat", address: "C7:C9", format: "#,##0" });
    has({ kind: "setBorders", address: "A6:D9" });
    has({ kind: "setFont", address: "A6:D6", font: { bold: true } });
    has({ kind: "setColumnWidth", address: "C1", width: 110 });
    expect(s.charts).toEqual([
      {
        kind: "addChart",
        sheet: REKAP_SHEET,
        type: "ColumnClustered",
        dataAddress: "B19:C31",
        title: "Rencana Anggaran per Bulan",
        anchor: "F19:M37",
      },
    ]);
    expect(s.text("B19")).toBe("Bulan");
    expect(s.text("B31")).toBe("B12");
  });

  it("says what it did and what to know", () => {
    expect(rekap.notes).toEqual([
      { key: "budget.note.sheetCreated", params: { sheet: REKAP_SHEET } },
      { key: "budget.note.split", params: { blocks: "1" } },
      { key: "budget.note.unscheduled", params: { blocks: "2", amount: 1001 } },
    ]);
  });

  it("is rewritten, not duplicated, when it exists", () => {
    const again = planRekapSheet(plan, { existingSheets: [SHEET, "rekap anggaran"] });
    expect(again.edits[0]).toEqual({ kind: "clearSheet", sheet: "rekap anggaran" });
    expect(again.notes[0]).toEqual({ key: "budget.note.sheetRewritten", params: { sheet: "rekap anggaran" } });
    wb.apply(planRekapSheet(plan, { existingSheets: wb.names() }).edits);
    expect(wb.names()).toEqual([SHEET, REKAP_SHEET]);
    expect(wb.sheet(REKAP_SHEET).charts).toHaveLength(1);
    expect(table(wb)).toEqual(table(SimWorkbook.from(snapshot).apply(rekap.edits)));
  });

  it("keeps text that looks like a formula as text: a constant in the plan, written as text by the adapter", () => {
    const odd = blockSheet([], {});
    const values = odd.values.map((r) => [...r]);
    (values[4] as unknown[])[18] = "-Semua Subbagian";
    (values[5] as unknown[])[18] = "=Semua";
    const p = planOf({ ...odd, values });
    const edits = planRekapSheet(p).edits;
    const write = edits.find((e) => e.kind === "setFormulas");
    if (write?.kind !== "setFormulas") throw new Error("no formulas write");
    expect(write.formulas.flat()).toContain("-Semua Subbagian");
    expect(formulasForExcel(write.formulas).flat()).toContain("'-Semua Subbagian");
    // Text starting with "=" can't share a formulas grid: it is a values write of its own.
    expect(write.formulas.flat()).not.toContain("=Semua");
    expect(edits).toContainEqual(expect.objectContaining({ kind: "setValues", values: [["=Semua"]] }));
  });
});

describe("the Rekap of a table with budgets per row, planned with its subtotal rows", () => {
  const snapshot = rowSheet();
  const plan = planOf(snapshot);
  const table0 = planTableTotals(plan, snapshot);
  const rekap = planRekapSheet(plan, { rows: table0.rows });
  const wb = SimWorkbook.from(snapshot).apply([...table0.edits, ...rekap.edits]);
  const s = wb.sheet(REKAP_SHEET);

  it("points at the rows where they are after the inserts", () => {
    // Sasaran 2's rows were 5-6; the subtotal under sasaran 1 moved them to 6-7.
    expect(s.text("C7")).toBe("=SUM('RAK 2024'!R2:R4)");
    expect(s.text("C8")).toBe("=SUM('RAK 2024'!R6:R7)");
    expect(wb.value(REKAP_SHEET, "C7")).toBe(651);
    expect(wb.value(REKAP_SHEET, "C8")).toBe(1007);
  });

  it("computes exactly the core's totals, section by section", () => {
    const totals = computeTotals(plan);
    const values = (from: number, count: number): unknown[] =>
      Array.from({ length: count }, (_, i) => wb.value(REKAP_SHEET, `C${from + i}`));
    expect(values(7, 3)).toEqual([...totals.byBlock.map((b) => b.budget), totals.total]);
    expect(values(13, 4)).toEqual([...totals.byPelaksana.map((p) => p.budget), totals.total]);
    expect(values(20, 14)).toEqual([...totals.byPeriod.map((p) => p.budget), totals.unscheduled, totals.total]);
  });
});
