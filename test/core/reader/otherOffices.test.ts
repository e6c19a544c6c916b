import { readPlan } from "../../../src/core/reader";
import { validate } from "../../../src/core/validate";
import type { Plan } from "../../../src/core/model";
import { row, sheet } from "../../helpers/sheet";
import { allRows } from "./table";

/**
 * Tables other offices write, as they write them: a Pemda's LAKIP appendix with yearly RPJMD targets,
 * a university faculty's plan with a Kode Program column, quarters and targets typed as words, and
 * the page breaks and subtotal rows of printed tables. The reader must read each honestly.
 */

function read(rows: Parameters<typeof sheet>[0], options?: Parameters<typeof sheet>[1]): Plan {
  const result = readPlan(sheet(rows, options));
  if (!result.ok) throw new Error("no table");
  return result.plan;
}

// prettier-ignore
const LAKIP = [
  ["LAMPIRAN II"],
  ["RENCANA AKSI KINERJA DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2013"],
  [],
  ["No", "Sasaran Strategis",             "Indikator Kinerja",           "Satuan", "Target RPJMD", null,  null,     null, null, "SKPD Penanggung Jawab"],
  [null, null,                            null,                          null,     2011,           2012,  2013,     2014, 2015, null],
  [1,    2,                               3,                             4,        5,              6,     7,        8,    9,    10],
  [1,    "Meningkatnya akses pendidikan", "Angka Partisipasi Kasar SD",  "%",      98,             99,    "> 99,5", 100,  100,  "Dinas Pendidikan"],
  [null, null,                            "Angka Partisipasi Murni SMP", "%",      80,             82,    "≥ 85",   87,   90,   "Dinas Pendidikan"],
  [2,    "Meningkatnya mutu pendidikan",  "Opini BPK atas laporan",      null,     "WTP",          "WTP", "WTP",    "WTP", "WTP", "Inspektorat"],
  [null, null,                            "Akreditasi sekolah",          null,     "B",            "B",   "A",      "A",  "A",  "Dinas Pendidikan"],
];

describe("a Pemda's LAKIP appendix: yearly RPJMD targets, no months, no budget column", () => {
  const plan = read(LAKIP, { merges: ["E4:I4", "A7:A8", "B7:B8", "A9:A10", "B9:B10"] });

  it("reads the years under Target RPJMD as yearly targets, and the target from the plan year's column", () => {
    expect(plan.header.columns.filter((c) => c.role === "target").map((c) => [c.label, c.year])).toEqual([
      ["2011", 2011],
      ["2012", 2012],
      ["2013", 2013],
      ["2014", 2014],
      ["2015", 2015],
    ]);
    expect(plan.meta.year?.value).toBe(2013);
    expect(plan.header.targetCol).toBe(6); // G: 2013
    expect(allRows(plan).map((r) => r.target.value)).toEqual([
      { value: 99.5, unit: null, comparator: ">", raw: "> 99,5" },
      { value: 85, unit: null, comparator: ">=", raw: "≥ 85" },
      { value: null, unit: null, raw: "WTP" },
      { value: null, unit: null, raw: "A" },
    ]);
  });

  it("has no months: its period kind is none, not month", () => {
    expect(plan.header.periodKind).toBe("none");
    expect(plan.header.periodCols).toEqual([]);
  });

  it("says it has no budget column: no total, not Rp 0", () => {
    expect(plan.budgetLayout).toBe("none");
    expect(plan.totalBudget).toBeNull();
  });

  it("takes SKPD Penanggung Jawab for the pelaksana, and the column-number row for no data", () => {
    expect(plan.header.pelaksanaCol).toBe(9);
    expect(plan.header.numberRow).toBe(row(6));
    expect(plan.blocks.map((b) => [b.no.value, b.title.value, b.rows.length])).toEqual([
      [1, "Meningkatnya akses pendidikan", 2],
      [2, "Meningkatnya mutu pendidikan", 2],
    ]);
    expect(allRows(plan).map((r) => r.pelaksana.value)).toEqual([
      "Dinas Pendidikan",
      "Dinas Pendidikan",
      "Inspektorat",
      "Dinas Pendidikan",
    ]);
  });

  it("gets no finding: no KPU code asked for, no month, no budget, no number for WTP", () => {
    expect(validate(plan)).toEqual([]);
  });

  it("takes no yearly column for the target when none is the plan year's", () => {
    const in2020 = read([["RENCANA AKSI KINERJA DINAS PENDIDIKAN TAHUN 2020"], ...LAKIP.slice(2)]);
    expect(in2020.header.targetCol).toBeNull();
    expect(validate(in2020)).toEqual([]);
  });
});

