/**
 * Range formatting: fill, font, borders, alignment, wrap, column width and row height
 * ("Set range format using the Excel JavaScript API"; RangeFormat, RangeFill, RangeFont,
 * RangeBorder references). Mixed formatting reads as null.
 */
import { hostFrom, rejection } from "../grid";

describe("range format", () => {
  test("fill.color, font.{bold,italic,color,size,name}, alignment and wrapText read back as set", async () => {
    const host = hostFrom({ Sheet1: [["No", "Sasaran"]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.format.fill.color = "#D9E1F2";
      range.format.font.bold = true;
      range.format.font.italic = true;
      range.format.font.color = "red";
      range.format.font.size = 12;
      range.format.font.name = "Arial";
      range.format.horizontalAlignment = "Center";
      range.format.verticalAlignment = "Center";
      range.format.wrapText = true;
      range.load(
        "format/fill/color, format/font, format/horizontalAlignment, format/verticalAlignment, format/wrapText",
      );
      await context.sync();
      expect(range.format.fill.color).toBe("#D9E1F2");
      expect(range.format.font.toJSON()).toMatchObject({
        bold: true,
        italic: true,
        color: "#FF0000",
        size: 12,
        name: "Arial",
      });
      expect([range.format.horizontalAlignment, range.format.verticalAlignment, range.format.wrapText]).toEqual([
        "Center",
        "Center",
        true,
      ]);
    });
  });

  test("Defaults: no fill reads #FFFFFF, font Calibri 11 black, alignment General/Bottom", async () => {
    const host = hostFrom({ Sheet1: [["x"]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load(
        "format/fill/color, format/font/name, format/font/size, format/font/color, format/horizontalAlignment, format/verticalAlignment",
      );
      await context.sync();
      expect(range.format.fill.color).toBe("#FFFFFF");
      expect([range.format.font.name, range.format.font.size, range.format.font.color]).toEqual([
        "Calibri",
        11,
        "#000000",
      ]);
      expect([range.format.horizontalAlignment, range.format.verticalAlignment]).toEqual(["General", "Bottom"]);
    });
  });

  test("Mixed formatting across the range reads as null; fill.clear() removes the fill", async () => {
    const host = hostFrom({ Sheet1: [["a", "b"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.fill.color = "#FFFF00";
      sheet.getRange("A1").format.font.bold = true;
      const both = sheet.getRange("A1:B1");
      both.load("format/fill/color, format/font/bold");
      await context.sync();
      expect(both.format.fill.color).toBeNull();
      expect(both.format.font.bold).toBeNull();
      sheet.getRange("A1").format.fill.clear();
      both.load("format/fill/color");
      await context.sync();
      expect(both.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("InvalidArgument: a colour that is not a colour is refused", async () => {
    const host = hostFrom({ Sheet1: [["a"]] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "not-a-colour";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo?.errorLocation).toBe("RangeFill.color");
  });

  test("borders.getItem(side): thin edges and inside lines of a table; style/weight/color read back per side", async () => {
    const host = hostFrom({
      Sheet1: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      for (const side of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const border = range.format.borders.getItem(side);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = "#000000";
      }
      const top = range.format.borders.getItem("EdgeTop");
      top.load("style, weight, color, sideIndex");
      const inner = range.format.borders.getItem("InsideHorizontal");
      inner.load("style");
      const diag = range.format.borders.getItem("DiagonalUp");
      diag.load("style");
      await context.sync();
      expect([top.sideIndex, top.style, top.weight, top.color]).toEqual(["EdgeTop", "Continuous", "Thin", "#000000"]);
      expect(inner.style).toBe("Continuous");
      expect(diag.style).toBe("None");
    });
    const cell = host.workbook.sheetByName("Sheet1")?.getCell(0, 0);
    expect(cell?.style?.border).toEqual({
      top: { style: "thin", color: { argb: "FF000000" } },
      bottom: { style: "thin", color: { argb: "FF000000" } },
      left: { style: "thin", color: { argb: "FF000000" } },
      right: { style: "thin", color: { argb: "FF000000" } },
    });
  });

  test("columnWidth and rowHeight are in points; widths are stored in the file's character unit", async () => {
    const host = hostFrom({ Sheet1: [["a"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:B").format.columnWidth = 150;
      sheet.getRange("3:4").format.rowHeight = 30;
      const b = sheet.getRange("B1");
      b.load("format/columnWidth");
      const a = sheet.getRange("A1");
      a.load("format/columnWidth, format/rowHeight");
      const r = sheet.getRange("A3:A4");
      r.load("format/rowHeight");
      const mixed = sheet.getRange("A1:B1");
      mixed.load("format/columnWidth");
      await context.sync();
      expect(b.format.columnWidth).toBe(150);
      expect([a.format.columnWidth, a.format.rowHeight]).toEqual([48, 15]);
      expect(r.format.rowHeight).toBe(30);
      expect(mixed.format.columnWidth).toBeNull();
    });
    expect(host.workbook.sheetByName("Sheet1")?.colWidth(1)).toBeCloseTo(28.57, 1);
  });

  test("Formatting whole rows or columns formats cells written there later", async () => {
    const host = hostFrom({ Sheet1: [["a"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("5:5").format.font.bold = true;
      sheet.getRange("D:D").numberFormat = [["#,##0"]] as unknown as string[][];
      await context.sync();
      sheet.getRange("C5").values = [["later"]];
      const c5 = sheet.getRange("C5");
      c5.load("format/font/bold");
      const d9 = sheet.getRange("D9");
      d9.load("numberFormat");
      await context.sync();
      expect(c5.format.font.bold).toBe(true);
      expect(d9.numberFormat).toEqual([["#,##0"]]);
    });
  });
});
