/**
 * What a failing sync does: payload limits ("Resource limits and performance optimization for
 * Office Add-ins": 5 MB per request and response in Excel on the web; error codes
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and a command failing in
 * the middle of a batch (commands before it stay applied, as office.js processes the results that
 * came back before the error).
 */
import { OfficeError } from "../../../src/host";
import { hostFrom, modelValues, rejection } from "../grid";

function bigColumn(rows: number, text: string): string[][] {
  return Array.from({ length: rows }, () => [text]);
}

describe("sync statistics and payload limits", () => {
  test("stats count syncs and the bytes of requests and responses; resetStats clears them", async () => {
    const host = hostFrom({ Sheet1: [[1, 2, 3]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.load("values");
      await context.sync();
      range.values = [[4, 5, 6]];
      await context.sync();
      await context.sync(); // nothing queued: no round trip
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.requestBytes).toBeGreaterThan(0);
    expect(host.stats.responseBytes).toBeGreaterThan(0);
    expect(host.stats.log).toHaveLength(2);
    expect(host.stats.maxSyncBytes).toBe(Math.max(...host.stats.log.flatMap((l) => [l.requestBytes, l.responseBytes])));
    host.resetStats();
    expect(host.stats).toMatchObject({ syncs: 0, requestBytes: 0, responseBytes: 0, maxSyncBytes: 0 });
  });

  test("RequestPayloadSizeLimitExceeded: a request above the limit fails and applies nothing (docs: 5 MB payload limit)", async () => {
    const host = hostFrom({ Sheet1: [["keep"]] });
    host.payloadLimitBytes = 10_000;
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["changed"]];
        sheet.getRange("B1:B500").values = bigColumn(500, "Rencana aksi kinerja");
        await context.sync();
      }),
    );
    expect(error.name).toBe("RichApi.Error");
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(error.message).toMatch(/^The request payload size has exceeded the limit/);
    expect(modelValues(host, "Sheet1", "A1:B1")).toEqual([["keep", ""]]);
  });

  test("ResponsePayloadSizeLimitExceeded: a response above the limit fails, and the batch's writes are rolled back", async () => {
    const host = hostFrom({ Sheet1: bigColumn(500, "Rencana aksi kinerja") });
    host.payloadLimitBytes = 10_000;
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("C1").values = [["written"]];
        const all = sheet.getRange("A1:A500");
        all.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(modelValues(host, "Sheet1", "C1")).toEqual([[""]]);
  });

  test("The default limit is 5 MB: a read of about 6 MB fails, one of about 4 MB passes", async () => {
    const text = "x".repeat(98);
    const host = hostFrom({ Sheet1: bigColumn(60_000, text) });
    const big = await rejection(
      host.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000");
        r.load("values");
        await context.sync();
      }),
    );
    expect(big.code).toBe("ResponsePayloadSizeLimitExceeded");
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A40000");
      r.load("values");
      await context.sync();
      expect(r.values).toHaveLength(40_000);
    });
  });
});

describe("a command failing inside a batch", () => {
  test("failNext: the Nth command fails with the given code; earlier commands stay applied, later ones do not run", async () => {
    const host = hostFrom({ Sheet1: [[1, 2, 3]] });
    host.failNext({ atCommand: 2, code: "GeneralException" });
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("B1").values = [["second"]];
        sheet.getRange("C1").values = [["third"]];
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(OfficeError);
    expect(error.code).toBe("GeneralException");
    expect(error.message).toBe("There was an internal error while processing the request.");
    expect(error.debugInfo?.errorLocation).toBe("Range.values");
    expect(modelValues(host, "Sheet1", "A1:C1")).toEqual([["first", 2, 3]]);
  });

  test("failNext applies to the next sync only", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    host.failNext({ atCommand: 1, code: "InvalidOperationInCellEditMode" });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      range.values = [[3]];
      await context.sync();
    });
    expect(modelValues(host, "Sheet1", "A1")).toEqual([[3]]);
  });

  test("Loads before the failing command still deliver their values", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      a1.load("values");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(a1.values).toEqual([[1]]);
    });
  });
});