describe('"Target 2025" and the other ways a yearly target is written', () => {
  it.each(["Target 2025", "Target Tahun 2025", "TARGET KINERJA 2025"])("reads %j as the target of 2025", (label) => {
    const plan = read([
      ["RENCANA AKSI KINERJA TAHUN 2025"],
      ["No", "Sasaran", "Indikator", label, "Kegiatan", "Penanggung Jawab"],
      [1, "Tata kelola", "Opini laporan keuangan", "WTP", "Penyusunan laporan", "Bagian Keuangan"],
    ]);
    expect(plan.header.columns[3]).toMatchObject({ role: "target", year: 2025 });
    expect(plan.header.targetCol).toBe(3);
  });
});

describe("Pelaksana under the names offices give it", () => {
  it.each([
    "Pelaksana",
    "Penanggung Jawab",
    "PJ",
    "SKPD Penanggung Jawab",
    "OPD Penanggung Jawab",
    "Unit Kerja",
    "Unit Pelaksana",
    "Pelaksana Kegiatan",
    "Bidang/Bagian",
    "Penanggung jawab kegiatan",
  ])("%j", (label) => {
    const plan = read([
      ["No", "Sasaran", "Indikator", "Target", "Kegiatan", label],
      [1, "S", "I", 100, "K", "Bagian Umum"],
    ]);
    expect(plan.header.pelaksanaCol).toBe(5);
    expect(allRows(plan)[0]?.pelaksana.value).toBe("Bagian Umum");
  });
});

// prettier-ignore
const HEAD = ["No", "Kode Program", "Sasaran", "Indikator Kinerja", "Target 2025", "Kegiatan", "TW I", "TW II", "TW III", "TW IV", "Anggaran (Rp)", "Penanggung jawab"];

/** A university faculty's plan over two printed pages: the header and its numbers typed again on page 2. */
// prettier-ignore
const FACULTY = [
  ["RENCANA AKSI KINERJA FAKULTAS TEKNIK UNIVERSITAS CONTOH TAHUN 2025"],
  [],
  HEAD,
  [1,    2,       3,                               4,                         5,       6,                             7,   8,   9,   10,  11,        12],
  [1,    "P.01",  "Meningkatnya kualitas lulusan", "Rata-rata IPK lulusan",   "> 3,75", "Pendampingan akademik",      "v", "v", "v", "v", 150000000, "Wakil Dekan I"],
  [null, null,    null,                            "Lulusan bekerja ≤ 6 bulan", "≥ 80", "Tracer study",               null, null, "v", null, null,     "Unit Karir"],
  ["Jumlah Sasaran 1", null, null, null,           null,     null,                          null, null, null, null, 150000000, null],
  [],
  HEAD,
  [1,    2,       3,                               4,                         "5",     "7",                           "8-11", null, null, null, 12,     13],
  [2,    "P.02",  "Meningkatnya mutu tata kelola", "Opini laporan keuangan",  "WTP",   "Penyusunan laporan keuangan", "v", null, null, null, 25000000,  "Bagian Keuangan"],
  [null, null,    null,                            "Dokumen SOP",             "2 Lap", "Penyusunan SOP",              null, "v", null, null, null,      "Bagian Umum"],
  [null, null,    null,                            "Dosen berkualifikasi",    "S2/S3", "Studi lanjut dosen",          null, null, "v", "v", null,       "Wakil Dekan II"],
  [null, null,    null,                            "Ketersediaan SPI",        "Ada",   "Pembentukan SPI",             "v", null, null, null, null,      "Dekan"],
  [null, null,    null,                            "Kepuasan layanan",        "100%",  "Survei kepuasan",             null, null, null, "v", null,      "Dekan"],
  ["Sub Jumlah", null, null, null,                 null,     null,                          null, null, null, null, 25000000, null],
  ["JUMLAH", null, null, null,                     null,     null,                          null, null, null, null, 175000000, null],
  [],
  [null, null, null, null, null, null, null, null, "Contoh, 2 Januari 2025"],
  [null, null, null, null, null, null, null, null, "Dekan"],
];

