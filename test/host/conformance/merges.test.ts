/**
 * Merging: Range.merge/unmerge (ExcelApi 1.2) and Range.getMergedAreasOrNullObject (ExcelApi 1.13).
 */
import { hostFrom, modelValues, rejection } from "../grid";

describe("merged cells", () => {
  test("merge() keeps only the upper-left value (Excel: 'Merging cells only keeps the upper-left value')", async () => {
    const host = hostFrom({
      Sheet1: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").merge();
      await context.sync();
    });
    expect(modelValues(host, "Sheet1", "A1:B2")).toEqual([
      ["a", ""],
      ["", ""],
    ]);
    expect(host.workbook.sheetByName("Sheet1")?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  test("merge(true) merges each row of the range separately (docs: Range.merge 'across')", async () => {
    const host = hostFrom({
      Sheet1: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").merge(true);
      await context.sync();
    });
    expect(modelValues(host, "Sheet1", "A1:B2")).toEqual([
      ["a", ""],
      ["c", ""],
    ]);
    expect(host.workbook.sheetByName("Sheet1")?.merges).toHaveLength(2);
  });

  test("merge() over a range containing whole merged areas absorbs them", async () => {
    const host = hostFrom({ Sheet1: { rows: [["a"]], merges: ["A1:A2", "B1:B2"] } });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").merge();
      await context.sync();
    });
    expect(host.workbook.sheetByName("Sheet1")?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
  });

  test("InvalidOperation: merging a range that cuts through a merged area is refused (host's choice; see model/merge.ts)", async () => {
    const host = hostFrom({ Sheet1: { rows: [["a"]], merges: ["A1:A3"] } });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2:B2").merge();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(host.workbook.sheetByName("Sheet1")?.merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 0 }]);
  });

  test("unmerge() removes every merged area the range touches; values stay in the top-left cells", async () => {
    const host = hostFrom({ Sheet1: { rows: [["a", "b"]], merges: ["A1:A3", "B1:C1"] } });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:B2").unmerge();
      await context.sync();
    });
    expect(host.workbook.sheetByName("Sheet1")?.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
    expect(modelValues(host, "Sheet1", "A1")).toEqual([["a"]]);
  });

  test("getMergedAreasOrNullObject: the areas (address, areaCount, areas.items) or a null object when there are none (ExcelApi 1.13)", async () => {
    const host = hostFrom({ RAK: { rows: [["No"]], merges: ["A10:A12", "B10:B12", "R13:R16"] } });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      const merged = sheet.getRange("A1:S60").getMergedAreasOrNullObject();
      merged.load("address, areaCount, cellCount");
      merged.areas.load("items/rowIndex, items/columnIndex, items/rowCount, items/columnCount");
      const none = sheet.getRange("D1:E5").getMergedAreasOrNullObject();
      await context.sync();
      expect(merged.isNullObject).toBe(false);
      expect(merged.areaCount).toBe(3);
      expect(merged.cellCount).toBe(10);
      expect(merged.address).toBe("RAK!A10:A12,RAK!B10:B12,RAK!R13:R16");
      expect(merged.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount])).toEqual([
        [9, 0, 3, 1],
        [9, 1, 3, 1],
        [12, 17, 4, 1],
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  test("getMergedAreasOrNullObject returns only areas whose top-left cell is in the range (Excel's behaviour, OfficeDev/office-js#3611)", async () => {
    const host = hostFrom({ RAK: { rows: [["No"]], merges: ["A10:A12"] } });
    await host.run(async (context) => {
      const below = context.workbook.worksheets.getItem("RAK").getRange("A11:C20").getMergedAreasOrNullObject();
      await context.sync();
      expect(below.isNullObject).toBe(true);
    });
    const intersecting = hostFrom({ RAK: { rows: [["No"]], merges: ["A10:A12"] } }, { mergedAreas: "intersecting" });
    await intersecting.run(async (context) => {
      const below = context.workbook.worksheets.getItem("RAK").getRange("A11:C20").getMergedAreasOrNullObject();
      below.load("areaCount");
      await context.sync();
      expect(below.areaCount).toBe(1);
    });
  });

  test("getMergedAreasOrNullObject fails above 512 areas (docs: 'if the merged areas count in this range is more than 512, then this method will fail')", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);
    const host = hostFrom({ RAK: { rows: [["No"]], merges } });
    const error = await rejection(
      host.run(async (context) => {
        const merged = context.workbook.worksheets.getItem("RAK").getRange("A:A").getMergedAreasOrNullObject();
        merged.load("areaCount");
        await context.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    await host.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("RAK").getRange("A1:A1024").getMergedAreasOrNullObject();
      merged.load("areaCount");
      await context.sync();
      expect(merged.areaCount).toBe(512);
    });
  });

  test("A null used range gives a null merged-areas object (the adapter's chained read)", async () => {
    const host = hostFrom({ Empty: [] });
    await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      const merged = used.getMergedAreasOrNullObject();
      merged.areas.load("items/rowIndex");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(merged.isNullObject).toBe(true);
    });
  });
});
