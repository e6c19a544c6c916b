import { rangeA1 } from "../../core/address";
import { RAKIT_CF_MARK, type Edit } from "../../core/edits";
import { RakitExcelError } from "../errors";
import { readSnapshot } from "../readSnapshot";
import type { ExcelSession } from "../session";
import { addRule, applyPlan, codeOf, deleteSheet, readCells, ruleFormulas } from "./helpers";
import { check, same, type Scenario } from "./types";

/**
 * The known ways real Excel differs from what a reader of the API reference would expect (issue
 * 10, "Known Excel behaviour to handle"), one scenario each: what Excel does, and that Rakit's
 * adapter copes. Where Excel differs by platform the scenario says what it saw.
 */

const rakitRule = (sheet: string, address: string, n: number): Edit => ({
  kind: "addConditionalFormat",
  sheet,
  address,
  formula: `=${RAKIT_CF_MARK}(${n}=${n})`,
  fill: "#FFF4CE",
});

async function sheetNames(session: ExcelSession): Promise<string[]> {
  return session.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export const EXCEL_BEHAVIOUR_SCENARIOS: readonly Scenario[] = [
  {
    name: "A sheet copy lands right after its source, without copy('After', itself)",
    documented:
      "Worksheet.copy (ExcelApi 1.7); copy('After', itself) fails with InvalidArgument on Windows desktop (office-js#775): Rakit copies to the end, then sets position",
    async run(session, sheet) {
      await applyPlan(session, sheet, [
        { kind: "setValues", sheet, address: "A1", values: [["kop"]] },
        { kind: "merge", sheet, address: "A1:B2" },
      ]);
      // The form Windows refuses, tried once to report what this Excel does.
      let rawCopy: string | null = null;
      const raw = await codeOf(
        session.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          const copy = ws.copy("After", ws);
          copy.load("name");
          await context.sync();
          rawCopy = copy.name;
        }),
      );
      if (rawCopy) await deleteSheet(session, rawCopy);
      const copyName = `${sheet} (c)`;
      try {
        await applyPlan(session, sheet, [{ kind: "copySheet", sheet, newName: copyName }]);
        const names = await sheetNames(session);
        same(names.indexOf(copyName), names.indexOf(sheet) + 1, "the copy's position after its source");
        same((await readCells(session, copyName, "A1")).values, [["kop"]], "copied value");
      } finally {
        await deleteSheet(session, copyName);
      }
      return raw === "" ? "copy('After', itself) works here" : `copy('After', itself) fails here: ${raw}`;
    },
  },
  {
    name: "Conditional-format ids are priorities: deleting by ids read earlier reaches other rules",
    documented:
      "ConditionalFormat.id is 'the priority of the conditional format in the current ConditionalFormatCollection'; a deletion renumbers the rules after it (office-js#5222)",
    async run(session, sheet) {
      for (const f of ["=$A1=3", "=$A1=2", "=$A1=1"]) await addRule(session, sheet, "A1:A5", f);
      const ids = await session.run(async (context) => {
        const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
        cfs.load("items/id");
        await context.sync();
        return cfs.items.map((c) => c.id);
      });
      same(ids, ["0", "1", "2"], "ids of three rules");
      // Meant: the rules with ids 0 and 1. After the first deletion, "1" is the old "2".
      await session.run(async (context) => {
        const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
        cfs.getItem("0").delete();
        cfs.getItem("1").delete();
        await context.sync();
      });
      same(await ruleFormulas(session, sheet), ["=$A1=2"], "the rule left");
    },
  },
  {
    name: "Rakit removes its own rules and nothing else, interleaved with the sheet's own",
    documented:
      'ConditionalFormatCollection.add puts a rule first; Rakit\'s rules carry N("rakit"); removal goes by position, highest first',
    async run(session, sheet) {
      await addRule(session, sheet, "D1:D5", "=$D1>1");
      await applyPlan(session, sheet, [rakitRule(sheet, "F1:G5", 1)]);
      await addRule(session, sheet, "A1", "=$A$1=0");
      await applyPlan(session, sheet, [rakitRule(sheet, "C3", 2), rakitRule(sheet, "B1:B9", 3)]);
      await addRule(session, sheet, "5:6", "=$E5>0");
      same((await ruleFormulas(session, sheet)).length, 6, "rules before");
      await applyPlan(session, sheet, [rakitRule(sheet, "H1", 4), { kind: "removeConditionalFormats", sheet }]);
      same(
        await ruleFormulas(session, sheet),
        [`=${RAKIT_CF_MARK}(4=4)`, "=$E5>0", "=$A$1=0", "=$D1>1"],
        "rules after removing Rakit's (the one added in the same batch stays)",
      );
    },
  },
  {
    name: "A batch is not transactional; after a failed write Rakit undoes what ran and says so truthfully",
    documented:
      "Excel.run: commands before a failing one stay applied. Rakit reads the sheet back, undoes in a second batch and checks",
    async run(session, sheet) {
      const grid = [
        ["Uraian", 1],
        ["a", 2],
        ["b", 3],
        ["c", 4],
      ];
      await applyPlan(session, sheet, [{ kind: "setValues", sheet, address: "A1:B4", values: grid }]);
      const raw = await codeOf(
        session.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("D1").values = [["ran"]];
          context.workbook.worksheets.getItem("Rakit — no such sheet").getRange("A1").values = [["x"]];
          await context.sync();
        }),
      );
      same(raw, "ItemNotFound", "the failing command's code");
      same((await readCells(session, sheet, "D1")).values, [["ran"]], "the command before it");
      // A plan whose last write does not fit its range fails in Excel, after a write and an insert ran.
      const error = await applyPlan(session, sheet, [
        { kind: "setValues", sheet, address: "A1", values: [["diubah"]] },
        { kind: "insertRows", sheet, row: 1, count: 1 },
        { kind: "setValues", sheet, address: "A2:B2", values: [["sisip", 0]] },
        { kind: "setValues", sheet, address: "B6:C6", values: [["tidak muat"]] },
      ]).then(
        () => null,
        (e: unknown) => e,
      );
      check(error instanceof RakitExcelError, `expected Rakit's error, got ${String(error)}`);
      const outcome = (error as RakitExcelError).outcome;
      same(outcome?.kind, "restored", "what Rakit says");
      same((await readCells(session, sheet, "A1:B5")).values, [...grid, ["", ""]], "the sheet afterwards");
      same((await readCells(session, sheet, "D1")).values, [["ran"]], "a cell the plan did not write");
    },
  },
  {
    name: "Cetak's page setup applies, and fit-to-one-page-wide is read back",
    documented:
      "PageLayout (ExcelApi 1.9): orientation, paperSize, setPrintArea, setPrintTitleRows, headersFooters; zoom fit-to-pages may silently not apply unless the Page Layout tab is showing (office-js#1860)",
    needs: "pageLayout",
    async run(session, sheet) {
      const report = await applyPlan(session, sheet, [
        {
          kind: "setValues",
          sheet,
          address: "A1:C3",
          values: [
            ["a", "b", "c"],
            [1, 2, 3],
            [4, 5, 6],
          ],
        },
        {
          kind: "pageLayout",
          sheet,
          layout: {
            orientation: "landscape",
            paper: "folio",
            printArea: "A1:C3",
            titleRows: { first: 0, last: 0 },
            fitToPagesWide: 1,
            centerFooter: "Halaman &P dari &N",
          },
        },
      ]);
      const read = await session.run(async (context) => {
        const pl = context.workbook.worksheets.getItem(sheet).pageLayout;
        pl.load("orientation,paperSize,zoom");
        pl.headersFooters.defaultForAllPages.load("centerFooter");
        const area = pl.getPrintAreaOrNullObject();
        area.load("address");
        const titles = pl.getPrintTitleRowsOrNullObject();
        titles.load("address");
        await context.sync();
        return {
          layout: [pl.orientation, pl.paperSize, pl.headersFooters.defaultForAllPages.centerFooter],
          area: area.isNullObject ? null : area.address.replace(/^.*!/, ""),
          titles: titles.isNullObject ? null : titles.address.replace(/^.*!/, ""),
          fit: pl.zoom.horizontalFitToPages === 1,
        };
      });
      same(read.layout, ["Landscape", "Folio", "Halaman &P dari &N"], "orientation, paper, footer");
      check(read.area === "A1:C3", `print area: expected A1:C3, got ${String(read.area)}`);
      check(
        read.titles !== null && /1:\$?1$/.test(read.titles),
        `title rows: expected 1:1, got ${String(read.titles)}`,
      );
      same(report.fitNotTaken.includes(sheet), !read.fit, "Rakit's read-back of the fit");
      return read.fit ? "fit to 1 page wide took" : "fit to 1 page wide did not take (Rakit gives the step by hand)";
    },
  },
  {
    name: "On a protected sheet Rakit selects cells and activates the sheet; only edits are refused",
    documented:
      "WorksheetProtection.protect(): selecting is allowed (ProtectionSelectionMode 'Normal' by default); writes fail with AccessDenied",
    async run(session, sheet) {
      await session.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).protection.protect();
        await context.sync();
      });
      try {
        await applyPlan(session, sheet, [{ kind: "select", sheet, address: "C3" }]);
        await applyPlan(session, sheet, [{ kind: "activateSheet", sheet }]);
        const selected = await session.run(async (context) => {
          const range = context.workbook.getSelectedRange();
          range.load("address");
          await context.sync();
          return range.address.replace(/^.*!/, "");
        });
        same(selected, "C3", "the selection");
        const direct = await codeOf(
          session.run(async (context) => {
            context.workbook.worksheets.getItem(sheet).getRange("A1").values = [["x"]];
            await context.sync();
          }),
        );
        same(direct, "AccessDenied", "a direct write");
        const refused = await applyPlan(session, sheet, [
          { kind: "setValues", sheet, address: "A1", values: [["x"]] },
        ]).then(
          () => "",
          (e: unknown) => (e instanceof RakitExcelError ? e.problem : String(e)),
        );
        same(refused, "protected", "Rakit's preflight");
      } finally {
        await session.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).protection.unprotect();
          await context.sync();
        });
      }
    },
  },
  {
    name: "Text that starts with =, +, - or @ (or looks like a number or date) arrives as text",
    documented:
      "Range.values: a string starting with =, + or - is read as a formula; a leading apostrophe keeps text, and values and formulas read it back without the apostrophe (office-js#6687)",
    async run(session, sheet) {
      const texts = [
        "=Belanja",
        "- Belanja ATK",
        "+62 812",
        "@Rekap",
        "1.000.000",
        "2025",
        "TRUE",
        "2 Januari 2026",
        "'kutip",
      ];
      const address = rangeA1({ top: 0, left: 0, bottom: 0, right: texts.length - 1 });
      await applyPlan(session, sheet, [{ kind: "setValues", sheet, address, values: [texts] }]);
      const read = await readCells(session, sheet, address);
      same(read.values[0], texts, "values");
      same(read.formulas[0], texts, "formulas");
      same([...new Set(read.types[0])], ["String"], "value types");
    },
  },
  {
    name: "Merged areas across read windows are each read once and whole",
    documented:
      "Range.getMergedAreasOrNullObject (ExcelApi 1.13) returns only areas whose top-left cell is in the range (office-js#3611, #1590); the reader asks in 64-row windows",
    needs: "mergedAreas",
    async run(session, sheet) {
      const empty = new Set([3, 20, 21]);
      const rows = Array.from({ length: 28 }, (_, i) => {
        const r = i + 3;
        return ["", empty.has(r) ? "" : `b${r}`, "", "", `e${r}`];
      });
      const merges = ["A2:C3", "C4:C13", "D6:D7", "D8:D9", "A20:B21"];
      await applyPlan(session, sheet, [
        { kind: "setValues", sheet, address: "A3:E30", values: rows },
        ...merges.map((address): Edit => ({ kind: "merge", sheet, address })),
      ]);
      const snapshot = await session.run((context) =>
        readSnapshot(context, sheet, { mergedAreas: true, mergeWindowRows: 4, firstChunkCells: 5 * 5 }),
      );
      same(snapshot.merges.map((m) => rangeA1(m)).sort(), [...merges].sort(), "merges read");
      // What this Excel returns for a merge only partly inside the range asked, for the report.
      const seen = await session.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const lower = ws.getRange("B7:D12").getMergedAreasOrNullObject();
        lower.load("address");
        const upper = ws.getRange("B4:D6").getMergedAreasOrNullObject();
        upper.load("address");
        await context.sync();
        return {
          lower: lower.isNullObject ? "none" : lower.address.replace(/[^!,]*!/g, ""),
          upper: upper.isNullObject ? "none" : upper.address.replace(/[^!,]*!/g, ""),
        };
      });
      return `merges asked over B7:D12: ${seen.lower}; over B4:D6: ${seen.upper}`;
    },
  },
];