describe("a university faculty's plan: Kode Program, quarters, a page break, subtotals", () => {
  const plan = read(FACULTY, { merges: ["K11:K15"] });

  it("skips the header and the misnumbered column-number row typed again at the page break", () => {
    expect(plan.blocks.map((b) => [b.no.value, b.title.value, b.rows.map((r) => r.row + 1)])).toEqual([
      [1, "Meningkatnya kualitas lulusan", [5, 6]],
      [2, "Meningkatnya mutu tata kelola", [11, 12, 13, 14, 15]],
    ]);
  });

  it("reads Jumlah Sasaran 1 and Sub Jumlah as subtotals, and only the last JUMLAH as the total", () => {
    expect(plan.blocks.map((b) => b.subtotalRow?.row)).toEqual([row(7), row(16)]);
    expect(plan.total?.row).toBe(row(17));
    expect(plan.totalBudget).toBe(175000000);
    expect(plan.header.periodKind).toBe("quarter");
  });

  it("reads the targets as typed: numbers with their units or bounds, or words", () => {
    expect(allRows(plan).map((r) => [r.target.value.value, r.target.value.unit, r.target.value.comparator])).toEqual([
      [3.75, null, ">"],
      [80, null, ">="],
      [null, null, undefined],
      [2, "Lap", undefined],
      [null, null, undefined],
      [null, null, undefined],
      [100, "%", undefined],
    ]);
  });

  it("gets no finding at all: not a KPU plan, no code asked for, every target read", () => {
    expect(validate(plan)).toEqual([]);
  });
});

/** A title naming the office and the year, so that these tables get no meta findings. */
const TITLE = ["RENCANA AKSI KINERJA BAGIAN UMUM TAHUN 2024"];

