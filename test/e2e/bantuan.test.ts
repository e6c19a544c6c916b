/**
 * Bantuan in the workbench, in Chromium: "Uji Rakit di Excel ini" runs the self-test scenarios on the
 * in-memory host, the pane lists each result and gives a report to copy, and the user's workbook is
 * unchanged afterwards (the downloaded file equals the sample, cell for cell). The scenarios arrive
 * as their own chunk, loaded from the page's origin when the button is pressed.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { createHostFromXlsx } from "../../src/host";
import { SCENARIOS } from "../../src/excel/selftest/scenarios";
import { runAxe, seriousOrCritical } from "./helpers/axe";
import { ROOT } from "./helpers/buildWorkbench";
import { describeInBrowser, paneOverflow, useWorkbenchSuite } from "./helpers/suite";
import { workbookDiff } from "./helpers/workbookDiff";
import { PANE, type WorkbenchPage } from "./helpers/workbenchPage";

const SAMPLE = join(ROOT, "samples", "rak-contoh-2024.xlsx");
const RUN = "Uji Rakit di Excel ini";

async function bantuanShown(pane: Locator): Promise<void> {
  await pane.getByRole("button", { name: RUN }).waitFor();
}

describeInBrowser("Bantuan and its self-test in the workbench", () => {
  const suite = useWorkbenchSuite();

  async function runSelfTest(w: WorkbenchPage): Promise<void> {
    const chunk = w.page.waitForRequest((r) => /\/selftest\.js$/.test(r.url()));
    await w.pane.getByRole("button", { name: RUN }).click();
    await chunk;
    await w.pane.getByRole("textbox", { name: "Laporan uji (teks untuk disalin)" }).waitFor({ timeout: 30_000 });
  }

  it("runs every scenario on the in-memory host, lists each pass, and leaves the workbook as it was", async () => {
    // ExcelApi 1.20 (Microsoft 365): every scenario can run, the undo-group one included.
    const w = await suite.open("?action=bantuan&api=1.20", bantuanShown);
    // Nothing of the self-test is loaded until it is asked for.
    expect(await w.page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))).not.toContain(
      expect.stringMatching(/selftest\.js$/),
    );

    await runSelfTest(w);

    await w.pane.getByText("Semua uji lulus").waitFor();
    const results = w.pane.getByRole("list", { name: "Hasil uji" }).getByRole("listitem");
    expect(await results.allInnerTexts()).toEqual(SCENARIOS.map((s) => `Lulus: ${s.name}`));
    const report = await w.pane.getByRole("textbox", { name: "Laporan uji (teks untuk disalin)" }).inputValue();
    expect(report.split("\n").slice(0, 5)).toEqual([
      "Laporan uji Rakit",
      "Versi Rakit: 0.1.0",
      "Versi Excel: Rakit tanpa Excel (buku kerja di peramban)",
      "Platform: Rakit tanpa Excel (buku kerja di peramban)",
      "ExcelApi: 1.20",
    ]);
    expect(report).toContain("Peramban: Mozilla/5.0");
    for (const s of SCENARIOS) expect(report).toContain(`[LULUS] ${s.name} (`);

    // The grid's sheet tabs show the user's sheets only; the download is the sample, cell for cell.
    expect(await w.page.getByRole("tab").allInnerTexts()).not.toContain(expect.stringMatching(/^Rakit Uji/));
    const [download] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.getByRole("button", { name: "Unduh" }).click(),
    ]);
    const downloaded = await createHostFromXlsx(await readFile(await download.path()));
    const original = await createHostFromXlsx(await readFile(SAMPLE));
    expect(workbookDiff(original, downloaded)).toEqual([]);
  });

  it("copies the report to the clipboard", async () => {
    const w = await suite.open("?action=bantuan", bantuanShown);
    await w.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await runSelfTest(w);
    const report = await w.pane.getByRole("textbox", { name: "Laporan uji (teks untuk disalin)" }).inputValue();

    await w.pane.getByRole("button", { name: "Salin laporan" }).click();

    await w.pane.getByText("Laporan disalin.", { exact: false }).waitFor();
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(report);
  });

  it("at ExcelApi 1.7 says what Excel 2019's level leaves out, and fits the 350 px pane", async () => {
    const w = await suite.open("?action=bantuan&api=1.7", bantuanShown);
    const excel = w.pane.getByRole("region", { name: "Excel ini" });
    expect(
      await excel
        .locator("dt", { hasText: /^ExcelApi$/ })
        .locator("xpath=following-sibling::dd[1]")
        .innerText(),
    ).toBe("1.7");
    const features = await excel
      .getByRole("list", { name: "Fitur menurut tingkat ExcelApi" })
      .getByRole("listitem")
      .allInnerTexts();
    expect(features.map((f) => f.split("\n")[0])).toEqual([
      "Mengatur halaman cetak: tidak tersedia: perlu ExcelApi 1.9",
      "Membaca sel gabungan: tidak tersedia: perlu ExcelApi 1.13",
      "Satu tindakan Rakit, satu Urungkan: tidak tersedia: perlu ExcelApi 1.20",
    ]);
    await runSelfTest(w);
    expect(await paneOverflow(w)).toEqual([]);
  });

  it("the help page it links to is built next to it, and axe finds no serious problem in Bantuan", async () => {
    const w = await suite.open("?action=bantuan", bantuanShown);
    const help = w.pane.getByRole("link", { name: "Panduan lengkap" });
    const href = await help.evaluate((a) => (a as HTMLAnchorElement).href);
    const response = await w.page.request.get(href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Mencetak di kertas F4");

    await runSelfTest(w);
    expect(seriousOrCritical(await runAxe(w.page, PANE))).toEqual([]);
  });
});
