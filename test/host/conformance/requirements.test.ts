/**
 * Requirement sets: Office.context.requirements.isSetSupported and office.js's client-side check
 * (CommonUtility.throwIfApiNotSupported: ApiNotFound, "The method or property {0} is part of the
 * {1} requirement set, which is not available in your version of {2}."), thrown when the member is
 * called, before any sync.
 */
import type { ExcelSession } from "../../../src/excel/session";
import { createHost } from "../../../src/host";
import { hostFrom, thrown } from "../grid";

describe("requirement sets", () => {
  test("the host is an ExcelSession: the adapter takes it where it takes Excel.run + Office requirements", () => {
    const session: ExcelSession = createHost(undefined, { maxApiVersion: "1.9" });
    expect(session.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  test("isSetSupported reports ExcelApi versions up to the configured one (Office 2019 = 1.7)", () => {
    const host = createHost(undefined, { maxApiVersion: "1.7" });
    expect(host.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(host.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(host.isSetSupported("WordApi", "1.1")).toBe(false);
    host.maxApiVersion = "1.13";
    expect(host.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.14")).toBe(false);
  });

  test("ApiNotFound: Range.getMergedAreasOrNullObject (ExcelApi 1.13) is refused on an Excel with 1.9", async () => {
    const host = hostFrom({ Sheet1: [[1]] }, { maxApiVersion: "1.9" });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const error = thrown(() => range.getMergedAreasOrNullObject());
      expect(error.code).toBe("ApiNotFound");
      expect(error.message).toBe(
        "The method or property Range.getMergedAreasOrNullObject is part of the ExcelApi 1.13 requirement set, which is not available in your version of Excel.",
      );
      expect(error.debugInfo?.errorLocation).toBe("Range.getMergedAreasOrNullObject");
      await context.sync();
    });
  });

  test("ApiNotFound: Worksheet.pageLayout (1.9) on Office 2019 (1.7); Worksheet.copy (1.7) works there", async () => {
    const host = hostFrom({ Sheet1: [[1]] }, { maxApiVersion: "1.7" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(thrown(() => sheet.pageLayout).code).toBe("ApiNotFound");
      const copy = sheet.copy("End");
      copy.load("name");
      await context.sync();
      expect(copy.name).toBe("Sheet1 (2)");
    });
  });

  test("ApiNotFound: Worksheet.copy is refused on ExcelApi 1.6", async () => {
    const host = hostFrom({ Sheet1: [[1]] }, { maxApiVersion: "1.6" });
    await host.run(async (context) => {
      expect(thrown(() => context.workbook.worksheets.getItem("Sheet1").copy()).code).toBe("ApiNotFound");
      await context.sync();
    });
  });
});
