import { activateSheet, clearCells, selectCells, writeCell } from "../../src/workbench/commands";
import { hostFrom, modelValues } from "../host/grid";

describe("workbench commands: the user's actions, as batches through the host", () => {
  it("writes typed text as Excel reads typed input: numbers are numbers, = is a formula", async () => {
    const host = hostFrom({ RAK: [[1, 2, null, null, null]] });
    await writeCell(host, "RAK", "C1", "v");
    await writeCell(host, "RAK", "D1", "18729001");
    await writeCell(host, "RAK", "E1", "=A1+B1");
    expect(modelValues(host, "RAK", "C1:E1")).toEqual([["v", 18729001, 3]]);
    expect(host.workbook.sheetByName("RAK")?.getCell(0, 4)?.formula).toBe("=A1+B1");
    await writeCell(host, "RAK", "C1", "");
    expect(modelValues(host, "RAK", "C1")).toEqual([[""]]);
  });

  it("moves the selection in the same batch (Enter goes down)", async () => {
    const host = hostFrom({ RAK: [[null]] });
    host.resetStats();
    await writeCell(host, "RAK", "F33", "v", "F34");
    expect(host.workbook.sheetByName("RAK")?.selection).toEqual({ top: 33, left: 5, bottom: 33, right: 5 });
    // Through the adapter: one preflight sync (the sheet is there, not protected), then one write sync
    // that carries both the value and the selection.
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.log[1]?.commands).toBeGreaterThanOrEqual(2);
  });

  it("refuses to type into a protected sheet, with the adapter's message, and changes nothing", async () => {
    const host = hostFrom({ RAK: [["a"]] });
    host.workbook.sheetByName("RAK")!.protection.protected = true;
    await expect(writeCell(host, "RAK", "A1", "b")).rejects.toMatchObject({ problem: "protected" });
    expect(modelValues(host, "RAK", "A1")).toEqual([["a"]]);
  });

  it("selects ranges, clears contents, activates sheets", async () => {
    const host = hostFrom({ RAK: [["a", "b"]], Catatan: [["x"]] });
    await selectCells(host, "RAK", "A1:B1");
    expect(host.workbook.sheetByName("RAK")?.selection).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    await clearCells(host, "RAK", "A1:B1");
    expect(modelValues(host, "RAK", "A1:B1")).toEqual([["", ""]]);
    await activateSheet(host, "Catatan");
    expect(host.workbook.activeSheet?.name).toBe("Catatan");
  });
});
