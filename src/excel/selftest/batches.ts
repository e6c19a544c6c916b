import { fingerprint } from "../../core/fingerprint";
import { readSnapshot } from "../readSnapshot";
import { supports } from "../session";
import { applyPlan, deleteSheet, readCells } from "./helpers";
import { check, same, type Scenario } from "./types";

/** How Rakit sends its batches: chunked reads under the payload limit, undo groups, one-batch plans. */

const ROWS = 1300;
const COLS = 10;

export const BATCH_SCENARIOS: readonly Scenario[] = [
  {
    name: "A sheet too big for one response is read in halves, and reads the same",
    documented:
      "Excel on the web refuses a request or response over 5 MB (ResponsePayloadSizeLimitExceeded); Rakit reads in chunks and halves a refused one",
    async run(session, sheet) {
      // About 2.6 MB of text, read with values and formulas: over 5 MB in one response.
      const text = (r: number, c: number) => `${"x".repeat(190)}-${r}-${c}`;
      for (let top = 0; top < ROWS; top += 325) {
        const rows = Array.from({ length: Math.min(325, ROWS - top) }, (_, i) =>
          Array.from({ length: COLS }, (_, c) => text(top + i, c)),
        );
        // Each part its own Excel.run, as a user's several edits would be: one request over 5 MB fails.
        await session.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top, 0, rows.length, COLS).values = rows;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        });
      }
      const mergedAreas = supports(session, "mergedAreas");
      const whole = await session.run((context) =>
        readSnapshot(context, sheet, { mergedAreas, firstChunkCells: ROWS * COLS, targetChunkBytes: 8_000_000 }),
      );
      const small = await session.run((context) =>
        readSnapshot(context, sheet, { mergedAreas, firstChunkCells: 1000, targetChunkBytes: 200_000 }),
      );
      same(whole.values.length, ROWS, "rows read");
      same(whole.values[ROWS - 1]?.[COLS - 1], text(ROWS - 1, COLS - 1), "the last cell");
      same(fingerprint(whole), fingerprint(small), "one big read and many small ones");
    },
  },
  {
    name: "A batch runs as one undo group where ExcelApi 1.20 allows it",
    documented:
      "Excel.run({ mergeUndoGroup: true }) (ExcelApi 1.20): the session uses it, so one Rakit action is one Ctrl+Z. That Ctrl+Z undoes it in one step can't be checked from code",
    needs: "undoGroups",
    async run(session, sheet) {
      await session.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1").values = [["satu"]];
        await context.sync();
        ws.getRange("B1").values = [["dua"]];
        await context.sync();
      });
      same((await readCells(session, sheet, "A1:B1")).values, [["satu", "dua"]], "both syncs of the batch");
    },
  },
  {
    name: "Rename, borders and column widths in one batch, the sheet reached under its new name",
    documented:
      "Worksheet.name, RangeBorder.style/weight, RangeFormat.columnWidth (points) queued on proxies of one batch",
    async run(session, sheet) {
      const renamed = `${sheet} r`;
      try {
        await applyPlan(session, sheet, [
          { kind: "renameSheet", sheet, newName: renamed },
          { kind: "setValues", sheet: renamed, address: "A1:C1", values: [["No", "Uraian", "Biaya"]] },
          { kind: "setBorders", sheet: renamed, address: "A1:C3", borders: { style: "thin" } },
          { kind: "setColumnWidth", sheet: renamed, address: "B1", width: 120 },
        ]);
        const read = await session.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(renamed);
          const top = ws.getRange("A1:C3").format.borders.getItem("EdgeTop");
          top.load("style");
          const inside = ws.getRange("A1:C3").format.borders.getItem("InsideHorizontal");
          inside.load("style");
          const column = ws.getRange("B1");
          column.load("format/columnWidth");
          await context.sync();
          return { top: top.style, inside: inside.style, width: column.format.columnWidth };
        });
        same([read.top, read.inside], ["Continuous", "Continuous"], "borders");
        // Excel keeps widths in whole pixels of its own unit: close to what was asked, not equal.
        check(Math.abs(read.width - 120) < 3, `column width: asked 120, got ${read.width}`);
        same((await readCells(session, renamed, "B1")).values, [["Uraian"]], "a value written under the new name");
      } finally {
        // Back to the scratch name, for the runner to delete.
        await session.run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(renamed);
          await context.sync();
          if (!ws.isNullObject) ws.name = sheet;
          await context.sync();
        });
        await deleteSheet(session, renamed);
      }
    },
  },
];
