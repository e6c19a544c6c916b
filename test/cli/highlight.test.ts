/**
 * `rakit highlight`: the schedule on the sheet as conditional formats (rows with no month, months
 * no row plans), which follow the "v" marks as they are typed; `--clear` removes Rakit's rules and
 * only those. Highlight then clear gives back the workbook it started from.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { RAKIT_CF_MARK } from "../../src/core/edits";
import { createHostFromXlsx, type ExcelHost } from "../../src/host";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { dumpWorkbook } from "../helpers/host";
import { describeXlsx } from "../host/xlsx/describe";
import { FIXTURE } from "../core/budget/fixture";
import { CLEAN_SPEC, SEED_SPEC, rakit, save, scratchDir } from "./helpers";

const dir = scratchDir();
afterAll(() => dir.cleanup());

type Cf = { ref: string; rules: { type: string; formulae?: string[] }[] };

async function conditionalFormats(file: string, sheet: string): Promise<Cf[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return (wb.getWorksheet(sheet) as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
}

/** A seed-like plan whose third month nobody plans, with a rule of the user's own on the sheet. */
async function planWithOwnRule(): Promise<string> {
  const spec = {
    ...SEED_SPEC,
    blocks: SEED_SPEC.blocks.map((b) => ({
      ...b,
      rows: b.rows.map((r) => ({ ...r, months: r.months.filter((m) => m !== 3) })),
    })),
  };
  const wb = buildRakWorkbook(spec);
  (wb.getWorksheet("RAK 2024") as ExcelJS.Worksheet).addConditionalFormatting({
    ref: "R10:R49",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["R10>1000000000"],
        style: { font: { bold: true } },
      },
    ],
  });
  return save(wb, dir.path("own-rule.xlsx"));
}

describe("rakit highlight", () => {
  it("adds Rakit's rules for rows without a month and months without a row, and leaves the input alone", async () => {
    const input = await planWithOwnRule();
    const before = readFileSync(input);
    const out = dir.path("highlighted.xlsx");
    const run = await rakit("highlight", input, "-o", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 baris tanpa bulan, 1 periode tanpa kegiatan; 2 aturan sorotan");
    expect(run.stdout).toContain("baris 33: Penyusunan Laporan Pemilu");
    expect(run.stdout).toContain("periode tanpa kegiatan: B3");
    expect(readFileSync(input).equals(before)).toBe(true);

    const cfs = await conditionalFormats(out, "RAK 2024");
    const rakitRules = cfs.filter((c) => c.rules[0]?.formulae?.[0]?.startsWith(RAKIT_CF_MARK));
    expect(rakitRules.map((c) => [c.ref, c.rules[0]?.formulae?.[0]])).toEqual(
      expect.arrayContaining([
        ["F10:Q49", `${RAKIT_CF_MARK}(COUNTA($F10:$Q10)=0)`],
        ["F8:Q49", `${RAKIT_CF_MARK}(COUNTA(F$10:F$49)=0)`],
      ]),
    );
    // The user's own rule is still there.
    expect(cfs.some((c) => c.rules[0]?.formulae?.[0] === "R10>1000000000")).toBe(true);
  });

  it("--json lists the unplanned rows and the empty periods", async () => {
    const input = await planWithOwnRule();
    const run = await rakit("highlight", input, "-o", dir.path("highlighted.json.xlsx"), "--json");
    const json = JSON.parse(run.stdout) as { rules: number; unplanned: { row: number }[]; emptyPeriods: unknown[] };
    expect(json.rules).toBe(2);
    expect(json.unplanned.map((u) => u.row)).toEqual([33]);
    expect(json.emptyPeriods).toEqual([{ period: 3, label: "B3" }]);
  });

  it("highlight, then clear: the workbook is the original again (host model and file as exceljs reads it)", async () => {
    const input = await planWithOwnRule();
    const lit = dir.path("lit.xlsx");
    const cleared = dir.path("cleared.xlsx");
    expect((await rakit("highlight", input, "-o", lit)).code).toBe(0);
    const run = await rakit("highlight", lit, "--clear", "-o", cleared, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("your own conditional formatting rules are untouched");

    const original = await createHostFromXlsx(readFileSync(input));
    const after = await createHostFromXlsx(readFileSync(cleared));
    expect(model(after)).toEqual(model(original));
    expect(await describeXlsx(readFileSync(cleared))).toEqual(await describeXlsx(readFileSync(input)));
  });

  (readFileSyncSafe(FIXTURE) ? it : it.skip)(
    "on the seed fixture too, highlight then clear leaves it as it was",
    async () => {
      const input = dir.path("seed.xlsx");
      await save(await loadBook(FIXTURE), input);
      const lit = dir.path("seed-lit.xlsx");
      const cleared = dir.path("seed-cleared.xlsx");
      expect((await rakit("highlight", input, "-o", lit)).code).toBe(0);
      expect((await conditionalFormats(lit, "RAK 2024")).length).toBeGreaterThan(0);
      expect((await rakit("highlight", lit, "--clear", "-o", cleared)).code).toBe(0);
      const original = await createHostFromXlsx(readFileSync(input));
      const after = await createHostFromXlsx(readFileSync(cleared));
      expect(model(after)).toEqual(model(original));
    },
  );

  it("needs -o (exit 2), and exits 2 on a file without a RAK table", async () => {
    const input = await save(buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" }), dir.path("clean.xlsx"));
    const noOut = await rakit("highlight", input);
    expect([noOut.code, noOut.stderr]).toEqual([2, expect.stringContaining("-o")]);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Catatan").getCell("A1").value = "bukan RAK";
    const noTable = await rakit("highlight", await save(empty, dir.path("no-table.xlsx")), "-o", dir.path("x.xlsx"));
    expect([noTable.code, noTable.stderr]).toEqual([2, expect.stringContaining("tidak ada tabel RAK")]);
  });
});

/** The host's model of a workbook as plain data (compared as values: key order is not content). */
function model(host: ExcelHost): unknown {
  return JSON.parse(dumpWorkbook(host));
}

function readFileSyncSafe(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    console.warn(`SKIPPED: seed fixture not found at ${path}`);
    return false;
  }
}

async function loadBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}
