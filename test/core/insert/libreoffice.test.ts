import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { insertEntries } from "../../../src/app/katalog";
import { applyPlanned } from "../../../src/app/applyPlanned";
import { planBudgetEdits, REKAP_SHEET } from "../../../src/core/budget";
import { readPlan } from "../../../src/core/reader";
import { readSnapshot } from "../../../src/excel/readSnapshot";
import { listSheets } from "../../../src/excel/readWorkbook";
import { createHostFromXlsx } from "../../../src/host/host";
import { fixtureBytes } from "../../helpers/host";
import { LibreOffice, libreOfficePresent } from "../../helpers/libreoffice";

/**
 * The insert, opened by a real spreadsheet: LibreOffice recomputes the workbook Rakit wrote (every
 * cached result stripped first) and prints it. The totals must cover the new rows, the merges must
 * be what the host says, and the printout must still read as a RAK.
 *
 * RAKIT_DOCS_IMAGES=1 also writes the pages as docs/insert-page-<n>.png (pdftoppm, 60 dpi).
 */
const bytes = fixtureBytes();
const run = bytes && libreOfficePresent() ? it : it.skip;
const SHEET = "RAK 2024";

describe("LibreOffice on the inserted seed", () => {
  const lo = new LibreOffice("insert");
  afterAll(() => lo.cleanup());

  run("recomputes JUMLAH and the Rekap over the new rows, keeps the merges, and prints a RAK", async () => {
    const host = await createHostFromXlsx(bytes as Buffer);
    // Anggaran first (JUMLAH under the table, the Rekap sheet), then Sisipkan: a middle block
    // (3355), a new block (6868, after 6867) and the last block (3360, right above JUMLAH).
    const s0 = await host.run((c) => readSnapshot(c, SHEET, { mergedAreas: true }));
    const read0 = readPlan(s0);
    if (!read0.ok) throw new Error("no plan");
    await applyPlanned(
      host,
      SHEET,
      null,
      planBudgetEdits(read0.plan, s0, { existingSheets: await listSheets(host) }).edits,
    );
    const result = await insertEntries(host, { sheet: SHEET, entryIds: ["3355-09", "6868-01", "6868-02", "3360-09"] });
    expect(result.ok).toBe(true);
    // The user types the new sasaran's budget afterwards: the totals LibreOffice computes must include it.
    await applyPlanned(host, SHEET, null, [{ kind: "setValues", sheet: SHEET, address: "R17", values: [[2_500_000]] }]);
    const after = await host.run((c) => readSnapshot(c, SHEET, { mergedAreas: true }));

    const file = join(lo.dir, "rak-sisip.xlsx");
    writeFileSync(file, await host.saveXlsx());
    const recalculated = await lo.recalculate(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated.file);
    const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;

    // JUMLAH is row 54 now (50 + 4 new rows): =SUM(R10:R53), recomputed.
    expect(ws.getCell("A54").value).toBe("JUMLAH");
    const total = ws.getCell("R54").value as ExcelJS.CellFormulaValue;
    expect([total.formula, total.result]).toEqual(["SUM(R10:R53)", 23_142_485_000 + 2_500_000]);
    // Block numbers 1..10 down column A.
    const numbers: unknown[] = [];
    for (let r = 10; r <= 53; r++) {
      // exceljs repeats a merge's value in its covered cells: only the master cells count.
      const cell = ws.getCell(`A${r}`);
      if (typeof cell.value === "number" && (!cell.isMerged || cell.master.address === cell.address))
        numbers.push(cell.value);
    }
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The merges LibreOffice read are the ones the host wrote.
    const loMerges = ((ws.model as { merges?: string[] }).merges ?? []).slice().sort();
    const hostMerges = after.merges
      .map((m) => `${String.fromCharCode(65 + m.left)}${m.top + 1}:${String.fromCharCode(65 + m.right)}${m.bottom + 1}`)
      .sort();
    expect(loMerges).toEqual(hostMerges);

    // The Rekap's per-sasaran Jumlah: every sasaran, the new one with its budget.
    const rekap = wb.getWorksheet(REKAP_SHEET) as ExcelJS.Worksheet;
    const jumlah: unknown[] = [];
    rekap.eachRow((row) => {
      if (row.getCell(2).value === "Jumlah") jumlah.push((row.getCell(3).value as ExcelJS.CellFormulaValue).result);
    });
    expect(jumlah).toEqual([23_144_985_000, 23_144_985_000, 23_144_985_000]);

    // Printed: still a RAK, with the new rows in it and the signature under the table.
    const pdf = lo.convert(file, "pdf").file;
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const words of [
      "RENCANA AKSI KINERJA",
      "Pemutakhiran Data Pemilih dan",
      "Rekonsiliasi laporan keuangan bulanan",
      "Pembayaran langganan daya dan jasa",
      "JUMLAH",
      "YASRIN ABIDIN",
    ])
      expect(text).toContain(words);

    if (process.env.RAKIT_DOCS_IMAGES) {
      // The plan sheet's pages only: the Rekap sheet's follow from "REKAP ANGGARAN" on.
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
      let last = pages;
      for (let p = 1; p <= pages; p++) {
        const page = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], { encoding: "utf8" });
        if (page.includes("REKAP ANGGARAN")) {
          last = p - 1;
          break;
        }
      }
      const docs = join(__dirname, "..", "..", "..", "docs");
      mkdirSync(docs, { recursive: true });
      execFileSync("pdftoppm", ["-png", "-r", "60", "-l", String(last), pdf, join(docs, "insert-page")]);
    }
  });
});
