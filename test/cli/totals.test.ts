/**
 * `rakit totals`: the budget totals the core computes, printed, and with -o written into the
 * workbook as live formulas. The proof is a real spreadsheet engine: LibreOffice opens what Rakit
 * wrote (cached results stripped, recalculation forced), recomputes every formula, and gets the same
 * numbers the core computed, on the seed and on a per-row-budget layout.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import type { RakSpec } from "../../src/samples/rakSpec";
import { FIXTURE } from "../core/budget/fixture";
import { LibreOffice, libreOfficePresent } from "../helpers/libreoffice";
import { SEED_SPEC, rakit, save, scratchDir } from "./helpers";

const dir = scratchDir();
afterAll(() => dir.cleanup());

const PLAN = "RAK 2024";
const REKAP = "Rekap Anggaran";
const RPD = "RPD Draf";

interface TotalsJson {
  file: string;
  sheet: string;
  total: number;
  periodKind: string;
  byBlock: { no: number; code: string | null; title: string; budget: number | null; row: number }[];
  byCode: { code: string | null; budget: number; blocks: number[] }[];
  byPelaksana: { pelaksana: string; budget: number; split: boolean; splitBlocks: number[] }[];
  byPeriod: { period: number; label: string; budget: number }[];
  byQuarter: { period: number; label: string; budget: number }[];
  unscheduled: number;
  unscheduledBlocks: number[];
  rpd?: { lag: number; totals: number[]; unscheduled: number; total: number };
  notes: { key: string; message: string }[];
  written: { out: string; sheets: string[] } | null;
}

async function totalsJson(...args: string[]): Promise<TotalsJson> {
  const run = await rakit("totals", ...args, "--json");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as TotalsJson;
}

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** The seed's sasaran with each budget spread over its rows: one amount per row, not merged. */
function perRowSpec(spec: RakSpec): RakSpec {
  return {
    ...spec,
    blocks: spec.blocks.map((b) => {
      const total = Number(b.budget);
      const part = Math.floor(total / b.rows.length);
      return {
        ...b,
        budget: undefined,
        rows: b.rows.map((r, i) => ({
          ...r,
          budget: i === b.rows.length - 1 ? total - part * (b.rows.length - 1) : part,
        })),
      };
    }),
  } as RakSpec;
}

/** Rows of a sheet whose first cell reads `label` (exact, or a prefix with `prefix`). */
function rowsLabelled(ws: ExcelJS.Worksheet, label: string, prefix = false): number[] {
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && (prefix ? v.startsWith(label) : v === label)) rows.push(n);
  });
  return rows;
}

/** A formula cell's computed result (exceljs's `result`, which also reads a cached 0), or a constant's value. */
function result(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** The Rekap's amount cells, top to bottom: the formulas in column C. */
function rekapAmounts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    const cell = row.getCell(3);
    if (cell.formula) out.push(cell.address);
  });
  return out;
}

/** What the Rekap's amounts must come to, in its order: each section, then its Jumlah. */
function expectedRekap(t: TotalsJson): number[] {
  return [
    ...t.byBlock.map((b) => b.budget ?? 0),
    t.total,
    ...t.byPelaksana.map((p) => p.budget),
    t.total,
    ...t.byPeriod.map((p) => p.budget),
    ...(t.unscheduled > 0 ? [t.unscheduled] : []),
    t.total,
  ];
}

