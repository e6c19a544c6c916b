/**
 * *OrNullObject and ItemNotFound, from "*OrNullObject methods and properties" (application-specific
 * API model) and office.js's ClientObject.isNullObject / Utility.throwIfNotLoaded.
 */
import { hostFrom, rejection, thrown } from "../grid";

describe("null objects and missing items", () => {
  test("OrNullObject: a missing sheet gives isNullObject true after sync, without loading it (docs: getItemOrNullObject example)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("OrNullObject: isNullObject is not readable before sync (docs: 'You must call context.sync() before reading isNullObject')", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
    });
  });

  test("OrNullObject: a null object's properties read as undefined after sync (office.js throwIfNotLoaded skips null objects)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
  });

  test("OrNullObject: objects reached from a null object are null too, and writes through them do nothing", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      const range = missing.getRange("A1");
      range.values = [["lost"]];
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("ItemNotFound: getItem on a missing sheet fails at sync, even without loading (docs: getItem throws ItemNotFound)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data");
        await context.sync();
      }),
    );
    expect(error.name).toBe("RichApi.Error");
    expect(error.code).toBe("ItemNotFound");
    expect(error.message).toBe("The requested resource doesn't exist.");
    expect(error.debugInfo).toMatchObject({ code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" });
  });

  test("ItemNotFound: sheet names match without regard to case, as in Excel", async () => {
    const host = hostFrom({ "RAK 2024": [[1]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("rak 2024");
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("RAK 2024");
    });
  });

  test("Used range: getUsedRangeOrNullObject is null on a blank sheet; getUsedRange gives A1 (docs: 'it will not throw an error')", async () => {
    const host = hostFrom({ Sheet1: [] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const orNull = sheet.getUsedRangeOrNullObject();
      const used = sheet.getUsedRange();
      used.load("address");
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(used.address).toBe("Sheet1!A1");
    });
  });

  test("Used range: valuesOnly ignores cells that only carry formatting (docs: getUsedRange(valuesOnly))", async () => {
    const host = hostFrom({
      Sheet1: [
        [null, null],
        [null, "x"],
      ],
    });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D5").format.fill.color = "#FF0000";
      await context.sync();
      const all = sheet.getUsedRange();
      const values = sheet.getUsedRange(true);
      all.load("address");
      values.load("address");
      await context.sync();
      expect(all.address).toBe("Sheet1!B2:D5");
      expect(values.address).toBe("Sheet1!B2");
    });
  });

  test("Intersection: getIntersectionOrNullObject is null for ranges that do not meet", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const none = sheet.getRange("A1:B2").getIntersectionOrNullObject("D4:E5");
      const some = sheet.getRange("A1:C3").getIntersectionOrNullObject(sheet.getRange("B2:E5"));
      some.load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(some.address).toBe("Sheet1!B2:C3");
    });
  });
});
