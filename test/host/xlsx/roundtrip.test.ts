/**
 * A file loaded and saved with no edits keeps what a user sees: values, formulas with results,
 * number formats, fonts, fills, borders, alignment, merges, widths and heights, conditional
 * formats, print setup, header/footer, protection and frozen panes. Both files are re-read with
 * exceljs and compared (see describe.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { createHostFromXlsx } from "../../../src/host";
import { describeXlsx } from "./describe";

const FIXTURE = path.resolve(__dirname, "../../../../shared/fixtures/rak-prabumulih-2024.xlsx");

async function roundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const host = await createHostFromXlsx(bytes);
  return host.saveXlsx();
}

/** A workbook exercising what the reader and writer must keep, built with exceljs. */
async function builtWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("RAK 2024", {
    pageSetup: {
      paperSize: 14 as ExcelJS.PageSetup["paperSize"],
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printArea: "A1:S60",
      printTitlesRow: "7:9",
    },
    headerFooter: { oddFooter: "&LRAK 2024&CHalaman &P dari &N" } as ExcelJS.HeaderFooter,
    views: [{ state: "frozen", xSplit: 0, ySplit: 9, topLeftCell: "A10", activeCell: "A10" }],
  });
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 28;
  ws.getColumn(3).hidden = true;
  ws.getRow(7).height = 30;
  ws.getCell("A1").value = "RENCANA AKSI KINERJA";
  ws.getCell("A1").font = { bold: true, size: 14, name: "Arial", color: { argb: "FF1F4E79" } };
  ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.mergeCells("A1:S1");
  ws.getCell("A7").value = "No";
  ws.getCell("A7").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { theme: 4, tint: 0.3999755851924192 } as Partial<ExcelJS.Color>,
  };
  ws.getCell("A7").border = {
    top: { style: "thin" },
    bottom: { style: "medium", color: { argb: "FF000000" } },
    left: { style: "thin" },
    right: { style: "dashed" },
  };
  ws.mergeCells("A7:A8");
  ws.getCell("A8").border = { bottom: { style: "medium", color: { argb: "FF000000" } }, left: { style: "thin" } };
  ws.getCell("R10").value = 1565914000;
  ws.getCell("R10").numFmt = "#,##0";
  ws.getCell("R11").value = 250000000;
  ws.getCell("R11").numFmt = "#,##0";
  ws.getCell("R12").value = { formula: "SUM(R10:R11)", result: 1815914000 } as ExcelJS.CellFormulaValue;
  ws.getCell("R12").numFmt = "#,##0";
  ws.getCell("S10").value = { formula: "R10*2", result: 3131828000 } as ExcelJS.CellFormulaValue;
  ws.getCell("S11").value = { sharedFormula: "S10", result: 500000000 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("B10").value = { richText: [{ text: "Kegiatan " }, { font: { bold: true }, text: "(6709)" }] };
  ws.getCell("B11").value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell("B11").numFmt = "dd/mm/yyyy";
  ws.getCell("B12").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("B13").value = true;
  ws.getCell("B14").protection = { locked: false };
  ws.getCell("F10").value = "v";
  ws.addConditionalFormatting({
    ref: "F10:Q49",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["COUNTA($F10:$Q10)=0"],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
          font: { color: { argb: "FF9C0006" } },
        },
      },
    ],
  });
  await ws.protect("rahasia", { formatColumns: true, insertRows: false });
  const hidden = book.addWorksheet("Data", { state: "hidden" });
  hidden.getCell("A1").value = { formula: "'RAK 2024'!R12", result: 1815914000 } as ExcelJS.CellFormulaValue;
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("xlsx round trip", () => {
  test("the shared RAK fixture keeps values, formulas, merges, styles and print setup through load and save", async () => {
    if (!existsSync(FIXTURE)) {
      // Visible in the test output, so a missing fixture is not mistaken for a pass that checked it.
      console.warn(`SKIPPED: fixture not found at ${FIXTURE}`);
      return;
    }
    const original = new Uint8Array(readFileSync(FIXTURE)); // a copy in memory; the file is never written
    const saved = await roundTrip(original);
    const before = await describeXlsx(original);
    const rak = before.sheets[0];
    expect(rak?.merges.length).toBeGreaterThan(40);
    expect(rak?.pageSetup).toMatchObject({ paperSize: 14, orientation: "landscape", printTitlesRow: "7:9" });
    expect(Object.keys(rak?.cells ?? {}).length).toBeGreaterThan(300);
    const after = await describeXlsx(saved);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    for (const [i, sheet] of before.sheets.entries()) {
      const out = after.sheets[i];
      expect(out?.merges).toEqual(sheet.merges);
      expect(out?.cells).toEqual(sheet.cells);
      expect(out?.columns).toEqual(sheet.columns);
      expect(out?.rows).toEqual(sheet.rows);
      expect(out?.pageSetup).toEqual(sheet.pageSetup);
      expect(out?.headerFooter).toEqual(sheet.headerFooter);
      expect(out?.conditionalFormats).toEqual(sheet.conditionalFormats);
      expect(out?.frozen).toEqual(sheet.frozen);
    }
  });

  test("a workbook built with exceljs keeps formulas, merges, fills, borders, CF, page setup and protection", async () => {
    const original = await builtWorkbook();
    const before = await describeXlsx(original);
    // The comparison below is only as good as what the description holds: check it holds it.
    const rak = before.sheets[0];
    expect(rak?.merges).toEqual(["A1:S1", "A7:A8"]);
    expect(rak?.conditionalFormats).toHaveLength(1);
    expect(rak?.protection).toMatchObject({ sheet: true, formatColumns: true, algorithmName: "SHA-512" });
    expect(rak?.pageSetup).toMatchObject({
      paperSize: 14,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:S60",
      printTitlesRow: "7:9",
    });
    expect(rak?.headerFooter).toEqual({ oddFooter: "&LRAK 2024&CHalaman &P dari &N" });
    expect(rak?.cells.S11).toMatchObject({ formula: "R11*2" });
    expect(before.sheets[1]?.state).toBe("hidden");
    const after = await describeXlsx(await roundTrip(original));
    expect(after).toEqual(before);
  });

  test("a second round trip changes nothing more (the writer's output reads back as itself)", async () => {
    const once = await roundTrip(await builtWorkbook());
    const twice = await roundTrip(once);
    expect(await describeXlsx(twice)).toEqual(await describeXlsx(once));
  });
});