describe("rakit totals prints the core's totals", () => {
  let file: string;
  beforeAll(async () => {
    file = await save(buildRakWorkbook(SEED_SPEC), dir.path("seed.xlsx"));
  });

  it("--json: total, byBlock {no, code, budget}, byPelaksana {pelaksana, budget}, byPeriod, byCode, unscheduled", async () => {
    const json = await totalsJson(file);
    expect(json.sheet).toBe(PLAN);
    expect(json.total).toBe(23_142_485_000);
    expect(json.byBlock).toHaveLength(9);
    expect(json.byBlock[0]).toMatchObject({ no: 1, code: "6709", budget: 822_654_000, row: 10 });
    expect(json.byBlock.reduce((s, b) => s + (b.budget ?? 0), 0)).toBe(json.total);
    expect(json.byPelaksana.reduce((s, p) => s + p.budget, 0)).toBe(json.total);
    expect(json.byPelaksana.filter((p) => p.split).length).toBeGreaterThan(0);
    expect(json.byPeriod.map((p) => p.label)).toEqual(Array.from({ length: 12 }, (_, i) => `B${i + 1}`));
    expect(json.byPeriod.reduce((s, p) => s + p.budget, 0) + json.unscheduled).toBe(json.total);
    expect(json.byCode.map((c) => c.code)).toContain("3360");
    // Sasaran 7 has no month: its budget is not in any period.
    expect([json.unscheduled, json.unscheduledBlocks]).toEqual([18_729_000, [7]]);
    expect(json.written).toBeNull();
    // Notes explain the numbers; without -o none speaks of writing.
    expect(json.notes.map((n) => n.key)).toEqual(["budget.note.split", "budget.note.unscheduled"]);
  });

  it("reads 'Rp 1.234.567' tables per sasaran, pelaksana and month, with the split note, and writes nothing", async () => {
    const before = readFileSync(file);
    const run = await rakit("totals", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('lembar "RAK 2024": total anggaran Rp 23.142.485.000');
    expect(run.stdout).toMatch(/Per sasaran\n {2} 1 +Rp 822\.654\.000 {2}Perencanaan Program/);
    expect(run.stdout).toContain("Per pelaksana");
    expect(run.stdout).toMatch(/Belum terjadwal +Rp 18\.729\.000 {2}7/);
    expect(run.stdout).toContain("dibagi ke beberapa pelaksana menurut jumlah baris");
    // Without -o nothing is written, and no note talks about writing.
    expect(run.stdout).not.toContain("disisipkan");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("--lang en and --rpd --lag 1: the draft's periods, and the note that it is a draft for the PPK", async () => {
    const run = await rakit("totals", file, "--lang", "en", "--rpd", "--lag", "1");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("budget total Rp 23.142.485.000");
    expect(run.stdout).toContain("Draft RPD (fund withdrawal, lag 1)");
    expect(run.stdout).toMatch(/draft for the PPK/i);
  });
});

describe("rakit totals -o writes live formulas", () => {
  it("JUMLAH under the table as a SUM, a Rekap sheet of formulas into the plan sheet, '#,##0', and a chart", async () => {
    const input = await save(buildRakWorkbook(SEED_SPEC), dir.path("write-in.xlsx"));
    const before = readFileSync(input);
    const out = dir.path("write-out.xlsx");
    const json = await totalsJson(input, "-o", out);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(json.written).toEqual({ out, sheets: [PLAN, REKAP] });

    const wb = await book(out);
    const plan = wb.getWorksheet(PLAN) as ExcelJS.Worksheet;
    expect(rowsLabelled(plan, "JUMLAH")).toEqual([50]);
    expect(plan.getCell("R50").formula).toBe("SUM(R10:R49)");
    expect(plan.getCell("R50").numFmt).toBe("#,##0");
    // Inserted, not written over: the signature block moved down a row.
    expect(plan.getCell("N53").value ?? plan.getCell("M53").value).toBeTruthy();

    const rekap = wb.getWorksheet(REKAP) as ExcelJS.Worksheet;
    const cells = rekapAmounts(rekap);
    expect(cells).toHaveLength(expectedRekap(json).length);
    for (const address of cells) {
      const f = rekap.getCell(address).formula;
      expect(f.includes("'RAK 2024'!") || /^SUM\(C\d+:C\d+\)$/.test(f)).toBe(true);
      expect(rekap.getCell(address).numFmt).toBe("#,##0");
    }
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
  });

  it("run twice (on its own output): one JUMLAH row, one Rekap sheet, one chart, the same numbers", async () => {
    const input = await save(buildRakWorkbook(SEED_SPEC), dir.path("twice-in.xlsx"));
    const first = dir.path("twice-1.xlsx");
    const second = dir.path("twice-2.xlsx");
    const one = await totalsJson(input, "-o", first, "--rpd");
    const two = await totalsJson(first, "-o", second, "--rpd");
    const strip = (j: TotalsJson): unknown => ({ ...j, file: "", notes: [], written: null });
    expect(strip(two)).toEqual(strip(one));
    expect(two.notes.map((n) => n.key)).toEqual(
      expect.arrayContaining(["budget.note.totalUpToDate", "budget.note.sheetRewritten"]),
    );

    const wb = await book(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual([PLAN, REKAP, RPD]);
    expect(rowsLabelled(wb.getWorksheet(PLAN) as ExcelJS.Worksheet, "JUMLAH")).toEqual([50]);
    const zip = await JSZip.loadAsync(readFileSync(second));
    expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
    // The Rekap was rewritten, not appended to: as many amount cells as the first time.
    const once = await book(first);
    expect(rekapAmounts(wb.getWorksheet(REKAP) as ExcelJS.Worksheet)).toEqual(
      rekapAmounts(once.getWorksheet(REKAP) as ExcelJS.Worksheet),
    );
  });

  it("a JUMLAH row with a typed number: Rakit uses that row, puts the formula in, and says so", async () => {
    const wb = buildRakWorkbook(SEED_SPEC);
    const ws = wb.getWorksheet(PLAN) as ExcelJS.Worksheet;
    ws.getCell("A50").value = "JUMLAH";
    ws.getCell("R50").value = 23_000_000_000;
    const input = await save(wb, dir.path("typed-in.xlsx"));
    const out = dir.path("typed-out.xlsx");
    const run = await rakit("totals", input, "-o", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Sel jumlah R50 berisi angka ketikan (Rp 23.000.000.000); diganti rumus =SUM(R10:R49)",
    );
    const plan = (await book(out)).getWorksheet(PLAN) as ExcelJS.Worksheet;
    expect(rowsLabelled(plan, "JUMLAH")).toEqual([50]);
    expect(plan.getCell("R50").formula).toBe("SUM(R10:R49)");
    expect(result(plan.getCell("R50"))).toBe(23_142_485_000);
  });

  it("where budgets are per row: subtotal rows in the table's look, and a JUMLAH of SUBTOTAL", async () => {
    const input = await save(buildRakWorkbook(perRowSpec(SEED_SPEC)), dir.path("rows-in.xlsx"));
    const out = dir.path("rows-out.xlsx");
    const json = await totalsJson(input, "-o", out);
    expect(json.total).toBe(23_142_485_000);
    const plan = (await book(out)).getWorksheet(PLAN) as ExcelJS.Worksheet;
    const subtotals = rowsLabelled(plan, "Subtotal Sasaran", true);
    expect(subtotals).toHaveLength(9);
    const first = plan.getRow(subtotals[0] as number);
    expect(first.getCell(18).formula).toMatch(/^SUBTOTAL\(9,R10:R\d+\)$/);
    expect(first.getCell(1).font).toMatchObject({ bold: true, italic: true });
    expect(first.getCell(18).border?.top?.style).toBe("thin");
    const [jumlah] = rowsLabelled(plan, "JUMLAH");
    expect(plan.getCell(`R${jumlah}`).formula).toBe(`SUBTOTAL(9,R10:R${(jumlah as number) - 1})`);
    // Read back, the table has its nine sasaran again and the same total: subtotals are not sasaran.
    expect((await totalsJson(out)).byBlock.map((b) => b.budget)).toEqual(json.byBlock.map((b) => b.budget));
  });
});

describe("rakit totals -o: where it writes", () => {
  let input: string;
  beforeAll(async () => {
    input = await save(buildRakWorkbook(SEED_SPEC), dir.path("where-in.xlsx"));
  });

  it("refuses to write over another existing file (exit 2, file untouched) unless --force", async () => {
    const other = dir.path("existing.xlsx");
    writeFileSync(other, "keep me");
    const run = await rakit("totals", input, "-o", other);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("sudah ada");
    expect(readFileSync(other, "utf8")).toBe("keep me");
    const forced = await rakit("totals", input, "-o", other, "--force");
    expect(forced.code).toBe(0);
    expect(statSync(other).size).toBeGreaterThan(1000);
  });

  it("keeps a picture the input holds: no warning, and the output has the picture where it was", async () => {
    const wb = buildRakWorkbook(SEED_SPEC);
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    (wb.getWorksheet(PLAN) as ExcelJS.Worksheet).addImage(
      wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }),
      "T2:U4",
    );
    const file = await save(wb, dir.path("with-logo.xlsx"));
    const out = dir.path("with-logo-out.xlsx");
    const run = await rakit("totals", file, "-o", out);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("tidak ikut tersimpan di");
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).filter((n) => n.startsWith("xl/media/"))).toHaveLength(1);
    const drawing = (await zip.file("xl/drawings/drawing1.xml")?.async("string")) ?? "";
    // T2 is column 19, row 1 (0-based); totals writes no rows above it.
    expect(drawing).toMatch(/<xdr:from><xdr:col>19<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>1<\/xdr:row>/);
  });

  it("writes in place only when -o names the input itself", async () => {
    const file = await save(buildRakWorkbook(SEED_SPEC), dir.path("in-place.xlsx"));
    const run = await rakit("totals", file, "-o", file);
    expect(run.code).toBe(0);
    expect((await book(file)).worksheets.map((w) => w.name)).toEqual([PLAN, REKAP]);
  });

  it("exit 2 with one line for a missing file, a file without a table, a missing folder or a non-.xlsx OUT", async () => {
    const missing = await rakit("totals", dir.path("nope.xlsx"));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("berkas tidak ditemukan")]);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Catatan").getCell("A1").value = "bukan RAK";
    const noTable = await rakit("totals", await save(empty, dir.path("no-table.xlsx")));
    expect([noTable.code, noTable.stderr]).toEqual([2, expect.stringContaining("tidak ada tabel RAK")]);
    const noDir = await rakit("totals", input, "-o", dir.path("no/such/dir/out.xlsx"));
    expect([noDir.code, noDir.stderr]).toEqual([2, expect.stringContaining("folder")]);
    const csv = await rakit("totals", input, "-o", dir.path("out.csv"));
    expect([csv.code, csv.stderr]).toEqual([2, expect.stringContaining(".xlsx")]);
    expect(existsSync(dir.path("out.csv"))).toBe(false);
    const sheet = await rakit("totals", input, "--sheet", "Lain");
    expect([sheet.code, sheet.stderr]).toEqual([2, expect.stringContaining('lembar "Lain" tidak ada')]);
  });
});

