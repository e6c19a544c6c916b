/**
 * The Jadwal use cases on the in-memory host: the schedule's numbers, the highlight rules on the
 * sheet, and their removal, which gives back the sheet as it was.
 */
import { clearSchedule, computeJadwal, highlightSchedule } from "../../src/app/jadwal";
import { RAKIT_CF_MARK } from "../../src/core/edits";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { SEED_SPEC } from "../cli/helpers";
import { dumpWorkbook, hostFromWorkbook } from "../helpers/host";

const SHEET = "RAK 2024";

describe("Jadwal", () => {
  it("computeJadwal: rows per month, the row without a month, and nothing written", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    const before = dumpWorkbook(host);
    const result = await computeJadwal(host, { sheet: SHEET });
    if (!result.ok) throw new Error("no table");
    expect(result.schedule.unplanned.map((u) => u.row)).toEqual([33]);
    expect(result.schedule.emptyPeriods).toEqual([]);
    expect(result.schedule.rowCount).toBe(40);
    expect(dumpWorkbook(host)).toBe(before);
  });

  it("highlightSchedule adds Rakit's rules; clearSchedule removes them, and the workbook is as it was", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    const own = host.workbook.sheetByName(SHEET)!;
    own.conditionalFormats.push({
      id: "{USER}",
      ranges: [{ top: 9, left: 17, bottom: 48, right: 17 }],
      type: "Custom",
      formula: "=R10>1000000000",
      style: { bold: true },
      stopIfTrue: false,
    });
    const before = dumpWorkbook(host);
    const lit = await highlightSchedule(host, { sheet: SHEET });
    if (!lit.ok) throw new Error("no table");
    expect(lit.rules).toBe(2);
    expect(lit.notes.map((n) => n.key)).toEqual(["schedule.note.highlights"]);
    const rules = own.conditionalFormats.map((cf) => cf.formula);
    expect(rules.filter((f) => f.startsWith(`=${RAKIT_CF_MARK}`))).toHaveLength(2);
    // Again: the earlier rules are replaced, not stacked.
    await highlightSchedule(host, { sheet: SHEET });
    expect(own.conditionalFormats).toHaveLength(3);
    const notes = await clearSchedule(host, { sheet: SHEET });
    expect(notes.map((n) => n.key)).toEqual(["schedule.note.cleared"]);
    expect(dumpWorkbook(host)).toBe(before);
  });

  it("clearSchedule without a sheet name works on the active sheet", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
    await highlightSchedule(host);
    expect(host.workbook.sheetByName(SHEET)!.conditionalFormats.length).toBeGreaterThan(0);
    await clearSchedule(host);
    expect(host.workbook.sheetByName(SHEET)!.conditionalFormats).toEqual([]);
  });
});
