/**
 * Range values, formulas, number formats and addresses, from the Excel.Range reference, "Set and
 * get range values, text, or formulas", and "Blank and null values in Excel add-ins".
 */
import { hostFrom, modelValues, rejection } from "../grid";

describe("range contents", () => {
  test("Range.address includes the sheet name, quoted when needed ('RAK 2024'!A1:S60), as Excel returns it", async () => {
    const host = hostFrom({ "RAK 2024": [[1]], Sheet1: [[1]] });
    await host.run(async (context) => {
      const a = context.workbook.worksheets.getItem("RAK 2024").getRange("A1:S60");
      const b = context.workbook.worksheets.getItem("Sheet1").getRange("$C$3");
      const rows = context.workbook.worksheets.getItem("Sheet1").getRange("5:7");
      const cols = context.workbook.worksheets.getItem("Sheet1").getRange("A:C");
      for (const r of [a, b, rows, cols]) r.load("address, rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      expect(a.address).toBe("'RAK 2024'!A1:S60");
      expect([a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]).toEqual([0, 0, 60, 19]);
      expect(b.address).toBe("Sheet1!C3");
      expect(rows.address).toBe("Sheet1!5:7");
      expect([rows.rowIndex, rows.rowCount, rows.columnCount]).toEqual([4, 3, 16384]);
      expect(cols.address).toBe("Sheet1!A:C");
    });
  });

  test("values: empty cells read as \"\", errors as their text (docs: 'Cells that contain an error will return the error string')", async () => {
    const host = hostFrom({ Sheet1: [[1, null, "=1/0", true, "teks"]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
      range.load("values, valueTypes, formulas");
      await context.sync();
      expect(range.values).toEqual([[1, "", "#DIV/0!", true, "teks"]]);
      expect(range.valueTypes).toEqual([["Double", "Empty", "Error", "Boolean", "String"]]);
      expect(range.formulas).toEqual([[1, "", "=1/0", true, "teks"]]);
    });
  });

  test("InvalidArgument: a 2-D array that does not match the range's shape is refused (Excel's dimension message)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toBe(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
    expect(error.debugInfo?.errorLocation).toBe("Range.values");
    expect(modelValues(host, "Sheet1", "A1:B2")).toEqual([
      [1, ""],
      ["", ""],
    ]);
  });

  test("A single value is written to every cell of the range (docs: 'If the argument is a single value, it will be applied to all cells')", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as { values: unknown }).values = "v";
      (range as unknown as { numberFormat: unknown }).numberFormat = "@";
      range.load("values, numberFormat");
      await context.sync();
      expect(range.values).toEqual([
        ["v", "v"],
        ["v", "v"],
      ]);
      expect(range.numberFormat).toEqual([
        ["@", "@"],
        ["@", "@"],
      ]);
    });
  });

  test('numberFormat [["#,##0"]] formats the whole range; values [[x]] on several cells is a shape mismatch (office-js-docs-reference#578)', async () => {
    const host = hostFrom({ Sheet1: [[1, 2]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["#,##0"]];
      range.load("numberFormat");
      await context.sync();
      expect(range.numberFormat).toEqual([["#,##0", "#,##0"]]);
      range.values = [[5]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test('null leaves a cell unchanged and "" clears it (docs: Blank and null values)', async () => {
    const host = hostFrom({ Sheet1: [[1, 2, 3]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[null, "", 9]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[1, "", 9]]);
    });
  });

  test("Strings are read like typed input: numbers and booleans become values, '=' and '+'/'-' start formulas (docs: Range.values)", async () => {
    const host = hostFrom({ Sheet1: [[2]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:G1");
      range.values = [["123", "TRUE", "=A1*2", "-A1", "'007", "1565914000"]];
      range.load("values, formulas, valueTypes");
      await context.sync();
      expect(range.values).toEqual([[123, true, 4, -2, "007", 1565914000]]);
      expect(range.formulas).toEqual([[123, true, "=A1*2", "=-A1", "007", 1565914000]]);
    });
  });

  test("Text starting with =, +, - or @ becomes a formula or an error; a leading apostrophe keeps it text and is not read back (office-js#6687)", async () => {
    const host = hostFrom({ Sheet1: [[2]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:E2");
      range.values = [
        ["=Belanja", "- Belanja ATK", "+62 812", "@Rekap"],
        ["'=Belanja", "'- Belanja ATK", "'+62 812", "'@Rekap"],
      ];
      range.load("values, formulas, valueTypes");
      await context.sync();
      expect(range.formulas[0]).toEqual(["=Belanja", "=- Belanja ATK", "=+62 812", "=@Rekap"]);
      expect(range.valueTypes[0]).toEqual(["Error", "Error", "Error", "Error"]);
      expect(range.values[1]).toEqual(["=Belanja", "- Belanja ATK", "+62 812", "@Rekap"]);
      expect(range.formulas[1]).toEqual(["=Belanja", "- Belanja ATK", "+62 812", "@Rekap"]);
      expect(range.valueTypes[1]).toEqual(["String", "String", "String", "String"]);
    });
  });

  test("A cell formatted as Text keeps numeric-looking strings as text", async () => {
    const host = hostFrom({ Sheet1: [[null]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["6709"]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["6709"]]);
    });
  });

  test("Formulas written through the API are computed, also in later reads of dependent cells", async () => {
    const host = hostFrom({ Sheet1: [[1000], [2000], [null]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3").formulas = [["=SUM(A1:A2)"]];
      const total = sheet.getRange("A3");
      total.load("values");
      await context.sync();
      expect(total.values).toEqual([[3000]]);
      sheet.getRange("A1").values = [[5000]];
      total.load("values");
      await context.sync();
      expect(total.values).toEqual([[7000]]);
    });
  });

  test("Number formats are per cell; text shows values through them (Range.text)", async () => {
    const host = hostFrom({ Sheet1: [[1565914000, 0.25, "x"]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.numberFormat = [["#,##0", "0%", "General"]];
      range.load("text, numberFormat");
      await context.sync();
      expect(range.numberFormat).toEqual([["#,##0", "0%", "General"]]);
      expect(range.text).toEqual([["1,565,914,000", "25%", "x"]]);
    });
  });

  test("getRangeByIndexes, getCell, getRow, getOffsetRange and getResizedRange address the right cells", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRangeByIndexes(9, 0, 40, 19);
      const list = [
        base,
        base.getCell(1, 2),
        base.getRow(39),
        base.getOffsetRange(1, 1),
        base.getResizedRange(-39, -18),
        base.getEntireRow(),
        base.getBoundingRect("Z1"),
      ];
      for (const r of list) r.load("address");
      await context.sync();
      expect(list.map((r) => r.address)).toEqual([
        "Sheet1!A10:S49",
        "Sheet1!C11",
        "Sheet1!A49:S49",
        "Sheet1!B11:T50",
        "Sheet1!A10",
        "Sheet1!10:49",
        "Sheet1!A1:Z49",
      ]);
    });
  });

  test("InvalidArgument: an address outside the sheet or malformed is refused at sync", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A0:B");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("Writes to the covered cells of a merge are dropped: only the merge's top-left cell holds a value", async () => {
    const host = hostFrom({ Sheet1: { rows: [["No"]], merges: ["A1:A2"] } });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
      range.values = [["No"], ["x"]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["No"], [""]]);
    });
  });
});