const present = libreOfficePresent();
(present ? describe : describe.skip)("LibreOffice recomputes what rakit totals -o wrote", () => {
  const office = new LibreOffice("totals");
  afterAll(() => office.cleanup());

  const seedPresent = existsSync(FIXTURE);
  if (!seedPresent)
    console.warn(`SKIPPED: seed fixture not found at ${FIXTURE}; the seed's recompute check did not run`);

  /** Rakit's output (where its formulas are) and LibreOffice's recomputed copy of it. */
  async function recomputed(out: string): Promise<{ written: ExcelJS.Workbook; lo: ExcelJS.Workbook }> {
    return { written: await book(out), lo: await book((await office.recalculate(out)).file) };
  }

  function checkRekap(written: ExcelJS.Workbook, lo: ExcelJS.Workbook, json: TotalsJson): void {
    const cells = rekapAmounts(written.getWorksheet(REKAP) as ExcelJS.Worksheet);
    const rekap = lo.getWorksheet(REKAP) as ExcelJS.Worksheet;
    expect(cells.map((a) => result(rekap.getCell(a)))).toEqual(expectedRekap(json));
  }

  (seedPresent ? it : it.skip)(
    "on the seed fixture: JUMLAH, every Rekap number and the RPD draft's Jumlah row equal the core's totals",
    async () => {
      const input = dir.path("lo-seed.xlsx");
      writeFileSync(input, readFileSync(FIXTURE));
      const out = dir.path("lo-seed-out.xlsx");
      const json = await totalsJson(input, "-o", out, "--rpd", "--lag", "1");
      const { written, lo } = await recomputed(out);

      const plan = lo.getWorksheet(PLAN) as ExcelJS.Worksheet;
      expect(rowsLabelled(plan, "JUMLAH")).toEqual([50]);
      expect(result(plan.getCell("R50"))).toBe(json.total);
      expect(json.total).toBe(23_142_485_000);
      checkRekap(written, lo, json);

      const rpd = lo.getWorksheet(RPD) as ExcelJS.Worksheet;
      let sumRow = 0;
      rpd.eachRow((row, n) => {
        if (row.getCell(2).value === "Jumlah") sumRow = n;
      });
      const draft = json.rpd as NonNullable<TotalsJson["rpd"]>;
      const expected = [json.total, ...draft.totals, ...(draft.unscheduled > 0 ? [draft.unscheduled] : [])];
      expect(expected.map((_, i) => result(rpd.getRow(sumRow).getCell(3 + i)))).toEqual(expected);
    },
    150_000,
  );

  it("on a per-row-budget layout: JUMLAH, each subtotal and every Rekap number equal the core's totals", async () => {
    const input = await save(buildRakWorkbook(perRowSpec(SEED_SPEC)), dir.path("lo-rows.xlsx"));
    const out = dir.path("lo-rows-out.xlsx");
    const json = await totalsJson(input, "-o", out);
    const { written, lo } = await recomputed(out);

    const plan = lo.getWorksheet(PLAN) as ExcelJS.Worksheet;
    const [jumlah] = rowsLabelled(plan, "JUMLAH");
    expect(result(plan.getCell(`R${jumlah}`))).toBe(json.total);
    const subtotals = rowsLabelled(plan, "Subtotal Sasaran", true).map((r) => result(plan.getCell(`R${r}`)));
    expect(subtotals).toEqual(json.byBlock.map((b) => b.budget));
    checkRekap(written, lo, json);
  }, 150_000);
});
