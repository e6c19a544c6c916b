import { formatFinding } from "../../../src/core/i18n/findings";
import { brief, check, months, rak, rakMonths } from "./rakSheet";

const SASARAN = "Penetapan Hasil Pemilu (6982)";

describe("a clean row", () => {
  it("is not flagged at all", () => {
    const s = rak([
      [
        1,
        SASARAN,
        "Persentase Penetapan Hasil Pemilu tepat waktu",
        100,
        "Penyusunan Laporan Pemilu",
        null,
        "v",
        "v",
        null,
        18729000,
        "Semua Subbagian",
      ],
    ]);
    expect(check(s)).toEqual([]);
  });

  it("is not flagged in the month layout either", () => {
    const s = rakMonths([
      [
        1,
        SASARAN,
        "Persentase Penetapan Hasil Pemilu tepat waktu",
        100,
        "Penyusunan Laporan Pemilu",
        ...months(3, 4),
        18729000,
        "Semua Subbagian",
      ],
    ]);
    expect(check(s)).toEqual([]);
  });
});

describe("row.indicatorMissing / row.kegiatanMissing", () => {
  it("is an error on the empty indikator cell", () => {
    const s = rak(
      [
        [
          1,
          SASARAN,
          "Persentase laporan tepat waktu",
          100,
          "Penyusunan Laporan",
          "v",
          null,
          null,
          null,
          18729000,
          "Semua Subbagian",
        ],
        [null, null, null, 100, "Rapat pleno penetapan", "v", null, null, null, null, "Semua Subbagian"],
      ],
      { merges: ["A7:A8", "B7:B8", "J7:J8"] },
    );
    const findings = check(s);
    expect(brief(findings)).toEqual(["row.indicatorMissing error C8"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Indikator kinerja baris 8 belum diisi. Tulis indikator yang diukur untuk kegiatan di baris ini.",
    );
  });

  it("is an error on the empty kegiatan cell", () => {
    const s = rak([
      [1, SASARAN, "Persentase laporan tepat waktu", 100, null, "v", null, null, null, 18729000, "Semua Subbagian"],
    ]);
    expect(brief(check(s))).toEqual(["row.kegiatanMissing error E7"]);
  });

  it("accepts one indikator merged over several kegiatan rows", () => {
    const s = rak(
      [
        [
          1,
          SASARAN,
          "Persentase laporan tepat waktu",
          100,
          "Penyusunan Laporan",
          "v",
          null,
          null,
          null,
          18729000,
          "Semua Subbagian",
        ],
        [null, null, null, null, "Rapat pleno penetapan", "v", null, null, null, null, "Semua Subbagian"],
      ],
      { merges: ["A7:A8", "B7:B8", "C7:C8", "D7:D8", "J7:J8"] },
    );
    expect(check(s)).toEqual([]);
  });
});

describe("targets", () => {
  const withTarget = (indicator: string, target: string | number | null, numberFormat?: string) =>
    rak(
      [[1, SASARAN, indicator, target, "Penyusunan Laporan", "v", null, null, null, 18729000, "Semua Subbagian"]],
      numberFormat ? { numberFormats: { D7: numberFormat } } : {},
    );

  it("is an error when the target is empty", () => {
    const findings = check(withTarget("Persentase laporan tepat waktu", null));
    expect(brief(findings)).toEqual(["row.targetMissing error D7"]);
    expect(formatFinding(findings[0]!)).toBe("Target baris 7 belum diisi. Isi targetnya, mis. 100.");
  });

  it("is an error when the target of a percentage indicator is not a number", () => {
    const findings = check(withTarget("Persentase laporan tepat waktu", "tinggi"));
    expect(brief(findings)).toEqual(["row.targetNotNumber error D7"]);
    expect(formatFinding(findings[0]!)).toBe(
      'Target baris 7 ("tinggi") bukan angka, padahal indikatornya berupa persentase. Isi angka 0 sampai 100.',
    );
  });

  it.each(["2 Lap", "> 3,75", "≥ 80", "Ada", "WTP", "A", "100%", "S2/S3"])(
    "accepts %j as typed for an indicator that is no percentage",
    (target) => {
      expect(check(withTarget("Opini BPK atas laporan keuangan", target))).toEqual([]);
    },
  );

  it("accepts a bound on a percentage indicator, and still wants a number there", () => {
    expect(check(withTarget("Persentase lulusan bekerja", "≥ 80"))).toEqual([]);
    expect(brief(check(withTarget("Persentase lulusan bekerja", "Ada")))).toEqual(["row.targetNotNumber error D7"]);
    expect(brief(check(withTarget("Persentase lulusan bekerja", "-")))).toEqual(["row.targetMissing error D7"]);
  });

  it('is an error when a "Persentase ..." target lies outside 0..100', () => {
    const findings = check(withTarget("Persentase laporan tepat waktu", 120));
    expect(brief(findings)).toEqual(["row.targetPercentRange error D7"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Target baris 7 adalah 120, padahal indikatornya berupa persentase. Isi angka antara 0 dan 100.",
    );
  });

  it('treats the seed\'s "Persentasi ..." spelling, and a "%" target, as percentages', () => {
    expect(brief(check(withTarget("Persentasi Pejabat Perbendaharaan", 150)))).toEqual([
      "row.targetPercentRange error D7",
    ]);
    expect(brief(check(withTarget("Laporan tepat waktu", "150%")))).toEqual(["row.targetPercentRange error D7"]);
  });

  it("accepts a percentage target in range, written any of the usual ways", () => {
    expect(check(withTarget("Persentase laporan tepat waktu", 100))).toEqual([]);
    expect(check(withTarget("Persentase laporan tepat waktu", 0))).toEqual([]);
    expect(check(withTarget("Persentase laporan tepat waktu", "95%"))).toEqual([]);
    expect(check(withTarget("Persentase laporan tepat waktu", 0.95, "0%"))).toEqual([]);
  });

  it('leaves counts alone: "Jumlah ..." targets and targets with a unit may exceed 100', () => {
    expect(check(withTarget("Jumlah laporan sistem akuntansi", 95))).toEqual([]);
    expect(check(withTarget("Jumlah laporan sistem akuntansi", 240))).toEqual([]);
    expect(check(withTarget("Dokumen laporan", "12 laporan"))).toEqual([]);
  });
});

describe("periods", () => {
  it("is an error, on the row's month cells, when no month is planned", () => {
    const s = rakMonths([
      [
        1,
        SASARAN,
        "Persentase Penetapan Hasil Pemilu sesuai regulasi",
        100,
        "Penyusunan Laporan Pemilu Tahun 2024",
        ...months(),
        18729000,
        "Semua Subbagian",
      ],
    ]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["row.noMonth error F7:Q7"]);
    expect(formatFinding(findings[0]!)).toBe(
      'Baris 7 ("Penyusunan Laporan Pemilu Tahun 2024") belum punya bulan pelaksanaan. Beri tanda "v" pada bulan yang direncanakan.',
    );
    expect(formatFinding(findings[0]!, "en")).toBe(
      'Row 7 ("Penyusunan Laporan Pemilu Tahun 2024") has no month planned. Put a "v" in each month it is planned for.',
    );
  });

  it("speaks of quarters in a quarter layout", () => {
    const s = rak([
      [
        1,
        SASARAN,
        "Persentase laporan tepat waktu",
        100,
        "Penyusunan Laporan",
        null,
        null,
        null,
        null,
        18729000,
        "Semua Subbagian",
      ],
    ]);
    expect(brief(check(s))).toEqual(["row.noQuarter error F7:I7"]);
  });

  it("accepts numbers as well as marks in period cells", () => {
    const s = rak([[1, SASARAN, "Jumlah laporan", 4, "Penyusunan Laporan", 1, 1, "1", 1, 18729000, "Semua Subbagian"]]);
    expect(check(s)).toEqual([]);
  });

  it("warns on a period cell that holds neither a mark nor a number, on that cell", () => {
    const s = rak([
      [
        1,
        SASARAN,
        "Persentase laporan tepat waktu",
        100,
        "Penyusunan Laporan",
        "v",
        "Maret",
        "v",
        { error: "#N/A" },
        18729000,
        "Semua Subbagian",
      ],
    ]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["row.periodInvalid warning G7", "row.periodInvalid warning I7"]);
    expect(formatFinding(findings[0]!)).toBe(
      'Sel G7 berisi "Maret", bukan tanda "v" atau angka. Ganti dengan "v" atau kosongkan.',
    );
    expect(findings[1]?.params).toMatchObject({ value: "#N/A" });
  });

  it("reports only the unreadable cells when they are all a row has (they say what to fix)", () => {
    const s = rak([
      [
        1,
        SASARAN,
        "Persentase laporan tepat waktu",
        100,
        "Penyusunan Laporan",
        "ok",
        null,
        null,
        null,
        18729000,
        "Semua Subbagian",
      ],
    ]);
    expect(brief(check(s))).toEqual(["row.periodInvalid warning F7"]);
  });
});

describe("row.pelaksanaMissing", () => {
  it("warns on an empty pelaksana", () => {
    const s = rak([
      [1, SASARAN, "Persentase laporan tepat waktu", 100, "Penyusunan Laporan", "v", null, null, null, 18729000, null],
    ]);
    const findings = check(s);
    expect(brief(findings)).toEqual(["row.pelaksanaMissing warning K7"]);
    expect(formatFinding(findings[0]!)).toBe(
      'Pelaksana baris 7 belum diisi. Tulis unit yang melaksanakan, mis. "Subbagian Keuangan, Umum dan Logistik".',
    );
  });

  it("accepts a pelaksana merged over the block's rows", () => {
    const s = rak(
      [
        [
          1,
          SASARAN,
          "Persentase laporan tepat waktu",
          100,
          "Penyusunan Laporan",
          "v",
          null,
          null,
          null,
          18729000,
          "Semua Subbagian",
        ],
        [
          null,
          null,
          "Persentase rapat pleno terlaksana",
          100,
          "Rapat pleno penetapan",
          "v",
          null,
          null,
          null,
          null,
          null,
        ],
      ],
      { merges: ["A7:A8", "B7:B8", "J7:J8", "K7:K8"] },
    );
    expect(check(s)).toEqual([]);
  });
});

describe("row.indicatorDuplicate", () => {
  const SASARAN_6 = "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden (6981)";

  it("warns on the second of two equal indicators in one sasaran, ignoring case and spacing", () => {
    const s = rak(
      [
        [
          1,
          SASARAN_6,
          "Persentase pelantikan sesuai jadwal",
          95,
          "Acara pengucapan sumpah DPD",
          "v",
          null,
          null,
          null,
          15048000,
          "Subbagian Teknis",
        ],
        [
          null,
          null,
          "persentase  pelantikan sesuai jadwal.",
          95,
          "Acara pengucapan sumpah DPR RI",
          "v",
          null,
          null,
          null,
          null,
          "Subbagian Teknis",
        ],
      ],
      { merges: ["A7:A8", "B7:B8", "J7:J8"] },
    );
    const findings = check(s);
    expect(brief(findings)).toEqual(["row.indicatorDuplicate warning C8"]);
    expect(formatFinding(findings[0]!)).toBe(
      'Indikator baris 8 sama dengan baris 7 dalam sasaran yang sama ("persentase pelantikan sesuai jadwal.").',
    );
  });

  it("accepts the same indicator in two different sasaran", () => {
    const s = rak([
      [
        1,
        "Masa Kampanye Pemilu (6870)",
        "Persentase laporan tepat waktu",
        100,
        "Laporan dana kampanye",
        "v",
        null,
        null,
        null,
        911081000,
        "Subbagian Teknis",
      ],
      [
        2,
        SASARAN,
        "Persentase laporan tepat waktu",
        100,
        "Laporan Pemilu",
        "v",
        null,
        null,
        null,
        18729000,
        "Semua Subbagian",
      ],
    ]);
    expect(check(s)).toEqual([]);
  });

  it("does not mind an indicator that repeats its kegiatan (the seed's block 6)", () => {
    const s = rak(
      [
        [
          1,
          SASARAN_6,
          "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden",
          95,
          "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden",
          null,
          null,
          null,
          "v",
          15048000,
          "Subbagian Teknis",
        ],
        [
          null,
          null,
          "Pengucapan Sumpah/Janji DPD",
          95,
          "Acara Pengucapan Sumpah/Janji DPD sesuai jadwal",
          null,
          null,
          "v",
          "v",
          null,
          "Subbagian Teknis",
        ],
      ],
      { merges: ["A7:A8", "B7:B8", "J7:J8"] },
    );
    expect(check(s)).toEqual([]);
  });
});
