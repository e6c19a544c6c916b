import { applyEdits } from "../../src/excel/applyEdits";
import { RakitExcelError } from "../../src/excel/errors";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { fingerprint } from "../../src/core/fingerprint";
import { RAKIT_CF_MARK, type Edit } from "../../src/core/edits";
import { createHostFromXlsx, type ExcelHost } from "../../src/host/host";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { CLEAN_SPEC } from "../cli/helpers";
import { dumpWorkbook, hostFromWorkbook } from "../helpers/host";

const OPTIONS = { mergedAreas: true, pageLayout: true };
const SHEET = "RAK 2025";

async function cleanHost(): Promise<ExcelHost> {
  return hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }));
}

async function apply(host: ExcelHost, edits: Edit[], basedOn: string | null = null): Promise<void> {
  await host.run((context) => applyEdits(context, { sheet: SHEET, basedOn, edits }, OPTIONS));
}

async function snapshot(host: ExcelHost, sheet = SHEET) {
  return host.run((context) => readSnapshot(context, sheet, { mergedAreas: true }));
}

async function expectRefused(
  host: ExcelHost,
  edits: Edit[],
  problem: string,
  basedOn: string | null = null,
): Promise<void> {
  const before = dumpWorkbook(host);
  const syncsBefore = host.stats.syncs;
  const error = await apply(host, edits, basedOn).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RakitExcelError);
  expect((error as RakitExcelError).problem).toBe(problem);
  // Nothing of the plan was written: the workbook is as it was, cell for cell.
  expect(dumpWorkbook(host)).toBe(before);
  expect(host.stats.syncs).toBeGreaterThan(syncsBefore);
}

