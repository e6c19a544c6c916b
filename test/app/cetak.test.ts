/**
 * Cetak on the in-memory host: the page set up, and the print zoom read back, because Excel on
 * Windows may accept "fit to one page wide" without applying it (OfficeDev/office-js#1860).
 */
import { cetak } from "../../src/app/cetak";
import { printReadyLines } from "../../src/core/print";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { CLEAN_SPEC } from "../cli/helpers";
import { hostFromWorkbook } from "../helpers/host";

const SHEET = "RAK 2025";

describe("Cetak", () => {
  it("sets the page up and says all columns fit one page wide when Excel took it", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }));
    const result = await cetak(host, { sheet: SHEET, lang: "id" });
    if (!result.ok) throw new Error(`not set up: ${result.reason}`);
    expect(result.fitTaken).toBe(true);
    expect(host.workbook.sheetByName(SHEET)!.pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
    const lines = printReadyLines(result.setup, result.fitTaken, "id");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("semua kolom muat satu halaman");
  });

  it("where Excel drops the fit silently, reads the zoom back, claims no fit, and gives the one step by hand", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }), {
      quirks: { fitToPagesIgnored: true },
    });
    // The sample comes fitted already; a sheet at 100 % shows whether the new setting took.
    host.workbook.sheetByName(SHEET)!.pageLayout.zoom = { scale: 100 };
    const result = await cetak(host, { sheet: SHEET, lang: "id" });
    if (!result.ok) throw new Error(`not set up: ${result.reason}`);
    expect(result.fitTaken).toBe(false);
    // The rest of the setup did apply.
    const layout = host.workbook.sheetByName(SHEET)!.pageLayout;
    expect([layout.orientation, layout.paperSize, layout.zoom]).toEqual(["Landscape", "Folio", { scale: 100 }]);
    const [summary, step] = printReadyLines(result.setup, result.fitTaken, "id");
    expect(summary).not.toContain("muat satu halaman");
    expect(step).toContain("Tata Letak Halaman › Skalakan agar Pas › Lebar: 1 halaman");
    const [, en] = printReadyLines(result.setup, result.fitTaken, "en");
    expect(en).toContain("Page Layout › Scale to Fit › Width: 1 page");
  });

  it.each([
    ["&CDokumen internal", { centerFooter: "Dokumen internal" }, "kaki halaman Anda tidak diubah"],
    ["&RHal. &P", { rightFooter: "Hal. &P" }, "nomor halaman yang sudah ada di kaki halaman tetap dipakai"],
  ] as const)("leaves a footer the user wrote (%s) as it was, and says so", async (_raw, user, said) => {
    const host = await hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }));
    const layout = host.workbook.sheetByName(SHEET)!.pageLayout;
    layout.defaultForAllPages = { ...layout.defaultForAllPages, ...user };
    const before = { ...layout.defaultForAllPages };
    const result = await cetak(host, { sheet: SHEET, lang: "id" });
    if (!result.ok) throw new Error(`not set up: ${result.reason}`);
    expect(host.workbook.sheetByName(SHEET)!.pageLayout.defaultForAllPages).toEqual(before);
    expect(printReadyLines(result.setup, result.fitTaken, "id")[0]).toContain(said);
  });

  it("run twice, writes its page numbers once", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }));
    await cetak(host, { sheet: SHEET, lang: "id" });
    const second = await cetak(host, { sheet: SHEET, lang: "id" });
    if (!second.ok) throw new Error(`not set up: ${second.reason}`);
    expect(second.setup.footerChoice).toBe("numbered");
    const footer = host.workbook.sheetByName(SHEET)!.pageLayout.defaultForAllPages;
    expect([footer.leftFooter, footer.centerFooter, footer.rightFooter]).toEqual(["", "Halaman &P dari &N", ""]);
  });
});
