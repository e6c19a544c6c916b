import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { CLEAN_SPEC, rakit, save, scratchDir } from "./helpers";

const dir = scratchDir();
afterAll(() => dir.cleanup());

/** Exit code 2 and one line that names the file: never a stack trace. */
function expectOneLineFailure(
  run: { code: number; stdout: string; stderr: string },
  file: string,
  reason: RegExp,
): void {
  expect(run.code).toBe(2);
  const text = `${run.stdout}${run.stderr}`.trim();
  expect(text.split("\n")).toHaveLength(1);
  expect(text).toContain(file);
  expect(text).toMatch(reason);
  expect(text).not.toMatch(/\n\s+at /);
}

describe("rakit check on bad input", () => {
  it("a file that is not a zip", async () => {
    const file = dir.path("not-a-zip.xlsx");
    writeFileSync(file, "No,Sasaran\n1,Kegiatan\n");
    expectOneLineFailure(await rakit("check", file), file, /bukan berkas \.xlsx/);
  });

  it("a file that does not exist", async () => {
    const file = dir.path("missing.xlsx");
    expectOneLineFailure(await rakit("check", file), file, /tidak ditemukan/);
  });

  it("a zip that is not a workbook", async () => {
    const file = dir.path("zip-not-xlsx.xlsx");
    // A minimal empty zip archive: the end-of-central-directory record alone, preceded by a local header magic.
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x03, 0x04]),
        Buffer.alloc(26),
        Buffer.from([0x50, 0x4b, 0x05, 0x06]),
        Buffer.alloc(18),
      ]),
    );
    expectOneLineFailure(await rakit("check", file), file, /rusak|tidak memiliki lembar|tidak ada tabel/);
  });

  it("an empty workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const file = await save(wb, dir.path("empty.xlsx"));
    expectOneLineFailure(await rakit("check", file), file, /tidak ada tabel RAK .* "Sheet1"/);
  });

  it("a sheet without a RAK names the sheets looked at", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").addRows([
      ["Nama", "Umur"],
      ["Ani", 30],
    ]);
    wb.addWorksheet("Catatan").getCell("A1").value = "Rapat tanggal 5";
    const file = await save(wb, dir.path("no-rak.xlsx"));
    expectOneLineFailure(await rakit("check", file), file, /"Data", "Catatan"/);
  });

  it("--sheet naming a sheet that is not there lists the sheets there are", async () => {
    const file = await save(buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" }), dir.path("one-sheet.xlsx"));
    expectOneLineFailure(await rakit("check", file, "--sheet", "RAK 2030"), file, /"RAK 2030".*"RAK 2025"/);
  });

  it("a header with no data rows is a RAK with an error, not a crash", async () => {
    const wb = buildRakWorkbook({ ...CLEAN_SPEC, blocks: [] }, { sheetName: "RAK 2025" });
    const file = await save(wb, dir.path("header-only.xlsx"));
    const run = await rakit("check", file, "--json");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { sheets: { findings: { rule: string }[] }[] };
    expect(json.sheets[0]!.findings.map((f) => f.rule)).toContain("table.noRows");
  });

  it("a usage mistake gets the usage and exit code 2", async () => {
    const run = await rakit("check", "--lang", "fr", "x.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage:");
  });
});

describe("the rakit executable", () => {
  const bin = join(__dirname, "..", "..", "bin", "rakit.js");

  it("passes exit codes through: 2 for a file that is not an .xlsx", () => {
    const file = dir.path("bin-not-a-zip.xlsx");
    writeFileSync(file, "hello");
    const run = spawnSync(process.execPath, [bin, "check", file], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout.trim() + run.stderr.trim()).toContain("bin-not-a-zip.xlsx");
  });

  it("passes exit codes through: 0 for a clean plan", async () => {
    const file = await save(buildRakWorkbook(CLEAN_SPEC, { sheetName: "RAK 2025" }), dir.path("bin-clean.xlsx"));
    const run = spawnSync(process.execPath, [bin, "check", file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
