import { formatFinding, formatFindingDetail } from "../../../src/core/i18n/findings";
import type { CellValue } from "../../../src/core/snapshot";
import { brief, check, planOf, rak } from "./rakSheet";

type Cell = CellValue | null;

/** Two sasaran (Rp 911.081.000 + Rp 18.729.000 = Rp 929.810.000) and a JUMLAH row in row 9. */
function withTotal(total: Cell, budget2: Cell = 18729000, formula?: string) {
  return rak(
    [
      [
        1,
        "Masa Kampanye Pemilu (6870)",
        "Persentase laporan dana kampanye",
        100,
        "Sosialisasi dana kampanye",
        "v",
        null,
        null,
        null,
        911081000,
        "Subbagian Teknis",
      ],
      [
        2,
        "Penetapan Hasil Pemilu (6982)",
        "Persentase Penetapan Hasil Pemilu",
        100,
        "Penyusunan Laporan Pemilu",
        null,
        "v",
        null,
        null,
        budget2,
        "Semua Subbagian",
      ],
      ["JUMLAH", null, null, null, null, null, null, null, null, total, null],
    ],
    { merges: ["A9:I9"], ...(formula ? { formulas: { J9: formula } } : {}) },
  );
}

describe("the total row", () => {
  it("accepts a total equal to the sum of the sasaran budgets", () => {
    const s = withTotal(929810000, 18729000, "=SUM(J7:J8)");
    expect(planOf(s).total?.row).toBe(8);
    expect(check(s)).toEqual([]);
  });

  it("is an error when the total differs, naming both amounts in rupiah", () => {
    const findings = check(withTotal(930000000));
    expect(brief(findings)).toEqual(["total.mismatch error J9"]);
    expect(findings[0]?.params).toEqual({
      amount: 930000000,
      expected: 929810000,
      difference: 190000,
      formula: "=SUM(J7:J8)",
    });
    expect(formatFinding(findings[0]!)).toBe(
      "Baris total berisi Rp 930.000.000, padahal perkiraan biaya semua sasaran berjumlah Rp 929.810.000 (selisih Rp 190.000).",
    );
    expect(formatFinding(findings[0]!, "en")).toBe(
      "The total row says Rp 930.000.000, but the sasaran budgets add up to Rp 929.810.000 (difference Rp 190.000).",
    );
    // The fix, with the formula, is in the details.
    expect(formatFindingDetail(findings[0]!)).toBe(
      "Perbaiki angkanya, atau pakai rumus =SUM(J7:J8) agar jumlahnya selalu sesuai.",
    );
  });

  it("is an error when the total holds an error value", () => {
    const findings = check(withTotal({ error: "#REF!" }, 18729000, "=SUM(#REF!)"));
    expect(brief(findings)).toEqual(["total.error error J9"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Jumlah pada baris total berisi galat #REF!. Ganti dengan rumus =SUM(J7:J8).",
    );
  });

  it("warns when the total row has no amount", () => {
    const findings = check(withTotal(null));
    expect(brief(findings)).toEqual(["total.amountMissing warning J9"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Baris total belum berisi jumlah. Isi rumus =SUM(J7:J8) (hasilnya Rp 929.810.000).",
    );
  });

  it("warns when a right total is typed as text", () => {
    expect(brief(check(withTotal("Rp 929.810.000")))).toEqual(["total.text warning J9"]);
  });

  it("reports both when a total typed as text is also wrong", () => {
    expect(brief(check(withTotal("Rp 1.000.000.000")))).toEqual(["total.mismatch error J9", "total.text warning J9"]);
  });

  it("is an error when the total cannot be read as an amount", () => {
    expect(brief(check(withTotal("lihat lampiran")))).toEqual(["total.unreadable error J9"]);
  });

  it("says the total cannot be checked, naming the sasaran, when a sasaran budget is missing", () => {
    const findings = check(withTotal(911081000, null));
    expect(brief(findings)).toEqual(["block.budgetMissing error J8", "total.unchecked info J9"]);
    expect(formatFinding(findings[1]!)).toBe(
      "Jumlah pada baris total tidak dapat diperiksa: perkiraan biaya sasaran 2 belum terbaca.",
    );
    expect(formatFinding(findings[1]!, "en")).toBe("The total cannot be checked: no readable budget for sasaran 2.");
  });

  it("needs no total row at all (the seed has none)", () => {
    const s = rak([
      [
        1,
        "Masa Kampanye Pemilu (6870)",
        "Persentase laporan dana kampanye",
        100,
        "Sosialisasi",
        "v",
        null,
        null,
        null,
        911081000,
        "Subbagian Teknis",
      ],
    ]);
    expect(planOf(s).total).toBeNull();
    expect(check(s)).toEqual([]);
  });
});
