/**
 * What a loaded .xlsx shows through the API: the RAK fixture read as the adapter will read it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { createHostFromXlsx } from "../../../src/host";

const FIXTURE = path.resolve(__dirname, "../../../../shared/fixtures/rak-prabumulih-2024.xlsx");
const haveFixture = existsSync(FIXTURE);
if (!haveFixture) console.warn(`SKIPPED fixture tests: ${FIXTURE} not found`);
const fixtureTest = haveFixture ? test : test.skip;

describe("loading .xlsx", () => {
  fixtureTest("the RAK fixture: used range, header text, merges of blocks, budgets as #,##0 numbers", async () => {
    const host = await createHostFromXlsx(new Uint8Array(readFileSync(FIXTURE)));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const used = sheet.getUsedRange(true);
      used.load("address, rowCount, columnCount");
      const merged = used.getMergedAreasOrNullObject();
      merged.load("areaCount");
      merged.areas.load("items/address");
      const header = sheet.getRange("A7:S9");
      header.load("values");
      const budget = sheet.getRange("R10:R12");
      budget.load("values, numberFormat, text");
      await context.sync();
      expect(sheet.name).toBe("RAK 2024");
      expect(used.columnCount).toBe(19);
      expect(header.values[0]?.[0]).toBe("No");
      expect(header.values[2]).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
      expect(merged.areas.items.map((a) => a.address)).toContain("'RAK 2024'!A7:A8");
      expect(merged.areaCount).toBe(merged.areas.items.length);
      expect(budget.numberFormat[0]).toEqual(["#,##0"]);
      expect(typeof budget.values[0]?.[0]).toBe("number");
      expect(budget.text[0]?.[0]).toMatch(/^\d{1,3}(,\d{3})+$/);
    });
  });

  fixtureTest("the RAK fixture's print setup reads as Folio landscape, one page wide, rows 7-9 repeated", async () => {
    const host = await createHostFromXlsx(new Uint8Array(readFileSync(FIXTURE)));
    await host.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("RAK 2024").pageLayout;
      layout.load("orientation, paperSize, zoom");
      const titles = layout.getPrintTitleRowsOrNullObject();
      titles.load("address");
      await context.sync();
      expect(layout.orientation).toBe("Landscape");
      expect(layout.paperSize).toBe("Folio");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(titles.address).toBe("'RAK 2024'!7:9");
    });
  });

  test("formula cells keep their cached result until recomputed, and shared formulas are expanded per cell", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Sheet1");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("B1").value = { formula: "A1*10", result: 20 } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 30 } as ExcelJS.CellSharedFormulaValue;
    const host = await createHostFromXlsx(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:B2");
      range.load("formulas, values");
      await context.sync();
      expect(range.formulas).toEqual([["=A1*10"], ["=A2*10"]]);
      expect(range.values).toEqual([[20], [30]]);
    });
  });

  test("formulas saved without a result (as libraries write them) are computed on load", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Sheet1");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = { formula: "A1*21" } as ExcelJS.CellFormulaValue;
    const host = await createHostFromXlsx(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  test("dates read back as Excel serial numbers with their date format; errors as error values", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Sheet1");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("A2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    const host = await createHostFromXlsx(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
      range.load("values, text, valueTypes");
      await context.sync();
      expect(range.values).toEqual([[45306], ["#N/A"]]);
      expect(range.text).toEqual([["15/01/2024"], ["#N/A"]]);
      expect(range.valueTypes).toEqual([["Double"], ["Error"]]);
    });
  });

  test("loading from an ArrayBuffer works as from a Uint8Array (the browser workbench passes ArrayBuffers)", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Lembar").getCell("A1").value = "ok";
    const buffer = (await book.xlsx.writeBuffer()) as ArrayBuffer;
    const bytes = new Uint8Array(buffer);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const host = await createHostFromXlsx(arrayBuffer);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Lembar"]);
  });
});
