import ExcelJS from "exceljs";
import * as fs from "fs";
import { rakit, save, scratchDir } from "./helpers";

/**
 * The CLI on plans other offices write, and on sheets it cannot read: it says what it read, never
 * "total Rp 0" for a table without a budget column, and `inspect --json` reports a failure on stdout
 * in check --json's shape.
 */

const dir = scratchDir();
afterAll(() => dir.cleanup());

type Row = (string | number | null)[];

async function workbook(name: string, sheets: Record<string, Row[]>, merges: string[] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    ws.addRows(rows);
    for (const m of merges) ws.mergeCells(m);
  }
  return save(wb, dir.path(name));
}

// prettier-ignore
const LAKIP: Row[] = [
  ["RENCANA AKSI KINERJA DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2013"],
  [],
  ["No", "Sasaran Strategis",             "Indikator Kinerja",          "Target RPJMD", null, null,     null, null, "SKPD Penanggung Jawab"],
  [null, null,                            null,                         2011,           2012, 2013,     2014, 2015, null],
  [1,    "Meningkatnya akses pendidikan", "Angka Partisipasi Kasar SD", 98,             99,   "> 99,5", 100,  100,  "Dinas Pendidikan"],
  [2,    "Meningkatnya mutu pendidikan",  "Opini BPK atas laporan",     "WTP",          "WTP", "WTP",   "WTP", "WTP", "Inspektorat"],
];

