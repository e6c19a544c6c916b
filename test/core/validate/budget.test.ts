import { formatFinding } from "../../../src/core/i18n/findings";
import type { CellValue } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";
import { TITLE, brief, check, planOf, rak } from "./rakSheet";

type Cell = CellValue | null;

function row(no: Cell, sasaran: Cell, indicator: string, budget: Cell): Cell[] {
  return [no, sasaran, indicator, 100, `Kegiatan ${indicator}`, "v", null, null, null, budget, "Subbagian Keuangan"];
}

describe("block budgets (one merged Perkiraan Biaya per sasaran)", () => {
  const twoBlocks = (budget2: Cell) =>
    rak(
      [
        row(1, "Pembentukan Badan Adhoc (6867)", "Persentase pelantikan KPPS", 12406404000),
        row(null, null, "Persentase evaluasi Badan Adhoc", null),
        row(2, "Pengelolaan Logistik (6871)", "Persentase pengadaan logistik", budget2),
        row(null, null, "Persentase distribusi logistik", null),
      ],
      { merges: ["A7:A8", "B7:B8", "J7:J8", "A9:A10", "B9:B10", "J9:J10"] },
    );

  it("accepts whole-rupiah numbers", () => {
    const s = twoBlocks(1565914000);
    expect(planOf(s).budgetLayout).toBe("block");
    expect(check(s)).toEqual([]);
  });

  it("is an error when a sasaran has no budget", () => {
    const findings = check(twoBlocks(null));
    expect(brief(findings)).toEqual(["block.budgetMissing error J9"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Perkiraan biaya sasaran nomor 2 (baris 9) belum diisi. Isi anggarannya dalam rupiah, sebagai angka.",
    );
  });

  it('is an error when a sasaran budget is only "-"', () => {
    expect(brief(check(twoBlocks("-")))).toEqual(["block.budgetMissing error J9"]);
  });

  it("is an error when a budget is negative, naming it in rupiah", () => {
    const findings = check(twoBlocks(-5000));
    expect(brief(findings)).toEqual(["block.budgetNegative error J9"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Perkiraan biaya sasaran nomor 2 bernilai negatif (-Rp 5.000). Anggaran tidak boleh kurang dari nol.",
    );
  });

  it("is an error when a budget holds an error value", () => {
    const findings = check(twoBlocks({ error: "#REF!" }));
    expect(brief(findings)).toEqual(["block.budgetError error J9"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Perkiraan biaya sasaran nomor 2 berisi galat #REF!. Perbaiki rumusnya atau ketik anggarannya sebagai angka.",
    );
  });

  it('warns when a budget is typed as text, and says what number to type ("ketik sebagai angka")', () => {
    const findings = check(twoBlocks("Rp 1.565.914.000"));
    expect(brief(findings)).toEqual(["block.budgetText warning J9"]);
    expect(formatFinding(findings[0]!)).toBe(
      'Perkiraan biaya sasaran nomor 2 diketik sebagai teks ("Rp 1.565.914.000"). Ketik sebagai angka: 1565914000, tanpa "Rp" dan titik.',
    );
  });

  it("is an error when a budget cannot be read as an amount", () => {
    const findings = check(twoBlocks("satu setengah miliar"));
    expect(brief(findings)).toEqual(["block.budgetUnreadable error J9"]);
    expect(findings[0]?.params).toMatchObject({ value: "satu setengah miliar" });
  });
});

describe("row budgets (an amount on every row)", () => {
  const rowsWith = (third: Cell) =>
    rak(
      [
        row(1, "Operasional Perkantoran (3360)", "Persentase gangguan keamanan", 1200000000),
        row(null, null, "Persentase ruangan rapat", 400000000),
        row(null, null, "Persentase sarana transportasi", third),
      ],
      { merges: ["A7:A9", "B7:B9"] },
    );

  it("accepts an amount on every row", () => {
    const s = rowsWith(1023928000);
    expect(planOf(s).budgetLayout).toBe("row");
    expect(check(s)).toEqual([]);
  });

  it('accepts "-" for a kegiatan without cost', () => {
    expect(check(rowsWith("-"))).toEqual([]);
  });

  it("warns on an empty row budget (it may be a kegiatan without cost)", () => {
    const findings = check(rowsWith(null));
    expect(brief(findings)).toEqual(["row.budgetMissing warning J9"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Perkiraan biaya baris 9 belum diisi. Isi anggarannya, atau 0 bila kegiatan ini tanpa biaya.",
    );
  });

  it("checks each row cell for negatives, errors, text and unreadable amounts", () => {
    expect(brief(check(rowsWith(-1)))).toEqual(["row.budgetNegative error J9"]);
    expect(brief(check(rowsWith({ error: "#VALUE!" })))).toEqual(["row.budgetError error J9"]);
    expect(brief(check(rowsWith("1.023.928.000")))).toEqual(["row.budgetText warning J9"]);
    expect(brief(check(rowsWith("belum tahu")))).toEqual(["row.budgetUnreadable error J9"]);
  });

  it("does not flag a row whose budget is merged down from the row above", () => {
    const s = rak(
      [
        row(1, "Operasional Perkantoran (3360)", "Persentase gangguan keamanan", 1200000000),
        row(null, null, "Persentase ruangan rapat", 400000000),
        row(null, null, "Persentase sarana transportasi", null),
      ],
      { merges: ["A7:A9", "B7:B9", "J8:J9"] },
    );
    expect(planOf(s).budgetLayout).toBe("row");
    expect(check(s)).toEqual([]);
  });
});

describe("a table without a budget column", () => {
  it("has no budget findings", () => {
    const s = sheet([
      ...TITLE,
      [
        "No",
        "Sasaran strategis",
        "Indikator Kinerja",
        "Target",
        "Kegiatan",
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        "Pelaksana",
      ],
      [
        1,
        "Pembentukan Badan Adhoc (6867)",
        "Persentase pelantikan KPPS",
        100,
        "Pelantikan",
        "v",
        null,
        null,
        null,
        "Subbagian Hukum dan SDM",
      ],
    ]);
    expect(planOf(s).budgetLayout).toBe("none");
    expect(check(s)).toEqual([]);
  });
});
