/**
 * Worksheets: add, copy (ExcelApi 1.7), rename, delete, activate, position, selection.
 */
import { hostFrom, modelValues, rejection } from "../grid";

describe("worksheets", () => {
  test("add(): a new sheet goes at the end with the next free 'SheetN' name, and is not activated (docs: WorksheetCollection.add)", async () => {
    const host = hostFrom({ Sheet1: [[1]], Sheet2: [[2]] });
    await host.run(async (context) => {
      const added = context.workbook.worksheets.add();
      const named = context.workbook.worksheets.add("Ringkasan");
      added.load("name, position");
      named.load("name, position");
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      expect([added.name, added.position]).toEqual(["Sheet3", 2]);
      expect([named.name, named.position]).toEqual(["Ringkasan", 3]);
      expect(active.name).toBe("Sheet1");
    });
  });

  test("ItemAlreadyExists: adding or renaming to a name in use (any case) is refused", async () => {
    const host = hostFrom({ RAK: [[1]], Data: [[2]] });
    const add = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.add("rak");
        await context.sync();
      }),
    );
    expect(add.code).toBe("ItemAlreadyExists");
    const rename = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").name = "RAK";
        await context.sync();
      }),
    );
    expect(rename.code).toBe("ItemAlreadyExists");
  });

  test("InvalidArgument: names with [ ] : * ? / \\ or over 31 characters are refused", async () => {
    const host = hostFrom({ RAK: [[1]] });
    for (const name of ["RAK/2024", "a".repeat(32), ""]) {
      const error = await rejection(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("RAK").name = name;
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("Renaming a sheet rewrites the formulas that refer to it, in every sheet", async () => {
    const host = hostFrom({ RAK: [[100], [200]], Ringkasan: [["=SUM(RAK!A1:A2)"]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").name = "RAK 2024";
      const total = context.workbook.worksheets.getItem("Ringkasan").getRange("A1");
      total.load("formulas, values");
      await context.sync();
      expect(total.formulas).toEqual([["=SUM('RAK 2024'!A1:A2)"]]);
      expect(total.values).toEqual([[300]]);
    });
  });

  test("copy(): the copy has everything (values, formulas, merges, formats, CF, page layout) and is named 'Name (2)' (ExcelApi 1.7)", async () => {
    const host = hostFrom({
      "RAK 2024": {
        rows: [
          ["No", "Biaya"],
          [1, 100],
          [null, "=B2*2"],
        ],
        merges: ["A2:A3"],
      },
    });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK 2024");
      sheet.getRange("A1:B1").format.fill.color = "#D9E1F2";
      const cf = sheet.getRange("B2:B3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=B2>150";
      cf.custom.format.font.color = "#9C0006";
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "Folio";
      await context.sync();
      const copy = sheet.copy("End");
      copy.position = 1;
      copy.load("name, position");
      const again = sheet.copy("End");
      again.load("name");
      await context.sync();
      expect([copy.name, copy.position]).toEqual(["RAK 2024 (2)", 1]);
      expect(again.name).toBe("RAK 2024 (3)");
      const range = copy.getRange("A1:B3");
      range.load("values, formulas, format/fill/color");
      const head = copy.getRange("A1:B1");
      head.load("format/fill/color");
      const merged = copy.getRange("A1:B3").getMergedAreasOrNullObject();
      merged.load("address");
      const cfs = copy.getRange("B2").conditionalFormats;
      cfs.load("items/custom/rule/formula, items/custom/format/font/color");
      copy.pageLayout.load("orientation, paperSize");
      await context.sync();
      expect(range.values).toEqual([
        ["No", "Biaya"],
        [1, 100],
        ["", 200],
      ]);
      expect(range.formulas[2]).toEqual(["", "=B2*2"]);
      expect(head.format.fill.color).toBe("#D9E1F2");
      expect(merged.address).toBe("'RAK 2024 (2)'!A2:A3");
      expect(cfs.items.map((c) => [c.custom.rule.formula, c.custom.format.font.color])).toEqual([
        ["=B2>150", "#9C0006"],
      ]);
      expect([copy.pageLayout.orientation, copy.pageLayout.paperSize]).toEqual(["Landscape", "Folio"]);
    });
  });

  test("copy('After' | 'Before', itself) fails with InvalidArgument as on Windows desktop (office-js#775); other forms work", async () => {
    const host = hostFrom({ A: [[1]], B: [[2]] });
    for (const position of ["After", "Before"] as const) {
      const error = await rejection(
        host.run(async (context) => {
          const b = context.workbook.worksheets.getItem("B");
          b.copy(position, b);
          await context.sync();
        }),
      );
      expect([error.code, error.message, error.debugInfo?.errorLocation]).toEqual([
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
        "Worksheet.copy",
      ]);
    }
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["A", "B"]);
    // Beside another sheet, or at the end and then moved, works everywhere.
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("B").copy("After", sheets.getItem("A"));
      const moved = sheets.getItem("A").copy("End");
      moved.position = 1;
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "A (2)", "B (2)", "B"]);
    });
    // Excel on the web and on the Mac are not reported to refuse it.
    const web = hostFrom({ A: [[1]] }, { quirks: { copyBesideItselfFails: false } });
    await web.run(async (context) => {
      const a = context.workbook.worksheets.getItem("A");
      a.copy("After", a);
      await context.sync();
    });
    expect(web.workbook.sheets.map((s) => s.name)).toEqual(["A", "A (2)"]);
  });

  test("copy() with the default position 'None' puts the copy at the beginning (docs: Worksheet.copy)", async () => {
    const host = hostFrom({ A: [[1]], B: [[2]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("B").copy();
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["B (2)", "A", "B"]);
    });
  });

  test("delete(), activate(), position and getSelectedRange/select behave as in Excel", async () => {
    const host = hostFrom({ A: [[1]], B: [[2]], C: [[3]] });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("C").activate();
      sheets.getItem("C").getRange("B2:C3").select();
      sheets.getItem("A").position = 2;
      sheets.getItem("B").delete();
      sheets.load("items/name");
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["C", "A"]);
      expect(selected.address).toBe("C!B2:C3");
    });
  });

  test("InvalidOperation: the last visible sheet cannot be deleted", async () => {
    const host = hostFrom({ Only: [[1]] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Only").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(modelValues(host, "Only", "A1")).toEqual([[1]]);
  });
});
