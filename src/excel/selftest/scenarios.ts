import { RAKIT_CF_MARK } from "../../core/edits";
import { readPlan } from "../../core/reader";
import { applyEdits } from "../applyEdits";
import { errorCode, RakitExcelError } from "../errors";
import { readSnapshot } from "../readSnapshot";
import { supports, type ExcelSession } from "../session";

/**
 * The host's assumptions about Excel, as scenarios that run on any ExcelSession: Jest runs them on
 * the in-memory host, and the hidden self-test page (selftest.html) runs them inside real Excel, so
 * the first person with Excel can confirm that the host behaves like it. Each scenario works on a
 * scratch sheet of its own and deletes it afterwards.
 */
export interface Scenario {
  readonly name: string;
  /** The documented behaviour it checks. */
  readonly documented: string;
  /** Requirement set the scenario needs, if above the add-in's 1.7. */
  readonly needs?: "mergedAreas" | "pageLayout";
  run(session: ExcelSession, sheet: string): Promise<void>;
}

export interface ScenarioResult {
  readonly name: string;
  readonly status: "pass" | "fail" | "skipped";
  readonly detail: string;
  readonly ms: number;
}

class ScenarioFailure extends Error {
  override readonly name = "ScenarioFailure";
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new ScenarioFailure(message);
}

function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

const OPTIONS = (session: ExcelSession) => ({
  mergedAreas: supports(session, "mergedAreas"),
  pageLayout: supports(session, "pageLayout"),
});