describe("rows a printed table repeats, and the blank rows of its page break", () => {
  // prettier-ignore
  const MONTHS = ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "B1", "B2", "B3", "Pelaksana"];
  const data = (no: number | null, sasaran: string | null, indikator: string) => [
    no,
    sasaran,
    indikator,
    100,
    "Kegiatan",
    "v",
    null,
    null,
    "Subbagian Umum",
  ];

  it("skips a number row repeated with a gap and a wrong number, with no blank row before it", () => {
    const plan = read([
      MONTHS,
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      data(1, "Sasaran satu", "I1"),
      data(null, null, "I2"),
      [1, 2, 3, 5, 5, null, null, 8, 9],
      data(null, null, "I3"),
      data(2, "Sasaran dua", "I4"),
    ]);
    expect(plan.blocks.map((b) => b.rows.map((r) => r.indicator.value))).toEqual([["I1", "I2", "I3"], ["I4"]]);
  });

  it("goes on past blank rows when a repeated header follows them", () => {
    const plan = read([TITLE, MONTHS, data(1, "Sasaran satu", "I1"), [], [], MONTHS, data(2, "Sasaran dua", "I2")]);
    expect(plan.blocks.map((b) => b.rows.map((r) => r.row + 1))).toEqual([[3], [7]]);
    expect(validate(plan)).toEqual([]);
  });

  it("skips a two-row header repeated whole: the group label and the years under it", () => {
    // prettier-ignore
    const plan = read(
      [
        ["RENCANA AKSI KINERJA DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2013"],
        ["No", "Sasaran", "Indikator", "Target RPJMD", null, null, "SKPD Penanggung Jawab"],
        [null, null, null, 2012, 2013, 2014, null],
        [1, "Meningkatnya akses", "APK SD", 98, "> 99,5", 100, "Dinas Pendidikan"],
        ["No", "Sasaran", "Indikator", "Target RPJMD", null, null, "SKPD Penanggung Jawab"],
        [null, null, null, 2012, 2013, 2014, null],
        [2, "Meningkatnya mutu", "Opini BPK", "WTP", "WTP", "WTP", "Inspektorat"],
      ],
      { merges: ["D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3", "D5:F5", "A5:A6", "B5:B6", "C5:C6", "G5:G6"] },
    );
    expect(plan.blocks.map((b) => [b.no.value, b.rows.map((r) => r.row + 1)])).toEqual([
      [1, [4]],
      [2, [7]],
    ]);
    expect(validate(plan)).toEqual([]);
  });

  it("keeps a row of month marks typed as numbers under a header of month numbers: data, not a header", () => {
    // prettier-ignore
    const plan = read([
      TITLE,
      ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "Rencana Pelaksanaan", null, null, "Pelaksana"],
      [null, null, null, null, null, 1, 2, 3, null],
      [1, "Sasaran satu", "I1", 100, "Kegiatan", 1, null, null, "Subbagian Umum"],
      [null, null, null, null, null, 1, null, 3, null],
    ], { merges: ["F2:H2", "C4:C5", "D4:D5", "E4:E5", "I4:I5"] });
    expect(plan.blocks.map((b) => b.rows.map((r) => r.row + 1))).toEqual([[4, 5]]);
  });

  it("still ends the table at a blank row with no repeated header after it", () => {
    const plan = read([MONTHS, data(1, "Sasaran satu", "I1"), [], data(2, "Sasaran dua", "I2")]);
    expect(plan.blocks).toHaveLength(1);
  });
});

describe("subtotal rows inside the table", () => {
  // prettier-ignore
  const HEADER = ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "B1", "B2", "Perkiraan Biaya", "Pelaksana"];
  /** Two sasaran, each closed by its own "Jumlah" row (rows 4 and 6). */
  const SUBTOTALLED = [
    TITLE,
    HEADER,
    [1, "Sasaran satu", "I1", 100, "K1", "v", null, 1000, "A"],
    ["Jumlah", null, null, null, null, null, null, 1000, null],
    [2, "Sasaran dua", "I2", 100, "K2", null, "v", 2000, "A"],
    ["Jumlah", null, null, null, null, null, null, 2000, null],
  ];

  it('do not end it: a "Jumlah" with more sasaran under it is a subtotal', () => {
    const plan = read([...SUBTOTALLED, ["JUMLAH TOTAL", null, null, null, null, null, null, 3000, null]]);
    expect(plan.blocks.map((b) => [b.no.value, b.subtotalRow?.row])).toEqual([
      [1, row(4)],
      [2, row(6)],
    ]);
    expect(plan.total?.row).toBe(row(7));
    expect(validate(plan)).toEqual([]);
  });

  it('take the last sasaran\'s "Jumlah" for its subtotal when every sasaran ends in one and there is no grand total', () => {
    const plan = read(SUBTOTALLED);
    expect(plan.blocks.map((b) => b.subtotalRow?.row)).toEqual([row(4), row(6)]);
    expect(plan.total).toBeNull();
    expect(validate(plan)).toEqual([]);
  });
});
