import { readPlan } from "../../core/reader";
import { errorCode } from "../errors";
import { readSnapshot } from "../readSnapshot";
import { supports } from "../session";
import { applyPlan, chartTitles } from "./helpers";
import { check, same, type Scenario } from "./types";

/** Load/sync semantics, reading a plan, inserting rows, charts: what the adapter stands on. */

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

export const BASIC_SCENARIOS: readonly Scenario[] = [
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
      await applyPlan(session, sheet, [
        { kind: "setValues", sheet, address: "A1:S5", values: MINI_RAK },
        { kind: "merge", sheet, address: "A3:A4" },
        { kind: "merge", sheet, address: "B3:B4" },
        { kind: "merge", sheet, address: "R3:R4" },
      ]);
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
      const snapshot = await session.run((context) =>
        readSnapshot(context, sheet, { mergedAreas: supports(session, "mergedAreas") }),
      );
      same(snapshot.values.length, MINI_RAK.length, "rows read");
      same(snapshot.outside, [{ top: 1_048_575, left: 16_383, bottom: 1_048_575, right: 16_383 }], "left out");
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
      await applyPlan(session, sheet, chartEdits);
      same(await chartTitles(session, sheet), ["Rencana Anggaran per Bulan"], "charts after adding one");
      // Range.clear alone leaves the chart (it is a shape, not cells): the reason clearSheet deletes it.
      await session.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange().clear("All");
        await context.sync();
      });
      same((await chartTitles(session, sheet)).length, 1, "charts after Range.clear");
      await applyPlan(session, sheet, [{ kind: "clearSheet", sheet }, ...chartEdits]);
      same((await chartTitles(session, sheet)).length, 1, "charts after clearSheet and a new chart");
    },
  },
];