/** A small RAK: two blocks with merged No / Sasaran / Biaya cells, months B1..B12. */
const MINI_RAK: (string | number)[][] = [
  ["RENCANA AKSI KINERJA TAHUN 2025", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
  [
    "No",
    "Sasaran strategis",
    "Indikator Kinerja",
    "Target",
    "Kegiatan yang akan dilaksanakan",
    "B1",
    "B2",
    "B3",
    "B4",
    "B5",
    "B6",
    "B7",
    "B8",
    "B9",
    "B10",
    "B11",
    "B12",
    "Perkiraan Biaya (Rp)",
    "Pelaksana",
  ],
  [
    1,
    "Operasional Perkantoran (3360)",
    "Persentase gedung berfungsi baik",
    90,
    "Pemeliharaan gedung",
    "v",
    "v",
    "v",
    "v",
    "v",
    "v",
    "v",
    "v",
    "v",
    "v",
    "v",
    "v",
    1000000,
    "Subbagian Umum",
  ],
  [
    "",
    "",
    "Persentase arsip tertata",
    90,
    "Pengelolaan arsip",
    "",
    "v",
    "",
    "",
    "v",
    "",
    "",
    "v",
    "",
    "",
    "v",
    "",
    "",
    "Subbagian Umum",
  ],
  [
    2,
    "Pengelolaan Keuangan (3355)",
    "Persentase laporan tepat waktu",
    100,
    "Penyusunan laporan",
    "v",
    "",
    "",
    "v",
    "",
    "",
    "v",
    "",
    "",
    "v",
    "",
    "",
    2500000,
    "Subbagian Keuangan",
  ],
];

export const SCENARIOS: readonly Scenario[] = [
  {
    name: "Reading a property before load and sync throws PropertyNotLoaded",
    documented: "Load and sync: properties are available only after load() and context.sync()",
    async run(session, sheet) {
      await session.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
        let code = "";
        try {
          // The scenario's point is reading before load and sync, which the lint rule rightly forbids elsewhere.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          void range.values;
        } catch (error) {
          code = errorCode(error);
        }
        check(code === "PropertyNotLoaded", `expected PropertyNotLoaded, got "${code}"`);
        await context.sync();
      });
    },
  },
  {
    name: "getItemOrNullObject on a missing sheet is a null object after sync",
    documented: "*OrNullObject methods: isNullObject is true when the item does not exist",
    async run(session) {
      await session.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Rakit — no such sheet");
        await context.sync();
        check(missing.isNullObject, "isNullObject should be true");
      });
    },
  },
  {
    name: "getItem on a missing sheet fails the sync with ItemNotFound",
    documented: "WorksheetCollection.getItem: throws ItemNotFound when the sheet does not exist",
    async run(session) {
      const code = await session
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItem("Rakit — no such sheet");
          ws.load("name");
          await context.sync();
        })
        .then(
          () => "",
          (error: unknown) => errorCode(error),
        );
      same(code, "ItemNotFound", "error code");
    },
  },
  {
    name: "A snapshot of a small RAK reads back through the core",
    documented: "Range.values, formulas, numberFormat, valueTypes as 2-D arrays; getUsedRangeOrNullObject",
    async run(session, sheet) {
      await session.run((context) =>
        applyEdits(
          context,
          {
            sheet,
            basedOn: null,
            edits: [
              { kind: "setValues", sheet, address: "A1:S5", values: MINI_RAK },
              { kind: "merge", sheet, address: "A3:A4" },
              { kind: "merge", sheet, address: "B3:B4" },
              { kind: "merge", sheet, address: "R3:R4" },
            ],
          },
          OPTIONS(session),
        ),
      );
      const snapshot = await session.run((context) =>
        readSnapshot(context, sheet, { mergedAreas: supports(session, "mergedAreas") }),
      );
      const read = readPlan(snapshot);
      check(read.ok, "the reader found no RAK table");
      if (!read.ok) return;
      same(
        read.plan.blocks.map((b) => [b.no.value, b.code, b.budget, b.rows.length]),
        [
          [1, "3360", 1000000, 2],
          [2, "3355", 2500000, 1],
        ],
        "blocks",
      );
    },
  },
  {
    name: "Inserting rows shifts values, merges and formula references below",
    documented: "Range.insert(Excel.InsertShiftDirection.down) on entire rows",
    async run(session, sheet) {
      await session.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A2:A3").merge(false);
        ws.getRange("B1:B5").values = [[1], [2], [3], [4], [5]];
        ws.getRange("C10").formulas = [["=SUM(B1:B5)"]];
        await context.sync();
        ws.getRange("2:3").insert("Down");
        const moved = ws.getRange("C12");
        moved.load("formulas,values");
        await context.sync();
        same(moved.formulas, [["=SUM(B1:B7)"]], "formula after insert");
        same(moved.values, [[15]], "value after insert");
      });
      if (supports(session, "mergedAreas")) {
        await session.run(async (context) => {
          const merged = context.workbook.worksheets.getItem(sheet).getRange("A1:A10").getMergedAreasOrNullObject();
          merged.load("address");
          await context.sync();
          check(
            !merged.isNullObject && /A4:A5/.test(merged.address),
            `merge should move to A4:A5, got ${merged.isNullObject ? "none" : merged.address}`,
          );
        });
      }
    },
  },
  {
    name: "Rakit finds its own conditional formats by formula and removes only those",
    documented: "ConditionalFormatCollection.add('Custom'), custom.rule.formula, ConditionalFormat.delete()",
    async run(session, sheet) {
      await session.run(async (context) => {
        const cf = context.workbook.worksheets.getItem(sheet).getRange("D1:D5").conditionalFormats.add("Custom");
        cf.custom.rule.formula = "=D1<50";
        cf.custom.format.fill.color = "#FF0000";
        await context.sync();
      });
      const edits = [
        {
          kind: "addConditionalFormat" as const,
          sheet,
          address: "F1:Q5",
          formula: `=${RAKIT_CF_MARK}(COUNTA($F1:$Q1)=0)`,
          fill: "#FFF4CE",
        },
        { kind: "removeConditionalFormats" as const, sheet },
      ];
      await session.run((context) =>
        applyEdits(context, { sheet, basedOn: null, edits: edits.slice(0, 1) }, OPTIONS(session)),
      );
      same(await countFormats(session, sheet), 2, "rules after adding Rakit's");
      await session.run((context) =>
        applyEdits(context, { sheet, basedOn: null, edits: edits.slice(1) }, OPTIONS(session)),
      );
      same(await countFormats(session, sheet), 1, "rules after removing Rakit's");
    },
  },
  {
    name: "A protected sheet refuses writes, and the preflight says so before writing",
    documented: "WorksheetProtection.protect(); writes to a protected sheet fail with AccessDenied",
    async run(session, sheet) {
      await session.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).protection.protect();
        await context.sync();
      });
      try {
        const code = await session
          .run(async (context) => {
            context.workbook.worksheets.getItem(sheet).getRange("A1").values = [["x"]];
            await context.sync();
          })
          .then(
            () => "",
            (error: unknown) => errorCode(error),
          );
        same(code, "AccessDenied", "direct write");
        const problem = await session
          .run((context) =>
            applyEdits(
              context,
              { sheet, basedOn: null, edits: [{ kind: "setValues", sheet, address: "A1", values: [["x"]] }] },
              OPTIONS(session),
            ),
          )
          .then(
            () => "",
            (error: unknown) => (error instanceof RakitExcelError ? error.problem : String(error)),
          );
        same(problem, "protected", "preflight");
      } finally {
        await session.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).protection.unprotect();
          await context.sync();
        });
      }
    },
  },
  {
    name: "A range's used range is the tight range of its used cells; an empty range gives a null object",
    documented:
      "Range.getUsedRangeOrNullObject: the used range of the given range object (the host had cut the sheet's used range to the range instead)",
    async run(session, sheet) {
      await session.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("B3").values = [["a"]];
        ws.getRange("D7").values = [[1]];
        ws.getRange("Z500").values = [["far"]];
        const inner = ws.getRange("A1:H20").getUsedRangeOrNullObject(true);
        inner.load("address");
        const empty = ws.getRange("A30:H400").getUsedRangeOrNullObject(true);
        await context.sync();
        same(inner.address.replace(/^.*!/, ""), "B3:D7", "used range of A1:H20");
        check(empty.isNullObject, "A30:H400 holds nothing: a null object");
      });
    },
  },
  {
    name: "A value far from the table leaves the snapshot at the table, and is reported",
    documented: "Reading a sheet whose used range runs to XFD1048576 reads the table only",
    async run(session, sheet) {
      await session.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:S5").values = MINI_RAK;
        ws.getRange("XFD1048576").values = [["x"]];
        await context.sync();
      });
      const snapshot = await session.run((context) => readSnapshot(context, sheet, OPTIONS(session)));
      same(snapshot.values.length, MINI_RAK.length, "rows read");
      same(snapshot.outside, [{ top: 1_048_575, left: 16_383, bottom: 1_048_575, right: 16_383 }], "left out");
    },
  },
  {
    name: "Copying a sheet keeps its merges and takes the new name",
    documented: "Worksheet.copy (ExcelApi 1.7)",
    async run(session, sheet) {
      const copyName = `${sheet} (c)`;
      await session.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:B2").merge(false);
        ws.getRange("A1").values = [["kop"]];
        await context.sync();
      });
      try {
        await session.run((context) =>
          applyEdits(
            context,
            { sheet, basedOn: null, edits: [{ kind: "copySheet", sheet, newName: copyName }] },
            OPTIONS(session),
          ),
        );
        await session.run(async (context) => {
          const copy = context.workbook.worksheets.getItem(copyName).getRange("A1");
          copy.load("values");
          await context.sync();
          same(copy.values, [["kop"]], "copied value");
        });
      } finally {
        await deleteSheet(session, copyName);
      }
    },
  },
  {
    name: "A chart is added over its data; clearing its sheet again deletes the chart, not just the cells",
    documented:
      "ChartCollection.add(type, sourceData, 'Columns'), Chart.title.text, Chart.setPosition, Chart.delete (ExcelApi 1.1); Range.clear leaves charts",
    async run(session, sheet) {
      const chartEdits = [
        {
          kind: "setValues" as const,
          sheet,
          address: "A1:B3",
          values: [
            ["Bulan", "Biaya"],
            ["Jan", 5],
            ["Feb", 7],
          ],
        },
        {
          kind: "addChart" as const,
          sheet,
          type: "ColumnClustered" as const,
          dataAddress: "A1:B3",
          title: "Rencana Anggaran per Bulan",
          anchor: "D1:K15",
        },
      ];
      await session.run((context) =>
        applyEdits(context, { sheet, basedOn: null, edits: chartEdits }, OPTIONS(session)),
      );
      same(await chartTitles(session, sheet), ["Rencana Anggaran per Bulan"], "charts after adding one");
      // Range.clear alone leaves the chart (it is a shape, not cells): the reason clearSheet deletes it.
      await session.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange().clear("All");
        await context.sync();
      });
      same((await chartTitles(session, sheet)).length, 1, "charts after Range.clear");
      await session.run((context) =>
        applyEdits(
          context,
          { sheet, basedOn: null, edits: [{ kind: "clearSheet", sheet }, ...chartEdits] },
          OPTIONS(session),
        ),
      );
      same((await chartTitles(session, sheet)).length, 1, "charts after clearSheet and a new chart");
    },
  },
];

