import { findHeader } from "../../../src/core/reader";
import type { TableHeader } from "../../../src/core/model";
import { row, sheet } from "../../helpers/sheet";

const B = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12"];
const blank12 = Array.from({ length: 12 }, () => "");

function header(...args: Parameters<typeof sheet>): TableHeader {
  const h = findHeader(sheet(...args));
  if (!h) throw new Error("no header found");
  return h;
}

function roleAt(h: TableHeader, col: number): string | undefined {
  return h.columns.find((c) => c.col === col)?.role;
}

describe("header: the RAK layout", () => {
  it("finds a 2-row header with merges over the period group and down both rows", () => {
    const h = header(
      [
        [
          "No",
          "Sasaran strategis",
          "Indikator Kinerja strategis",
          "Target",
          "Kegiatan yang akan dilaksanakan",
          "Rencana Pelaksanaan",
          ...blank12.slice(1),
          "Perkiraan Biaya (Rp)",
          "Pelaksana",
        ],
        ["", "", "", "", "", ...B, "", ""],
        ["1", "x (6709)", "ind", 95, "keg", "v"],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:Q1", "R1:R2", "S1:S2"] },
    );
    expect([h.firstRow, h.lastRow, h.numberRow]).toEqual([0, 1, null]);
    expect([h.noCol, h.sasaranCol, h.indikatorCol, h.targetCol, h.kegiatanCol, h.budgetCol, h.pelaksanaCol]).toEqual([
      0, 1, 2, 3, 4, 17, 18,
    ]);
    expect(h.periodKind).toBe("month");
    expect(h.periodCols).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(h.columns.find((c) => c.col === 0)?.label).toBe("No");
    expect(h.columns.find((c) => c.col === 16)).toEqual({ col: 16, role: "period", label: "B12", period: 12 });
  });

  it("finds the same header without merges (merges unknown): blanks under the names, group typed once", () => {
    const h = header(
      [
        [
          "No",
          "Sasaran",
          "Indikator",
          "Target",
          "Rencana Kegiatan",
          "Rencana Pelaksanaan",
          ...blank12.slice(1),
          "Anggaran (Rp)",
          "PJ",
        ],
        ["", "", "", "", "", ...B, "", ""],
      ],
      { mergesUnknown: true },
    );
    expect([h.firstRow, h.lastRow]).toEqual([0, 1]);
    expect(h.periodCols).toHaveLength(12);
    expect([h.kegiatanCol, h.budgetCol, h.pelaksanaCol]).toEqual([4, 17, 18]);
  });

  it("finds a 1-row header with month columns in it", () => {
    const h = header([
      [
        "No",
        "Indikator",
        "Target",
        "Kegiatan",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Mei",
        "Jun",
        "Jul",
        "Agu",
        "Sep",
        "Okt",
        "Nov",
        "Des",
        "Biaya",
      ],
    ]);
    expect([h.firstRow, h.lastRow]).toEqual([0, 0]);
    expect(h.periodCols).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(h.budgetCol).toBe(16);
  });

  it("finds a 3-row header: group, quarters, months — the months are the periods", () => {
    const q = ["TW I", "", "", "TW II", "", "", "TW III", "", "", "TW IV", "", ""];
    const months = [
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ];
    const h = header(
      [
        [
          "No",
          "Sasaran",
          "Indikator Kinerja",
          "Target",
          "Rencana Aksi",
          "Jadwal Pelaksanaan",
          ...blank12.slice(1),
          "Pagu",
          "Penanggung Jawab",
        ],
        ["", "", "", "", "", ...q, "", ""],
        ["", "", "", "", "", ...months, "", ""],
        ["1", "s", "i", 90, "k"],
      ],
      {
        merges: [
          "A1:A3",
          "B1:B3",
          "C1:C3",
          "D1:D3",
          "E1:E3",
          "F1:Q1",
          "F2:H2",
          "I2:K2",
          "L2:N2",
          "O2:Q2",
          "R1:R3",
          "S1:S3",
        ],
      },
    );
    expect([h.firstRow, h.lastRow]).toEqual([0, 2]);
    expect(h.periodKind).toBe("month");
    expect(h.periodCols).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(h.columns.find((c) => c.col === 11)?.label).toBe("Juli");
    expect([h.budgetCol, h.pelaksanaCol]).toEqual([17, 18]);
  });

  it("recognises a column-number row under the header and skips it", () => {
    const nums = Array.from({ length: 19 }, (_, i) => i + 1);
    const h = header(
      [
        [
          "No",
          "Sasaran strategis",
          "Indikator",
          "Target",
          "Kegiatan",
          "Rencana Pelaksanaan",
          ...blank12.slice(1),
          "Biaya",
          "Pelaksana",
        ],
        ["", "", "", "", "", ...B, "", ""],
        nums,
        [1, "s (6709)", "i", 95, "k", "v"],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:Q1", "R1:R2", "S1:S2"] },
    );
    expect([h.firstRow, h.lastRow, h.numberRow]).toEqual([0, 1, 2]);
  });

  it("accepts column numbers written as text, e.g. (1) (2) (3)", () => {
    const h = header([
      ["No", "Indikator", "Target", "Kegiatan", "Pelaksana"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ]);
    expect(h.numberRow).toBe(1);
  });

  it("reads plain 1..12 under a period group as months, and a following 1..19 row as column numbers", () => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    const nums = Array.from({ length: 19 }, (_, i) => i + 1);
    const h = header(
      [
        [
          "No",
          "Sasaran",
          "Indikator",
          "Target",
          "Kegiatan",
          "Waktu Pelaksanaan",
          ...blank12.slice(1),
          "Biaya",
          "Pelaksana",
        ],
        ["", "", "", "", "", ...months, "", ""],
        nums,
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:Q1", "R1:R2", "S1:S2"] },
    );
    expect([h.firstRow, h.lastRow, h.numberRow]).toEqual([0, 1, 2]);
    expect(h.periodKind).toBe("month");
    expect(h.periodCols).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it("does not take a column-number row for months when there is no period group", () => {
    const h = header([
      ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "Pelaksana"],
      [1, 2, 3, 4, 5, 6],
    ]);
    expect(h.lastRow).toBe(0);
    expect(h.numberRow).toBe(1);
    expect(h.periodCols).toEqual([]);
  });

  it("finds the header away from A1 (title above, table from C5), in a snapshot that starts at B2", () => {
    const h = header(
      [
        ["RENCANA AKSI KINERJA"],
        [],
        [],
        ["", "No", "Indikator Kinerja", "Target (%)", "Uraian Kegiatan", "Q1", "Q2", "Q3", "Q4", "Unit Pelaksana"],
      ],
      { at: "B2" },
    );
    expect(h.firstRow).toBe(row(5));
    expect(h.noCol).toBe(2); // column C
    expect(h.periodKind).toBe("quarter");
    expect(h.periodCols).toEqual([6, 7, 8, 9]);
    expect(h.pelaksanaCol).toBe(10);
  });

  it("reads Jan..Des and English month names", () => {
    const names = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    const h = header([["No", "Indikator", "Target", "Kegiatan", ...names]]);
    expect(h.periodCols).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const abbrev = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    expect(header([["Indikator", "Target", "Kegiatan", ...abbrev]]).periodCols).toHaveLength(12);
    const indo = ["Jan", "Peb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sept", "Okt", "Nop", "Des"];
    expect(header([["Indikator", "Target", "Kegiatan", ...indo]]).periodCols).toHaveLength(12);
  });

  it('reads "Bulan ke-1" .. "Bulan ke-12"', () => {
    const h = header([
      ["Indikator", "Target", "Kegiatan", ...Array.from({ length: 12 }, (_, i) => `Bulan ke-${i + 1}`)],
    ]);
    expect(h.periodKind).toBe("month");
    expect(h.columns.find((c) => c.col === 14)?.period).toBe(12);
  });

  it("reads TW I..TW IV and Triwulan I..IV under a group as quarters", () => {
    const h = header(
      [
        ["No", "Sasaran / Kegiatan", "Indikator", "Target Tahunan", "Target Triwulan", "", "", "", "Keterangan"],
        ["", "", "", "", "TW I", "TW II", "TW III", "TW IV", ""],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1", "I1:I2"] },
    );
    expect(h.periodKind).toBe("quarter");
    expect(h.periodCols).toEqual([4, 5, 6, 7]);
    expect(h.targetCol).toBe(3);
    expect(h.sasaranCol).toBe(1);
    expect(roleAt(h, 8)).toBe("other");
    const t = header([["Indikator", "Target", "Kegiatan", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]]);
    expect(t.periodKind).toBe("quarter");
    expect(t.periodCols).toEqual([3, 4, 5, 6]);
  });

  it("reads 1..4 under a Triwulan group as quarters", () => {
    const h = header(
      [
        ["No", "Indikator", "Target", "Kegiatan", "Target Triwulan", "", "", ""],
        ["", "", "", "", 1, 2, 3, 4],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1"] },
    );
    expect(h.periodKind).toBe("quarter");
    expect(h.periodCols).toEqual([4, 5, 6, 7]);
  });

  it("keeps extra columns (Ket, Keterangan, anything) as role other", () => {
    const h = header([["No", "Indikator", "Target", "Kegiatan", "Satuan Output", "Biaya", "Pelaksana", "Ket"]]);
    expect(roleAt(h, 4)).toBe("other");
    expect(roleAt(h, 7)).toBe("other");
    expect(h.columns.find((c) => c.col === 7)?.label).toBe("Ket");
  });

  it("returns null for a sheet without a RAK table", () => {
    expect(findHeader(sheet([["Daftar Hadir"], ["Nama", "Jabatan", "Tanda tangan"], ["Budi", "Staf", ""]]))).toBeNull();
    expect(findHeader(sheet([[]]))).toBeNull();
    // Three roles but neither Indikator nor Kegiatan: not a RAK table.
    expect(findHeader(sheet([["No", "Target", "Biaya", "Pelaksana"]]))).toBeNull();
  });

  it("uses the header row the user chose, and only that row", () => {
    const s = sheet([
      ["No", "Indikator", "Target", "Kegiatan"],
      [],
      ["No", "Indikator Kinerja Utama", "Target", "Rencana Aksi", "Penanggung Jawab"],
    ]);
    expect(findHeader(s, { headerRow: 2 })?.pelaksanaCol).toBe(4);
    expect(findHeader(s)?.firstRow).toBe(0);
    expect(findHeader(s, { headerRow: 1 })).toBeNull();
    expect(findHeader(s, { headerRow: 99 })).toBeNull();
  });
});

describe("header: label matching", () => {
  /** The role the header gives the second column when it is labelled `label`. */
  function roleOf(label: string): string | undefined {
    const h = findHeader(sheet([["No", label, "Indikator", "Kegiatan", "Target"]]));
    return h ? roleAt(h, 1) : undefined;
  }

  it.each([
    ["No", "no"],
    ["NO.", "no"],
    ["Nomor", "no"],
  ])("No: %s", (label, role) => {
    const h = findHeader(sheet([[label, "Indikator", "Kegiatan", "Target"]]));
    expect(h ? roleAt(h, 0) : undefined).toBe(role);
  });

  it.each([
    "Sasaran strategis",
    "Sasaran",
    "SASARAN STRATEGIS",
    "Sasaran / Kegiatan",
    "Program / Kegiatan",
    "Sasaran\nStrategis",
  ])("Sasaran: %s", (label) => {
    expect(roleOf(label)).toBe("sasaran");
  });

  it.each([
    "Indikator",
    "Indikator Kinerja",
    "Indikator Kinerja strategis",
    "Indikator Kinerja Utama",
    "INDIKATOR  KINERJA",
  ])("Indikator: %s", (label) => {
    const h = findHeader(sheet([["No", "Sasaran", label, "Kegiatan"]]));
    expect(h?.indikatorCol).toBe(2);
  });

  it.each(["Target", "Target (%)", "Target Tahunan", "TARGET"])("Target: %s", (label) => {
    expect(roleOf(label)).toBe("target");
  });

  it.each([
    "Kegiatan yang akan dilaksanakan",
    "Kegiatan  yang akan dilaksanakan",
    "Rencana Kegiatan",
    "Rencana Aksi",
    "Uraian Kegiatan",
  ])("Kegiatan: %s", (label) => {
    const h = findHeader(sheet([["No", "Sasaran", "Indikator", label]]));
    expect(h?.kegiatanCol).toBe(3);
  });

  it.each(["Perkiraan Biaya (Rp)", "Perkiraan\nBiaya\n(Rp)", "Anggaran (Rp)", "Pagu", "Biaya"])(
    "Budget: %s",
    (label) => {
      expect(roleOf(label)).toBe("budget");
    },
  );

  it.each(["Pelaksana", "Penanggung Jawab", "PJ", "Unit Pelaksana", "penanggung-jawab"])("Pelaksana: %s", (label) => {
    expect(roleOf(label)).toBe("pelaksana");
  });

  it.each(["Rencana Pelaksanaan", "Jadwal Pelaksanaan", "Waktu Pelaksanaan", "Target Triwulan"])(
    "Period group: %s (with months under it)",
    (label) => {
      const h = findHeader(
        sheet([
          ["Indikator", "Kegiatan", label, ...blank12.slice(1)],
          ["", "", ...B],
        ]),
      );
      expect(h?.periodCols).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      expect(h?.columns.some((c) => c.role !== "period" && c.label === label)).toBe(false);
    },
  );

  it("tells Rencana Kegiatan / Rencana Aksi (Kegiatan) from Rencana Pelaksanaan (group)", () => {
    const h = findHeader(
      sheet([
        ["Indikator", "Rencana Aksi", "Rencana Pelaksanaan", "", "", ""],
        ["", "", "TW I", "TW II", "TW III", "TW IV"],
      ]),
    );
    expect(h?.kegiatanCol).toBe(1);
    expect(h?.periodCols).toEqual([2, 3, 4, 5]);
  });

  it("does not take a long text cell for a label (a 32,000-character cell)", () => {
    const long = "Indikator ".repeat(3200);
    expect(findHeader(sheet([[long, long, long, long]]))).toBeNull();
  });
});
