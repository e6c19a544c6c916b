import { formatFinding } from "../../../src/core/i18n/findings";
import { sheet } from "../../helpers/sheet";
import { QUARTER_HEAD, brief, check, rak } from "./rakSheet";

/** One-row sasaran blocks: No | Sasaran | Indikator | Target | Kegiatan | TW I..IV | Biaya | Pelaksana. */
function block(no: number | string | null, sasaran: string | null, budget: number | null = 1000000) {
  return [
    no,
    sasaran,
    `Persentase capaian ${String(sasaran)}`,
    100,
    "Rapat koordinasi",
    "v",
    null,
    null,
    null,
    budget,
    "Subbagian Rendatin",
  ];
}

describe("block numbering", () => {
  it("accepts 1, 2, 3", () => {
    const s = rak([
      block(1, "Pembentukan Badan Adhoc (6867)"),
      block(2, "Masa Kampanye Pemilu (6870)"),
      block(3, "Penetapan Hasil Pemilu (6982)"),
    ]);
    expect(check(s)).toEqual([]);
  });

  it("accepts merged No and Sasaran cells over a block of rows", () => {
    const s = rak(
      [
        [
          1,
          "Pembentukan Badan Adhoc (6867)",
          "Persentase pelantikan KPPS sesuai jadwal",
          100,
          "Pelantikan KPPS",
          "v",
          null,
          null,
          null,
          12406404000,
          "Subbagian Hukum dan SDM",
        ],
        [
          null,
          null,
          "Persentase evaluasi Badan Adhoc sesuai jadwal",
          100,
          "Evaluasi Badan Adhoc",
          null,
          "v",
          null,
          null,
          null,
          "Subbagian Hukum dan SDM",
        ],
        [
          2,
          "Masa Kampanye Pemilu (6870)",
          "Persentase pelaporan dana kampanye tepat waktu",
          100,
          "Sosialisasi dana kampanye",
          "v",
          null,
          null,
          null,
          911081000,
          "Subbagian Teknis",
        ],
      ],
      { merges: ["A7:A8", "B7:B8", "J7:J8"] },
    );
    expect(check(s)).toEqual([]);
  });

  it("flags a skipped number once, on its No cell, and counts on from it", () => {
    const s = rak([
      block(1, "Pembentukan Badan Adhoc (6867)"),
      block(2, "Masa Kampanye Pemilu (6870)"),
      block(4, "Penetapan Hasil Pemilu (6982)"),
      block(5, "Operasional Perkantoran (3360)"),
    ]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["block.numberSkipped error A9"]);
    expect(formatFinding(findings[0]!)).toBe("Nomor sasaran 4 pada baris 9 tidak berurutan: seharusnya 3.");
  });

  it("flags a first block not numbered 1", () => {
    const s = rak([block(2, "Pembentukan Badan Adhoc (6867)"), block(3, "Masa Kampanye Pemilu (6870)")]);
    expect(brief(check(s))).toEqual(["block.numberSkipped error A7"]);
  });

  it("flags a repeated number once, without a cascade on the next block", () => {
    const s = rak([
      block(1, "Pembentukan Badan Adhoc (6867)"),
      block(2, "Masa Kampanye Pemilu (6870)"),
      block(2, "Penetapan Hasil Pemilu (6982)"),
      block(3, "Operasional Perkantoran (3360)"),
    ]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["block.numberRepeated error A9"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Nomor sasaran 2 pada baris 9 sudah dipakai di baris 8. Nomori sasaran berurutan 1, 2, 3, dan seterusnya.",
    );
  });

  it("flags a sasaran without a number", () => {
    const s = rak([
      block(1, "Pembentukan Badan Adhoc (6867)"),
      block(null, "Masa Kampanye Pemilu (6870)"),
      block(3, "Penetapan Hasil Pemilu (6982)"),
    ]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["block.numberMissing error A8"]);
    expect(formatFinding(findings[0]!)).toBe("Sasaran pada baris 8 belum bernomor. Isi kolom No dengan 2.");
  });

  it('reads numbers typed as text ("2.") as numbers', () => {
    const s = rak([block("1.", "Pembentukan Badan Adhoc (6867)"), block("2.", "Masa Kampanye Pemilu (6870)")]);
    expect(check(s)).toEqual([]);
  });
});

describe("sasaran", () => {
  it("warns when a sasaran has no 4-digit kegiatan code", () => {
    const s = rak([block(1, "Pembentukan Badan Adhoc (6867)"), block(2, "Masa Kampanye Pemilu")]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["block.codeMissing warning B8"]);
    expect(formatFinding(findings[0]!)).toBe(
      'Sasaran "Masa Kampanye Pemilu" tidak memuat kode kegiatan 4 angka dalam kurung. Tambahkan kodenya di akhir, mis. "(6709)".',
    );
  });

  it("does not count a year or a 3-digit number as the code", () => {
    const s = rak([block(1, "Pemilu Tahun 2024 (670)")]);
    expect(brief(check(s))).toEqual(["block.codeMissing warning B7"]);
  });

  describe("asks for the code only in a KPU plan", () => {
    const other = (unit: string, ...blocks: ReturnType<typeof block>[]) =>
      sheet([["RENCANA AKSI KINERJA TAHUN 2024"], ["Nama /Unit Organisasi", `: ${unit}`], [], QUARTER_HEAD, ...blocks]);

    it("never of another office that writes no codes (a Pemda's agency, a university faculty)", () => {
      const s = other(
        "Dinas Pendidikan Kabupaten Contoh",
        block(1, "Meningkatnya akses"),
        block(2, "Meningkatnya mutu"),
      );
      expect(check(s)).toEqual([]);
    });

    it("of an office whose unit names the KPU", () => {
      const s = other("Sekretariat Komisi Pemilihan Umum Kota Contoh", block(1, "Masa Kampanye Pemilu"));
      expect(brief(check(s))).toEqual(["block.codeMissing warning B5"]);
    });

    it("of a plan where most sasaran carry a code, whatever its unit says", () => {
      const s = other(
        "Subbagian Teknis",
        block(1, "Pembentukan Badan Adhoc (6867)"),
        block(2, "Masa Kampanye Pemilu (6870)"),
        block(3, "Penetapan Hasil Pemilu"),
      );
      expect(brief(check(s))).toEqual(["block.codeMissing warning B7"]);
    });
  });

  it("is an error when a numbered block has no sasaran", () => {
    const s = rak([block(1, "Pembentukan Badan Adhoc (6867)"), block(2, null)]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["block.sasaranMissing error B8"]);
    expect(formatFinding(findings[0]!)).toBe("Sasaran strategis nomor 2 (baris 8) kosong. Tulis sasarannya.");
  });
});
