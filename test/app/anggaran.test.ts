/**
 * The Anggaran use cases on the in-memory host, through the adapter, as the pane runs them:
 * computeBudget reads and plans without writing; writeBudget writes the totals as formulas in one
 * batch, and a second run rewrites rather than adds. On Office 2019 (ExcelApi 1.7, no merged-area
 * API) too.
 */
import ExcelJS from "exceljs";
import { computeBudget, writeBudget } from "../../src/app/anggaran";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { SEED_SPEC } from "../cli/helpers";
import { dumpWorkbook, hostFromWorkbook } from "../helpers/host";

const SHEET = "RAK 2024";

function formulaAt(host: Awaited<ReturnType<typeof hostFromWorkbook>>, sheet: string, row: number, col: number) {
  return host.workbook.sheetByName(sheet)?.getCell(row, col);
}

describe("computeBudget", () => {
  it("gives the core's totals and notes, and leaves the workbook as it was", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    const before = dumpWorkbook(host);
    const result = await computeBudget(host, { sheet: SHEET });
    if (!result.ok) throw new Error("no table");
    expect(result.totals.total).toBe(23_142_485_000);
    expect(result.notes.map((n) => n.key)).toContain("budget.note.split");
    expect([result.applied, result.sheetsWritten, result.rpd]).toEqual([0, [], null]);
    expect(dumpWorkbook(host)).toBe(before);
  });

  it("says so, as a value, when the sheet holds no RAK table", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").getCell("A1").value = "bukan RAK";
    const host = await hostFromWorkbook(wb);
    expect(await computeBudget(host)).toEqual({ ok: false, reason: "no-table", sheet: "Catatan" });
  });
});

describe("writeBudget", () => {
  it("writes JUMLAH, the Rekap (with its chart) and the RPD draft; the host computes the core's numbers", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    const result = await writeBudget(host, { sheet: SHEET, rpd: { lag: 1 } });
    if (!result.ok) throw new Error("no table");
    expect(result.sheetsWritten).toEqual([SHEET, "Rekap Anggaran", "RPD Draf"]);
    expect(result.rpd?.lag).toBe(1);
    expect(formulaAt(host, SHEET, 49, 17)).toMatchObject({ formula: "=SUM(R10:R49)", value: 23_142_485_000 });
    expect(host.workbook.sheetByName("Rekap Anggaran")?.charts).toHaveLength(1);
  });

  it("run again: the same JUMLAH row, one Rekap sheet, one chart", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    await writeBudget(host, { sheet: SHEET });
    const once = dumpWorkbook(host);
    const again = await writeBudget(host, { sheet: SHEET });
    if (!again.ok) throw new Error("no table");
    expect(again.notes.map((n) => n.key)).toEqual(
      expect.arrayContaining(["budget.note.totalUpToDate", "budget.note.sheetRewritten"]),
    );
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([SHEET, "Rekap Anggaran"]);
    expect(host.workbook.sheetByName("Rekap Anggaran")?.charts).toHaveLength(1);
    // Same cells, formats and merges; only the rewritten chart has a new id.
    const withoutIds = (dump: string): string => dump.replace(/"id":"\{[0-9A-F]{8}-C4A7[^"]*"/g, '"id":"chart"');
    expect(withoutIds(dumpWorkbook(host))).toBe(withoutIds(once));
  });

  it("on Office 2019 (ExcelApi 1.7: no merged-area API) writes the same totals", async () => {
    const modern = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    const office2019 = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC), { maxApiVersion: "1.7" });
    const a = await writeBudget(modern, { sheet: SHEET });
    const b = await writeBudget(office2019, { sheet: SHEET });
    if (!a.ok || !b.ok) throw new Error("no table");
    // Without merged areas the reader cannot see a Pelaksana merged over several rows, so only the
    // split between pelaksana may differ; the totals per sasaran and per month may not.
    const { byPelaksana: _ignored, ...rest } = b.totals;
    const { byPelaksana: _modern, ...expected } = a.totals;
    expect(rest).toEqual(expected);
    expect(formulaAt(office2019, SHEET, 49, 17)?.formula).toBe("=SUM(R10:R49)");
    expect(office2019.workbook.sheetByName("Rekap Anggaran")?.charts).toHaveLength(1);
  });

  it("refuses, writing nothing, when the sheet changed between its reading and the write", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    // A user's edit lands between writeBudget's reading of the sheet and its write.
    const run = host.run.bind(host);
    let calls = 0;
    host.run = (async (batch) => {
      // Runs: 1 reads the sheet, 2 lists the sheets, 3 applies the edits (checking the fingerprint).
      if (++calls === 3) host.workbook.sheetByName(SHEET)!.ensureCell(20, 4).value = "diubah";
      return run(batch);
    }) as typeof host.run;
    const before = host.workbook.sheets.map((s) => s.name);
    await expect(writeBudget(host, { sheet: SHEET })).rejects.toMatchObject({ problem: "sheetChanged" });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(before);
  });
});
