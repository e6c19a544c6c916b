import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import type { RakSpec } from "../../src/samples/rakSpec";
import { CLEAN_SPEC, SEED_SPEC, rakit, save, scratchDir } from "./helpers";

const dir = scratchDir();
afterAll(() => dir.cleanup());

interface InspectRow {
  row: number;
  indicator: string;
  target: number | null;
  kegiatan: string;
  periods: number[];
  budget: number | null;
  pelaksana: string;
}
interface InspectBlock {
  no: number | null;
  code: string | null;
  title: string;
  budget: number | null;
  firstRow: number;
  lastRow: number;
  rows: InspectRow[];
}
interface InspectJson {
  file: string;
  sheets: {
    sheet: string;
    periodKind: "month" | "quarter";
    meta: { unit: string | null; year: number | null; tahunAnggaran: number | null };
    header: { firstRow: number; lastRow: number };
    blocks: InspectBlock[];
    totalBudget: number;
  }[];
}

async function inspect(file: string, ...args: string[]): Promise<InspectJson> {
  const run = await rakit("inspect", file, "--json", ...args);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as InspectJson;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** CLEAN_SPEC with a budget on every row instead of one per block. */
const PER_ROW: RakSpec = {
  ...CLEAN_SPEC,
  blocks: CLEAN_SPEC.blocks.map((b) => {
    const { budget: _dropped, ...rest } = b;
    void _dropped;
    return { ...rest, rows: b.rows.map((r, i) => ({ ...r, budget: 100_000_000 * (i + 1) })) };
  }),
};

describe("rakit inspect", () => {
  it("reads the seed's layout: 9 blocks, 40 rows, Rp 23.142.485.000", async () => {
    const file = await save(buildRakWorkbook(SEED_SPEC), dir.path("seed.xlsx"));
    const json = await inspect(file);
    const [sheet] = json.sheets;
    expect(sheet!.meta).toEqual({
      unit: "Sekretariat KPU Kota Prabumulih",
      year: 2024,
      tahunAnggaran: 2023,
      title: expect.any(String),
      signature: expect.any(Object),
    });
    expect(sheet!.header).toEqual(expect.objectContaining({ firstRow: 7, lastRow: 9 }));
    expect(sheet!.periodKind).toBe("month");
    expect(sheet!.blocks).toHaveLength(9);
    expect(sheet!.blocks.flatMap((b) => b.rows)).toHaveLength(40);
    expect(sheet!.totalBudget).toBe(23_142_485_000);
    expect(sheet!.blocks[6]).toEqual(
      expect.objectContaining({ no: 7, code: "6982", firstRow: 33, lastRow: 33, budget: 18_729_000 }),
    );
    expect(sheet!.blocks[6]!.rows[0]!.periods).toEqual([]);
  });

  it("reads a Jan..Des layout with a budget per row and no merges", async () => {
    const wb = buildRakWorkbook(PER_ROW, {
      sheetName: "RAK",
      periodLabels: MONTHS,
      merge: false,
      pelaksanaLabel: "Penanggung Jawab",
      budgetLabel: "Anggaran (Rp)",
      periodGroup: "Jadwal Pelaksanaan",
    });
    const file = await save(wb, dir.path("jan-des.xlsx"));
    const [sheet] = (await inspect(file)).sheets;
    expect(sheet!.periodKind).toBe("month");
    expect(sheet!.blocks.map((b) => [b.no, b.code, b.budget])).toEqual([
      [1, "3355", 300_000_000],
      [2, "3360", 300_000_000],
    ]);
    expect(sheet!.blocks[0]!.rows.map((r) => [r.budget, r.periods.length, r.pelaksana])).toEqual([
      [100_000_000, 12, "Subbagian Keuangan, Umum dan Logistik"],
      [200_000_000, 4, "Subbagian Keuangan, Umum dan Logistik"],
    ]);
    expect(sheet!.blocks[0]!.rows[1]!.target).toBe(4);
    expect(sheet!.totalBudget).toBe(600_000_000);
  });

  it("reads a quarterly TW I..TW IV layout with a Keterangan column", async () => {
    const quarterly: RakSpec = {
      ...CLEAN_SPEC,
      blocks: CLEAN_SPEC.blocks.map((b) => ({
        ...b,
        rows: b.rows.map((r) => ({
          ...r,
          months: [1, 2, 3, 4].filter((q) => r.months.some((m) => Math.ceil(m / 3) === q)),
        })),
      })),
    };
    const wb = buildRakWorkbook(quarterly, {
      sheetName: "RAK TW",
      periodLabels: ["TW I", "TW II", "TW III", "TW IV"],
      periodGroup: "Target Triwulan",
      extraColumn: "Keterangan",
    });
    const file = await save(wb, dir.path("quarterly.xlsx"));
    const [sheet] = (await inspect(file)).sheets;
    expect(sheet!.periodKind).toBe("quarter");
    expect(sheet!.blocks[1]!.rows[1]!.periods).toEqual([1, 2, 3, 4]);
    expect(sheet!.blocks[0]!.rows[1]!.periods).toEqual([1, 2, 3, 4]);
    expect(sheet!.totalBudget).toBe(3_750_000_000);
  });

  it("covers only the sheets that hold a RAK, or the one named by --sheet", async () => {
    const wb = buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" });
    const notes = wb.addWorksheet("Catatan");
    notes.addRows([["Catatan rapat"], ["Target harus realistis"]]);
    wb.addWorksheet("Kosong");
    const file = await save(wb, dir.path("several.xlsx"));
    const all = await inspect(file);
    expect(all.sheets.map((s) => s.sheet)).toEqual(["RAK 2025"]);
    const one = await inspect(file, "--sheet", "RAK 2025");
    expect(one.sheets).toHaveLength(1);
    const none = await rakit("inspect", file, "--sheet", "Catatan");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('"Catatan"');
  });

  it("keeps the sheet untouched: inspect never writes", async () => {
    const wb = new ExcelJS.Workbook();
    buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" }, wb);
    const file = await save(wb, dir.path("readonly.xlsx"));
    const before = readFileSync(file);
    await inspect(file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