describe("a Pemda's table without months or a budget column", () => {
  let file: string;
  beforeAll(async () => {
    file = await workbook("lakip.xlsx", { Lampiran: LAKIP }, ["D3:H3"]);
  });

  it("check says there is no budget column, and finds nothing", async () => {
    const run = await rakit("check", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('lembar "Lampiran": 2 sasaran, 2 indikator, tanpa kolom anggaran');
    expect(run.stdout).not.toMatch(/Rp 0|tidak terbaca/);
    expect(run.stdout).toContain("Tidak ada masalah.");
  });

  it("totals says so too, in words and in JSON (total null)", async () => {
    const human = await rakit("totals", file);
    expect(human.stdout.split("\n")[0]).toBe(`${file} · lembar "Lampiran": tanpa kolom anggaran`);
    expect(human.stdout).not.toMatch(/Rp 0|tidak terbaca/);
    const json = JSON.parse((await rakit("totals", file, "--json")).stdout) as {
      total: number | null;
      periodKind: string;
      byCode: unknown[];
      byBlock: { budget: number | null }[];
    };
    expect([json.total, json.periodKind]).toEqual([null, "none"]);
    // No amount per code or per sasaran either: null or nothing, never 0.
    expect(json.byCode).toEqual([]);
    expect(json.byBlock.map((b) => b.budget)).toEqual([null, null]);
  });

  it("inspect reads the 2013 target, no period kind, and no total budget", async () => {
    const run = await rakit("inspect", file, "--json");
    const sheet = (JSON.parse(run.stdout) as { sheets: Record<string, unknown>[] }).sheets[0]!;
    expect(sheet).toMatchObject({ periodKind: "none", budgetLayout: "none", totalBudget: null });
    expect(sheet.header).toMatchObject({ firstRow: 3, lastRow: 4, targetYear: 2013 });
    type RowJson = { target: unknown; targetComparator: unknown; targetText: unknown; pelaksana: string };
    const rows = (sheet.blocks as { rows: RowJson[] }[]).map((b) => b.rows[0]);
    // A word target has no number, but its text is there: it is a target, not a missing one.
    expect(rows.map((r) => [r?.target, r?.targetComparator, r?.targetText, r?.pelaksana])).toEqual([
      [99.5, ">", "> 99,5", "Dinas Pendidikan"],
      [null, null, "WTP", "Inspektorat"],
    ]);
  });
});

// prettier-ignore
const NO_MONTHS: Row[] = [
  ["RENCANA AKSI KINERJA DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2025"],
  [],
  ["No", "Sasaran Strategis",             "Indikator Kinerja",          "Target", "Program/Kegiatan",      "Anggaran (Rp)", "Penanggung Jawab"],
  [1,    "Meningkatnya akses pendidikan", "Angka Partisipasi Kasar SD", 98,       "Program wajib belajar", 150000000,       "Bidang Dikdas"],
  [2,    "Meningkatnya mutu pendidikan",  "Opini BPK atas laporan",     "WTP",    "Program tata kelola",   25000000,        "Sekretariat"],
];

describe("a table with a budget but no month or quarter columns", () => {
  let file: string;
  beforeAll(async () => {
    file = await workbook("no-months.xlsx", { Lampiran: NO_MONTHS });
  });

  it("totals has no period breakdown and calls nothing unscheduled", async () => {
    const run = await rakit("totals", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("total anggaran Rp 175.000.000");
    expect(run.stdout).not.toMatch(/Per bulan|Per triwulan|Belum terjadwal|belum punya jadwal/);
  });

  it("the Rekap sheet has no month section or chart, and --rpd says why there is no draft", async () => {
    const out = dir.path("no-months-totals.xlsx");
    const run = await rakit("totals", file, "--rpd", "-o", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lembar "RPD Draf" tidak dibuat');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Lampiran", "Rekap Anggaran"]);
    const texts: string[] = [];
    wb.getWorksheet("Rekap Anggaran")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.join("|")).not.toMatch(/Per bulan|Belum terjadwal/);
  });

  it("highlight shades nothing, lists no row 'without a month', and writes no copy", async () => {
    const out = dir.path("no-months-highlight.xlsx");
    const run = await rakit("highlight", file, "-o", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("tidak punya kolom bulan atau triwulan");
    expect(run.stdout).not.toMatch(/baris tanpa bulan|diwarnai/);
    expect(run.stdout).toContain("tidak ditulis karena tidak ada yang berubah");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("a sheet without a RAK table", () => {
  let file: string;
  beforeAll(async () => {
    file = await workbook("no-table.xlsx", {
      Rencana: [
        ["Rencana kerja kantor"],
        [],
        ["No", "Sasaran strategis", "Ukuran", "Nilai", "Langkah", "Perkiraan Biaya (Rp)"],
        [1, "Pembentukan Badan Adhoc (6867)", "Persentase KPPS", 100, "Pelantikan", 15048000],
      ],
    });
  });

  it("is named with the header words found and the ones missing, never a column the sheet has", async () => {
    const run = await rakit("check", file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(
      `${file}: tidak dapat dibaca: tidak ada tabel RAK di lembar "Rencana" (Kepala kolom yang terbaca di baris 3: No, Sasaran strategis, Perkiraan Biaya (Rp). Belum ada kolom Indikator atau Kegiatan.)`,
    );
  });

  it("with inspect --json, is reported on stdout in check --json's shape", async () => {
    const inspect = await rakit("inspect", file, "--json", "--lang", "en");
    const check = await rakit("check", file, "--json", "--lang", "en");
    expect(inspect.code).toBe(2);
    expect(JSON.parse(inspect.stdout)).toEqual(JSON.parse(check.stdout));
    expect(JSON.parse(inspect.stdout)).toEqual({
      file,
      error: {
        kind: "noTable",
        message: `no RAK table on sheet "Rencana" (Column headings read in row 3: No, Sasaran strategis, Perkiraan Biaya (Rp). There is no Indikator or Kegiatan column yet.)`,
      },
      sheets: [],
    });
  });

  it("names what a header still needs where the sheet has a body column", async () => {
    const thin = await workbook("thin.xlsx", {
      Data: [
        ["Indikator", "Target"],
        ["Persentase", 100],
      ],
    });
    const run = await rakit("check", thin);
    expect(run.stdout).toContain(
      '"Data" (Kepala kolom yang terbaca di baris 1: Indikator, Target. Perlu satu jenis kolom lagi, mis. bulan (B1–B12) atau triwulan (TW I–IV), No, Sasaran.)',
    );
  });
});

describe("a KPU plan's season finding in English", () => {
  it("gives one line naming the window, and the windows with their regulations in detail, no Indonesian word", async () => {
    const months = (...planned: number[]) =>
      Array.from({ length: 12 }, (_, i) => (planned.includes(i + 1) ? "v" : null));
    const file = await workbook("kampanye.xlsx", {
      "RAK 2024": [
        ["RENCANA AKSI KINERJA TAHUN 2024"],
        ["Nama /Unit Organisasi", ": Sekretariat KPU Kabupaten Contoh"],
        ["Tahun Anggaran", ": 2024"],
        [],
        [
          "No",
          "Sasaran strategis",
          "Indikator Kinerja",
          "Target",
          "Kegiatan",
          ...months().map((_, i) => `B${i + 1}`),
          "Perkiraan Biaya (Rp)",
          "Pelaksana",
        ],
        [
          1,
          "Masa Kampanye Pemilu (6870)",
          "Persentase rapat terlaksana",
          100,
          "Rapat koordinasi kampanye",
          ...months(6, 7),
          911081000,
          "Subbagian Teknis",
        ],
      ],
    });
    const run = await rakit("check", file, "--json", "--lang", "en");
    const findings = (JSON.parse(run.stdout) as { sheets: { findings: Record<string, string>[] }[] }).sheets[0]!
      .findings;
    expect(findings).toEqual([
      {
        rule: "season.outsideWindow",
        severity: "warning",
        address: "F6:Q6",
        message:
          'Row 6 ("Rapat koordinasi kampanye") is planned in B6, B7, outside the window of the stage "Campaign period, 2024 general and regional elections" (B1–B3, B9–B12).',
        detail:
          "The stage's windows in 2024: 2023-11-28 – 2024-02-10 (PKPU 3/2022); 2024-02-11 – 2024-03-31 (Rakit's estimate); 2024-09-25 – 2024-11-23 (PKPU 2/2024); 2024-11-24 – 2024-12-31 (Rakit's estimate). Reporting and evaluation rows may follow in the months after a window.",
      },
    ]);
    expect(run.stdout).not.toMatch(/Perkiraan|Lampiran|Pemilihan|jendela/);
  });
});
