import { cetak } from "../../../src/app/cetak";
import { checkSheet, highlightFindings } from "../../../src/app/periksa";
import { tahunBaru } from "../../../src/app/tahunBaru";
import { stageYearsFromCatalog } from "../../../src/core/rollover";
import { defaultPageLayout } from "../../../src/host/model/pageLayout";
import { createHostFromXlsx, type ExcelHost } from "../../../src/host/host";
import type { HostOptions } from "../../../src/host/host";
import { fixtureBytes } from "../../helpers/host";
import { standardCatalog } from "../catalog/helpers";

/**
 * Cetak on the in-memory host with the seed plan, whose own print settings are wiped first so that
 * what the assertions see is Rakit's doing. The seed has two errors (Tahun Anggaran 2023 against
 * TAHUN 2024; row 33 without a month).
 */
const bytes = fixtureBytes();
const maybe = bytes ? describe : describe.skip;

async function plainSeed(options?: HostOptions): Promise<ExcelHost> {
  const host = await createHostFromXlsx(bytes as Buffer, options);
  const sheet = host.workbook.sheetByName("RAK 2024");
  if (!sheet) throw new Error("no RAK 2024");
  sheet.pageLayout = defaultPageLayout();
  const checked = await checkSheet(host, { sheet: "RAK 2024" });
  await highlightFindings(host, checked);
  return host;
}

function dump(host: ExcelHost): string {
  return JSON.stringify(host.workbook.sheets, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
}

maybe("Cetak on the seed plan", () => {
  test("errors stop it before anything changes, with the findings for the pane", async () => {
    const host = await plainSeed();
    const before = dump(host);
    const result = await cetak(host, { sheet: "RAK 2024" });
    expect(result).toMatchObject({ ok: false, reason: "errors", errors: 2 });
    if (result.ok || result.reason !== "errors") throw new Error("not blocked");
    expect(result.findings.map((f) => f.rule)).toEqual(["meta.yearMismatch", "row.noMonth"]);
    expect(dump(host)).toBe(before);
  });

  test("Cetak tetap: highlights removed, the page set up as Folio landscape, 1 page wide, rows 7-9 on every page", async () => {
    const host = await plainSeed();
    const result = await cetak(host, { sheet: "RAK 2024", force: true });
    expect(result).toMatchObject({ ok: true, forced: true });
    const sheet = host.workbook.sheetByName("RAK 2024");
    expect(sheet?.conditionalFormats).toEqual([]);
    expect(sheet?.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "Folio",
      printArea: [{ top: 0, left: 0, bottom: 56, right: 18 }],
      printTitleRows: { first: 6, last: 8 },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      defaultForAllPages: expect.objectContaining({ centerFooter: "Halaman &P dari &N" }),
    });
  });

  test("A4 when asked", async () => {
    const host = await plainSeed();
    await cetak(host, { sheet: "RAK 2024", force: true, paper: "a4" });
    expect(host.workbook.sheetByName("RAK 2024")?.pageLayout.paperSize).toBe("A4");
  });

  test("without ExcelApi 1.9 (Office 2019): highlights still removed, and the setup comes back as steps", async () => {
    const host = await plainSeed({ maxApiVersion: "1.8" });
    const result = await cetak(host, { sheet: "RAK 2024", force: true });
    if (result.ok || result.reason !== "noPageLayout")
      throw new Error(`expected by-hand steps, got ${JSON.stringify(result)}`);
    expect(result.instructions).toContain("Baris yang diulang di atas: $7:$9");
    expect(result.instructions).toContain("Pilih sel A1:S57");
    const sheet = host.workbook.sheetByName("RAK 2024");
    expect(sheet?.conditionalFormats).toEqual([]);
    expect(sheet?.pageLayout).toEqual(defaultPageLayout());
  });

  test("a clean plan (after Tahun Baru, stages dropped) prints without asking", async () => {
    const host = await plainSeed();
    await tahunBaru(host, {
      sheet: "RAK 2024",
      year: 2025,
      dropEnded: true,
      stageYears: stageYearsFromCatalog(standardCatalog()),
    });
    const result = await cetak(host, { sheet: "RAK 2025" });
    expect(result).toMatchObject({ ok: true, forced: false });
    const sheet = host.workbook.sheetByName("RAK 2025");
    // The signature block (rows 28-33 now, its date reopened) is inside the print area; the highlight is gone.
    expect(sheet?.pageLayout.printArea).toEqual([{ top: 0, left: 0, bottom: 32, right: 18 }]);
    expect(sheet?.conditionalFormats).toEqual([]);
  });
});
