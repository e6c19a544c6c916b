import { cellRange, parseRangeA1 } from "../../../src/core/address";
import type { Finding } from "../../../src/core/findings";
import { formatFinding, formatFindingLine } from "../../../src/core/i18n/findings";

const at = (address: string) => ({ range: parseRangeA1(address), address });

describe("formatFinding", () => {
  const noMonth: Finding = {
    rule: "row.noMonth",
    severity: "error",
    ...at("F33:Q33"),
    params: { row: 33, kegiatan: "Penyusunan Laporan Pemilu Tahun 2024" },
  };

  it("speaks Bahasa Indonesia by default", () => {
    expect(formatFinding(noMonth)).toBe(
      'Baris 33 ("Penyusunan Laporan Pemilu Tahun 2024") belum punya bulan pelaksanaan. Beri tanda "v" pada bulan yang direncanakan.',
    );
  });

  it("speaks English when asked", () => {
    expect(formatFinding(noMonth, "en")).toBe(
      'Row 33 ("Penyusunan Laporan Pemilu Tahun 2024") has no month planned. Put a "v" in each month it is planned for.',
    );
  });

  it("names both amounts of a wrong total as rupiah", () => {
    const f: Finding = {
      rule: "total.mismatch",
      severity: "error",
      ...at("R50"),
      params: { amount: 23000000000, expected: 23142485000, difference: -142485000, formula: "=SUM(R10:R49)" },
    };
    expect(formatFinding(f)).toBe(
      "Baris total berisi Rp 23.000.000.000, padahal perkiraan biaya semua sasaran berjumlah Rp 23.142.485.000 (selisih -Rp 142.485.000).",
    );
  });

  it("falls back to the code and address for a rule without a message", () => {
    const f: Finding = { rule: "season.custom", severity: "info", range: cellRange(0, 0), address: "A1", params: {} };
    expect(formatFinding(f)).toBe("season.custom (A1)");
  });
});

describe("formatFindingLine", () => {
  it("puts severity and address before the message", () => {
    const f: Finding = {
      rule: "meta.yearMismatch",
      severity: "error",
      ...at("D5"),
      params: { tahunAnggaran: 2023, year: 2024 },
    };
    expect(formatFindingLine(f)).toMatch(
      /^Kesalahan di D5: Tahun Anggaran 2023 berbeda dengan tahun rencana 2024 pada judul\./,
    );
    expect(formatFindingLine(f, "en")).toMatch(/^Error at D5: Tahun Anggaran 2023 differs from the plan year 2024/);
  });
});