describe("applyEdits writes a plan in one batch", () => {
  it("writes values, formulas and number formats as 2-D rectangles, and the host computes the formulas", async () => {
    const host = await cleanHost();
    host.resetStats();
    await apply(host, [
      { kind: "setValues", sheet: SHEET, address: "A30:B30", values: [["JUMLAH", ""]], requireEmpty: true },
      { kind: "setFormulas", sheet: SHEET, address: "R30", formulas: [["=SUM(R11:R14)"]], requireEmpty: true },
      { kind: "setNumberFormat", sheet: SHEET, address: "R30", format: "#,##0" },
    ]);
    // One preflight sync and one write sync.
    expect(host.stats.syncs).toBe(2);
    const snap = await snapshot(host);
    const at = (r: number, c: number) => snap.values[r - 1 - snap.origin.row]?.[c - snap.origin.col];
    expect(at(30, 0)).toBe("JUMLAH");
    expect(at(30, 17)).toBe(3_750_000_000);
    expect(snap.formulas[30 - 1 - snap.origin.row]?.[17 - snap.origin.col]).toBe("=SUM(R11:R14)");
  });

  it("inserts rows, shifting the signature block, merges and formulas below, and merges a new range", async () => {
    const host = await cleanHost();
    await apply(host, [{ kind: "setFormulas", sheet: SHEET, address: "R25", formulas: [["=SUM(R11:R14)"]] }]);
    await apply(host, [
      { kind: "insertRows", sheet: SHEET, row: 14, count: 1 },
      { kind: "setValues", sheet: SHEET, address: "A15:B15", values: [["JUMLAH", ""]], requireEmpty: true },
      { kind: "merge", sheet: SHEET, address: "A15:Q15" },
    ]);
    const snap = await snapshot(host);
    const f = (r: number, c: number) => snap.formulas[r - 1 - snap.origin.row]?.[c - snap.origin.col];
    expect(f(26, 17)).toBe("=SUM(R11:R14)");
    expect(snap.merges).toEqual(expect.arrayContaining([{ top: 14, left: 0, bottom: 14, right: 16 }]));
    const sigRow = snap.values.findIndex((row) => row.some((v) => v === "Contoh, 2 Januari 2025"));
    expect(sigRow + snap.origin.row + 1).toBe(18);
  });

  it("adds conditional formats and removes Rakit's own again, leaving the sheet's rules alone", async () => {
    const host = await cleanHost();
    // The office's own rule, made through the API like any other.
    await host.run(async (context) => {
      const cf = context.workbook.worksheets.getItem(SHEET).getRange("D11:D14").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=D11<50";
      cf.custom.format.fill.color = "#FF0000";
      await context.sync();
    });
    const before = dumpWorkbook(host);
    await apply(host, [
      {
        kind: "addConditionalFormat",
        sheet: SHEET,
        address: "F11:Q14",
        formula: `=${RAKIT_CF_MARK}(COUNTA($F11:$Q11)=0)`,
        fill: "#FFF4CE",
      },
      {
        kind: "addConditionalFormat",
        sheet: SHEET,
        address: "C12",
        formula: `=${RAKIT_CF_MARK}(1=1)`,
        fill: "#FDE7E9",
      },
    ]);
    expect(host.workbook.sheets[0]!.conditionalFormats).toHaveLength(3);
    await apply(host, [{ kind: "removeConditionalFormats", sheet: SHEET }]);
    expect(dumpWorkbook(host)).toBe(before);
  });

  it("removes Rakit's rules and nothing else, with Rakit's and the user's interleaved on two sheets, whatever their ranges", async () => {
    const host = await cleanHost();
    host.workbook.addSheet("Lampiran");
    // Rules added in turn, user's and Rakit's, on whole rows, single cells and overlapping ranges,
    // so positions interleave: the last added is first.
    const rule = (sheet: string, address: string, formula: string) =>
      host.run(async (context) => {
        const cf = context.workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats.add("Custom");
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = "#FF0000";
        await context.sync();
      });
    const rakit = (address: string, n: number): Edit => ({
      kind: "addConditionalFormat",
      sheet: SHEET,
      address,
      formula: `=${RAKIT_CF_MARK}(${n}=${n})`,
      fill: "#FFF4CE",
    });
    await rule(SHEET, "D11:D14", "=D11<50");
    await apply(host, [rakit("F11:Q14", 1)]);
    await rule(SHEET, "A1", "=A1=0");
    await apply(host, [rakit("C12", 2), rakit("B11:B20", 3)]);
    await rule(SHEET, "11:14", "=$R11>0");
    await apply(host, [rakit("R11:R14", 4)]);
    await rule("Lampiran", "A1:B2", "=A1>1");
    await host.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Lampiran").getRange("C3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${RAKIT_CF_MARK}(5=5)`;
      cf.custom.format.fill.color = "#FFF4CE";
      await context.sync();
    });
    const formulas = (sheet: string) => host.workbook.sheetByName(sheet)!.conditionalFormats.map((c) => c.formula);
    expect(formulas(SHEET)).toEqual([
      `=${RAKIT_CF_MARK}(4=4)`,
      "=$R11>0",
      `=${RAKIT_CF_MARK}(3=3)`,
      `=${RAKIT_CF_MARK}(2=2)`,
      "=A1=0",
      `=${RAKIT_CF_MARK}(1=1)`,
      "=D11<50",
    ]);
    // One batch: a new Rakit rule first (it moves every position down), then both sheets' removals.
    await apply(host, [
      rakit("A5", 6),
      { kind: "removeConditionalFormats", sheet: SHEET },
      { kind: "removeConditionalFormats", sheet: "Lampiran" },
      { kind: "removeConditionalFormats", sheet: SHEET },
    ]);
    expect(formulas(SHEET)).toEqual([`=${RAKIT_CF_MARK}(6=6)`, "=$R11>0", "=A1=0", "=D11<50"]);
    expect(formulas("Lampiran")).toEqual(["=A1>1"]);
  });

  it("places a copy right after its source without copy('After', itself), which Windows Excel refuses", async () => {
    const host = await cleanHost();
    host.workbook.addSheet("Lampiran");
    // The host refuses the failing form by default, as Excel on Windows does (office-js#775).
    expect(host.quirks.copyBesideItselfFails).toBe(true);
    await apply(host, [
      { kind: "copySheet", sheet: SHEET, newName: "RAK 2026" },
      { kind: "copySheet", sheet: "RAK 2026", newName: "RAK 2027" },
      { kind: "setValues", sheet: "RAK 2027", address: "A3", values: [["TAHUN 2027"]] },
    ]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([SHEET, "RAK 2026", "RAK 2027", "Lampiran"]);
  });

  it("copies and renames a sheet, sets page layout and selects a range, all in the same batch", async () => {
    const host = await cleanHost();
    await apply(host, [
      { kind: "copySheet", sheet: SHEET, newName: "RAK 2026" },
      { kind: "setValues", sheet: "RAK 2026", address: "A3", values: [["TAHUN 2026"]] },
      {
        kind: "pageLayout",
        sheet: "RAK 2026",
        layout: {
          orientation: "landscape",
          paper: "a4",
          titleRows: { first: 7, last: 9 },
          fitToPagesWide: 1,
          centerFooter: "Halaman &P dari &N",
          printArea: "A1:S30",
        },
      },
      { kind: "select", sheet: "RAK 2026", address: "C12" },
    ]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([SHEET, "RAK 2026"]);
    const copy = await snapshot(host, "RAK 2026");
    expect(copy.values[2 - copy.origin.row]?.[0]).toBe("TAHUN 2026");
    const original = await snapshot(host);
    expect(original.values[2 - original.origin.row]?.[0]).toBe("TAHUN 2025");
    const layout = host.workbook.sheets[1]!.pageLayout;
    expect(layout.orientation).toBe("Landscape");
    expect(layout.paperSize).toBe("A4");
    expect(host.workbook.activeSheet?.name).toBe("RAK 2026");
    expect(host.workbook.sheets[1]!.selection).toEqual({ top: 11, left: 2, bottom: 11, right: 2 });
  });
});

describe("applyEdits with charts (a sheet Rakit owns, written again on each run)", () => {
  const REKAP = "Rekap Anggaran";
  const rekap = (): Edit[] => [
    {
      kind: "setValues",
      sheet: REKAP,
      address: "A1:B3",
      values: [
        ["Bulan", "Biaya"],
        ["Jan", 5],
        ["Feb", 7],
      ],
    },
    {
      kind: "addChart",
      sheet: REKAP,
      type: "ColumnClustered",
      dataAddress: "A1:B3",
      title: "Rencana Anggaran per Bulan",
      anchor: "D1:K15",
    },
  ];

  it("adds a chart over the data, with its title, covering the anchor", async () => {
    const host = await cleanHost();
    await apply(host, [{ kind: "addSheet", sheet: REKAP }, ...rekap()]);
    expect(host.workbook.sheetByName(REKAP)?.charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        title: { text: "Rencana Anggaran per Bulan", visible: true },
        anchor: { top: 0, left: 3, bottom: 14, right: 10 },
        source: expect.objectContaining({ seriesBy: "Columns" }),
      }),
    ]);
  });

  it("clearSheet deletes the sheet's charts too, so a re-run leaves one chart, in one preflight sync", async () => {
    const host = await cleanHost();
    await apply(host, [{ kind: "addSheet", sheet: REKAP }, ...rekap()]);
    host.resetStats();
    await apply(host, [{ kind: "clearSheet", sheet: REKAP }, ...rekap()]);
    expect(host.stats.syncs).toBe(2);
    expect(host.workbook.sheetByName(REKAP)?.charts).toHaveLength(1);
    await apply(host, [{ kind: "clearSheet", sheet: REKAP }]);
    expect(host.workbook.sheetByName(REKAP)?.charts).toEqual([]);
  });

  it("clearSheet on a sheet without charts, or cleared twice in one plan, applies cleanly", async () => {
    const host = await cleanHost();
    await apply(host, [{ kind: "addSheet", sheet: REKAP }, ...rekap()]);
    await apply(host, [
      { kind: "clearSheet", sheet: REKAP },
      { kind: "clearSheet", sheet: REKAP },
    ]);
    await apply(host, [{ kind: "clearSheet", sheet: REKAP }]);
    expect(host.workbook.sheetByName(REKAP)?.charts).toEqual([]);
    expect(host.workbook.sheetByName(REKAP)?.rows.size).toBe(0);
  });
});

describe("applyEdits preflight: a plan that cannot apply cleanly applies nothing", () => {
  it("refuses a protected sheet", async () => {
    const host = await cleanHost();
    host.workbook.sheets[0]!.protection.protected = true;
    await expectRefused(host, [{ kind: "setValues", sheet: SHEET, address: "A30", values: [["x"]] }], "protected");
  });

  it("on a protected sheet selects a cell, activates the sheet and sets up the page, as Excel allows", async () => {
    const host = await cleanHost();
    host.workbook.addSheet("Lain");
    host.workbook.activeSheetId = host.workbook.sheetByName("Lain")!.id;
    host.workbook.sheets[0]!.protection.protected = true;
    await apply(host, [{ kind: "select", sheet: SHEET, address: "C12" }]);
    expect(host.workbook.activeSheet?.name).toBe(SHEET);
    expect(host.workbook.sheets[0]!.selection).toEqual({ top: 11, left: 2, bottom: 11, right: 2 });
    await apply(host, [
      { kind: "activateSheet", sheet: SHEET },
      { kind: "pageLayout", sheet: SHEET, layout: { orientation: "landscape" } },
    ]);
    expect(host.workbook.sheets[0]!.pageLayout.orientation).toBe("Landscape");
    // A copy of a protected sheet is protected too: writing into it is refused before anything is done.
    await expectRefused(
      host,
      [
        { kind: "copySheet", sheet: SHEET, newName: "RAK 2026" },
        { kind: "setValues", sheet: "RAK 2026", address: "A3", values: [["TAHUN 2026"]] },
      ],
      "protected",
    );
  });

  it("refuses to write into cells that must be empty but are not (after the plan's own inserts)", async () => {
    const host = await cleanHost();
    // Row 12 holds data; after inserting one row above it, that data sits in row 13.
    await expectRefused(
      host,
      [
        { kind: "setValues", sheet: SHEET, address: "C40", values: [["free"]], requireEmpty: true },
        { kind: "insertRows", sheet: SHEET, row: 10, count: 1 },
        { kind: "setValues", sheet: SHEET, address: "C11", values: [["new row: fine"]], requireEmpty: true },
        { kind: "setValues", sheet: SHEET, address: "C13", values: [["would overwrite"]], requireEmpty: true },
      ],
      "notEmpty",
    );
  });

  it("refuses a plan made from a sheet that changed since it was read", async () => {
    const host = await cleanHost();
    const basedOn = fingerprint(await snapshot(host));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("D11").values = [[75]];
      await context.sync();
    });
    await expectRefused(
      host,
      [{ kind: "setValues", sheet: SHEET, address: "A30", values: [["x"]] }],
      "sheetChanged",
      basedOn,
    );
  });

  it("accepts a plan made from the sheet as it is", async () => {
    const host = await cleanHost();
    const basedOn = fingerprint(await snapshot(host));
    await apply(
      host,
      [{ kind: "setValues", sheet: SHEET, address: "A30", values: [["x"]], requireEmpty: true }],
      basedOn,
    );
    const snap = await snapshot(host);
    expect(snap.values[29 - snap.origin.row]?.[0]).toBe("x");
  });

  it("refuses a missing sheet and a new sheet name already taken", async () => {
    const host = await cleanHost();
    await expectRefused(
      host,
      [{ kind: "setValues", sheet: "RAK 1999", address: "A1", values: [["x"]] }],
      "itemNotFound",
    );
    await expectRefused(host, [{ kind: "copySheet", sheet: SHEET, newName: SHEET }], "nameTaken");
  });

  it("refuses page layout where ExcelApi 1.9 is missing, and says which set it needs", async () => {
    const host = await createHostFromXlsx(await (await cleanHost()).saveXlsx(), { maxApiVersion: "1.7" });
    const before = dumpWorkbook(host);
    const error = await host
      .run((context) =>
        applyEdits(
          context,
          {
            sheet: SHEET,
            basedOn: null,
            edits: [{ kind: "pageLayout", sheet: SHEET, layout: { orientation: "landscape" } }],
          },
          { mergedAreas: false, pageLayout: false },
        ),
      )
      .catch((e: unknown) => e);
    expect((error as RakitExcelError).problem).toBe("unsupported");
    expect((error as RakitExcelError).describe("id")).toContain("ExcelApi 1.9");
    expect(dumpWorkbook(host)).toBe(before);
  });
});
