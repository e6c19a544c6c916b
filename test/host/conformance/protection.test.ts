/**
 * Sheet protection: WorksheetProtection.protect/unprotect ("Protects a worksheet. Fails if the
 * worksheet has already been protected.") and the AccessDenied error ("You cannot perform the
 * requested operation.") for changes a protected sheet does not allow.
 */
import ExcelJS from "exceljs";
import { createHostFromXlsx } from "../../../src/host";
import { hostFrom, modelValues, rejection } from "../grid";

async function protectedHost() {
  const host = hostFrom({
    RAK: [
      ["No", "Biaya"],
      [1, 100],
    ],
  });
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("RAK").protection.protect();
    await context.sync();
  });
  return host;
}

describe("sheet protection", () => {
  test("AccessDenied: a protected sheet refuses value writes to locked cells (docs: error table)", async () => {
    const host = await protectedHost();
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("RAK").getRange("B2").values = [[999]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toBe("You cannot perform the requested operation.");
    expect(error.debugInfo?.errorLocation).toBe("Range.values");
    expect(modelValues(host, "RAK", "B2")).toEqual([[100]]);
  });

  test("AccessDenied: formatting, merging and inserting rows are refused on a protected sheet", async () => {
    const host = await protectedHost();
    for (const change of [
      (s: Excel.Worksheet) => (s.getRange("A1").format.fill.color = "#FF0000"),
      (s: Excel.Worksheet) => s.getRange("A1:B1").merge(),
      (s: Excel.Worksheet) => s.getRange("2:2").insert("Down"),
      (s: Excel.Worksheet) => s.getRange("2:2").delete("Up"),
    ]) {
      const error = await rejection(
        host.run(async (context) => {
          change(context.workbook.worksheets.getItem("RAK"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("AccessDenied");
    }
  });

  test("Selecting cells and activating a protected sheet are allowed (only edits are refused); selectionMode limits it", async () => {
    const host = await protectedHost();
    host.workbook.addSheet("Other");
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.activate();
      sheet.getRange("B2").select();
      await context.sync();
    });
    expect(host.workbook.activeSheet?.name).toBe("RAK");
    expect(host.workbook.sheetByName("RAK")?.selection).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    // "None": selection is not allowed for any cell; "Unlocked": only unlocked cells.
    for (const [mode, address, code] of [
      ["None", "B2", "AccessDenied"],
      ["Unlocked", "B2", "AccessDenied"],
    ] as const) {
      const strict = hostFrom({ RAK: [[1, 2]] });
      await strict.run(async (context) => {
        context.workbook.worksheets.getItem("RAK").protection.protect({ selectionMode: mode });
        await context.sync();
      });
      const error = await rejection(
        strict.run(async (context) => {
          context.workbook.worksheets.getItem("RAK").getRange(address).select();
          await context.sync();
        }),
      );
      expect([mode, error.code]).toEqual([mode, code]);
    }
  });

  test("Protection options allow what they name: allowInsertRows lets rows be inserted", async () => {
    const host = hostFrom({ RAK: [["No"], [1]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.protection.protect({ allowInsertRows: true });
      sheet.getRange("2:2").insert("Down");
      await context.sync();
    });
    expect(modelValues(host, "RAK", "A1:A3")).toEqual([["No"], [""], [1]]);
  });

  test("Unlocked cells stay editable on a protected sheet (FormatProtection.locked = false)", async () => {
    const host = hostFrom({ RAK: [["No", null]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.getRange("B1").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      sheet.getRange("B1").values = [["isi"]];
      await context.sync();
    });
    expect(modelValues(host, "RAK", "B1")).toEqual([["isi"]]);
  });

  test("protect() on a protected sheet fails (docs: 'Fails if the worksheet has already been protected'); unprotect() lifts it", async () => {
    const host = await protectedHost();
    await host.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("RAK").protection;
      protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      protection.unprotect();
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(false);
      context.workbook.worksheets.getItem("RAK").getRange("B2").values = [[5]];
      await context.sync();
    });
    expect(modelValues(host, "RAK", "B2")).toEqual([[5]]);
  });

  test("A sheet protected in the file loads protected (and saves protected)", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("RAK");
    ws.getCell("A1").value = "No";
    await ws.protect("", {});
    const host = await createHostFromXlsx(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    await host.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("RAK").protection;
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    const again = await createHostFromXlsx(await host.saveXlsx());
    expect(again.workbook.sheetByName("RAK")?.protection.protected).toBe(true);
  });
});