async function chartTitles(session: ExcelSession, sheet: string): Promise<string[]> {
  return session.run(async (context) => {
    const charts = context.workbook.worksheets.getItem(sheet).charts;
    charts.load("items/title/text");
    await context.sync();
    return charts.items.map((c) => c.title.text);
  });
}

async function countFormats(session: ExcelSession, sheet: string): Promise<number> {
  return session.run(async (context) => {
    const count = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats.getCount();
    await context.sync();
    // A ClientResult is filled by the sync itself; it has no load() (the rule knows only proxies).
    // eslint-disable-next-line office-addins/load-object-before-read
    return count.value;
  });
}

async function deleteSheet(session: ExcelSession, name: string): Promise<void> {
  await session.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (!ws.isNullObject) ws.delete();
    await context.sync();
  });
}

/**
 * Runs every scenario on its own scratch sheet and reports each as it finishes. A scenario that
 * needs a newer requirement set than the host has is skipped, not failed.
 */
export async function runSelfTest(
  session: ExcelSession,
  onResult: (r: ScenarioResult) => void = () => undefined,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const [i, scenario] of SCENARIOS.entries()) {
    const started = Date.now();
    let result: ScenarioResult;
    if (scenario.needs && !supports(session, scenario.needs)) {
      result = { name: scenario.name, status: "skipped", detail: `needs ${scenario.needs}`, ms: 0 };
    } else {
      const sheet = `Rakit Uji ${i + 1}`;
      try {
        await deleteSheet(session, sheet);
        await session.run(async (context) => {
          context.workbook.worksheets.add(sheet);
          // Each scenario is its own Excel.run on its own sheet, one after another by design.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        });
        await scenario.run(session, sheet);
        result = { name: scenario.name, status: "pass", detail: scenario.documented, ms: Date.now() - started };
      } catch (error) {
        const code = errorCode(error);
        const message = error instanceof Error ? error.message : String(error);
        result = {
          name: scenario.name,
          status: "fail",
          detail: code ? `${code}: ${message}` : message,
          ms: Date.now() - started,
        };
      } finally {
        await deleteSheet(session, sheet).catch(() => undefined);
      }
    }
    results.push(result);
    onResult(result);
  }
  return results;
}
