import { mkdirSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { CLEAN_SPEC, SEED_SPEC, rakit, save, scratchDir } from "./helpers";

const dir = scratchDir();
afterAll(() => dir.cleanup());

interface CheckJson {
  file: string;
  sheets: {
    sheet: string;
    findings: { rule: string; severity: string; address: string; message: string }[];
    summary: Record<string, number>;
  }[];
}

describe("rakit check on the seed's layout", () => {
  let file: string;
  beforeAll(async () => {
    file = await save(buildRakWorkbook(SEED_SPEC), dir.path("seed.xlsx"));
  });

  it("finds exactly the seed's two real errors and nothing else, and exits 1", async () => {
    const run = await rakit("check", file, "--json");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.file).toBe(file);
    expect(json.sheets).toHaveLength(1);
    const sheet = json.sheets[0]!;
    expect(sheet.sheet).toBe("RAK 2024");
    const real = sheet.findings.filter((f) => f.severity === "error");
    expect(real.map((f) => [f.rule, f.address])).toEqual([
      ["meta.yearMismatch", "D5"],
      ["row.noMonth", "F33:Q33"],
    ]);
    // Every row is at least partly inside its stage's 2024 windows (Pemilu and Pilkada): no warning.
    expect(sheet.findings).toHaveLength(2);
    expect(sheet.summary).toEqual({ error: 2, warning: 0, info: 0 });
    expect(real[0]!.message).toContain("2023");
    expect(real[0]!.message).toContain("2024");
  });

  it("prints a summary, then findings grouped by severity with Sheet!A1 addresses", async () => {
    const run = await rakit("check", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"RAK 2024"');
    expect(run.stdout).toContain("9 sasaran, 40 indikator, total Rp 23.142.485.000");
    expect(run.stdout).toContain("2 galat, 0 peringatan");
    expect(run.stdout).toMatch(/GALAT \(2\)\n {2}'RAK 2024'!D5 {2}.*Tahun Anggaran 2023/);
    expect(run.stdout).toContain("'RAK 2024'!F33:Q33");
  });

  it("speaks English with --lang en", async () => {
    const run = await rakit("check", file, "--lang", "en");
    expect(run.stdout).toContain("2 errors, 0 warnings");
    expect(run.stdout).toContain("ERRORS (2)");
    expect(run.stdout).not.toContain("berbeda");
  });

  it("--stats writes one JSON line to stderr with read and analysis times and the adapter's syncs", async () => {
    const run = await rakit("check", file, "--stats");
    const stats = JSON.parse(run.stderr.trim()) as Record<string, number>;
    expect(Object.keys(stats).sort()).toEqual(
      ["analyzeMs", "maxSyncBytes", "readMs", "requestBytes", "responseBytes", "rows", "syncs"].sort(),
    );
    expect(stats.rows).toBeGreaterThanOrEqual(49);
    expect(stats.syncs).toBeGreaterThanOrEqual(2);
    expect(stats.maxSyncBytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("rakit check on other offices' layouts", () => {
  it("a clean plan exits 0 with no errors", async () => {
    const file = await save(buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" }), dir.path("clean.xlsx"));
    const run = await rakit("check", file, "--json");
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.sheets[0]!.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("error values stay errors: a #REF! budget is an error finding, not a number", async () => {
    const wb = buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" });
    const ws = wb.getWorksheet("RAK 2025")!;
    const budget = ws.getCell("R11");
    budget.value = { formula: "#REF!+1", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
    const file = await save(wb, dir.path("ref-error.xlsx"));
    const run = await rakit("check", file, "--json");
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.sheets[0]!.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "block.budgetError", address: "R11", severity: "error" }),
      ]),
    );
    expect(run.code).toBe(1);
  });

  it("a 32,000-character cell is read without trouble", async () => {
    const wb = buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" });
    wb.getWorksheet("RAK 2025")!.getCell("E12").value = "Uraian panjang ".repeat(2200).slice(0, 32000);
    const file = await save(wb, dir.path("long-cell.xlsx"));
    const run = await rakit("check", file, "--json");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });
});

describe("rakit check on several files", () => {
  it("takes a folder: one summary line per file, progress on stderr, totals, exit 1 when any file has errors", async () => {
    const folder = dir.path("kabkota");
    mkdirSync(folder);
    await save(buildRakWorkbook(SEED_SPEC), `${folder}/a-prabumulih.xlsx`);
    await save(buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" }), `${folder}/b-contoh.xlsx`);
    writeFileSync(`${folder}/~$a-prabumulih.xlsx`, "lock file");
    const run = await rakit("check", folder);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/a-prabumulih\.xlsx: 2 galat, 0 peringatan/);
    expect(lines[1]).toMatch(/b-contoh\.xlsx: 0 galat, 0 peringatan/);
    expect(lines[2]).toMatch(/^Total: 2 berkas, 2 galat, 0 peringatan, \d+ info; 0 tidak terbaca\.$/);
    expect(run.stderr).toContain("[1/2]");
    expect(run.stderr).toContain("[2/2]");
  });

  it('with --json prints { "files": [...] }, one object per file in the single-file shape', async () => {
    const a = await save(buildRakWorkbook(SEED_SPEC), dir.path("multi-a.xlsx"));
    const b = await save(buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" }), dir.path("multi-b.xlsx"));
    const run = await rakit("check", a, b, "--json");
    const json = JSON.parse(run.stdout) as { files: CheckJson[] };
    expect(json.files.map((f) => f.file)).toEqual([a, b]);
    expect(json.files[0]!.sheets[0]!.summary.error).toBe(2);
    expect(json.files[1]!.sheets[0]!.summary.error).toBe(0);
  });
});
