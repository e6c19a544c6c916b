/**
 * Anggaran and Jadwal end to end, in Chromium: the workbench opened as the ribbon's Anggaran button
 * opens the pane (?action=anggaran), on the shipped sample. The proof: Anggaran shows
 * Rp 23.142.485.000; Jadwal lists the Penetapan Hasil row (33); Sorot jadwal shades it and typing "v"
 * in one of its months removes the shading; Tulis ke lembar adds the JUMLAH row and the "Rekap
 * Anggaran" sheet, and the downloaded file opens again. The build is the run's shared one.
 *
 * RAKIT_SCREENSHOTS=1 also writes docs/pane-anggaran.png and docs/pane-jadwal.png (the pane at 350 px).
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { createHostFromXlsx } from "../../src/host";
import { runAxe, seriousOrCritical } from "./helpers/axe";
import { PANE, type WorkbenchPage } from "./helpers/workbenchPage";
import { describeInBrowser, paneOverflow, paneScreenshot, useWorkbenchSuite } from "./helpers/suite";

const SCREENSHOTS = process.env.RAKIT_SCREENSHOTS === "1";
/** The sample's total, as the pane writes rupiah. */
const TOTAL = "Rp 23.142.485.000";
/** Rakit's fill for a row with no period planned (src/core/schedule/highlights.ts EMPTY_ROW_FILL #FFF4CE). */
const UNPLANNED_FILL = "rgb(255, 244, 206)";
const ROW_33 = "FGHIJKLMNOPQ".split("").map((c) => `${c}33`);

/** The budget part has read the sheet: its total is on screen. */
async function budgetShown(pane: Locator): Promise<void> {
  await pane.getByRole("region", { name: "Hasil anggaran" }).locator("dt", { hasText: "Total anggaran" }).waitFor();
}

describeInBrowser("Anggaran and Jadwal in the workbench", () => {
  const suite = useWorkbenchSuite();
  const scratch = suite.scratch;

  async function open(): Promise<WorkbenchPage> {
    return suite.open("?action=anggaran", budgetShown);
  }

  /** The total the budget part shows ("Total anggaran" -> "Rp ..."). */
  async function shownTotal(w: WorkbenchPage): Promise<string> {
    const term = w.pane.getByRole("region", { name: "Hasil anggaran" }).locator("dt", { hasText: "Total anggaran" });
    return (await term.locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
  }

  /** A table's body rows as text, cell by cell. */
  async function tableRows(table: Locator): Promise<string[][]> {
    return table
      .locator("tbody tr, tfoot tr")
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? "").trim())));
  }

  /** No operation of the Anggaran view is running. */
  async function waitIdle(w: WorkbenchPage, results: "Hasil anggaran" | "Hasil jadwal"): Promise<void> {
    await w.pane.locator(`section[aria-label="${results}"][aria-busy="false"]`).waitFor();
  }

  async function backgroundOf(w: WorkbenchPage, address: string): Promise<string> {
    return w.cell(address).evaluate((td) => getComputedStyle(td).backgroundColor);
  }

  async function waitBackground(w: WorkbenchPage, address: string, colour: string): Promise<void> {
    await w.page.waitForFunction(
      ([a, c]) => {
        const td = document.querySelector(`td[data-address="${a}"]`);
        return td !== null && getComputedStyle(td).backgroundColor === c;
      },
      [address, colour] as const,
    );
  }

  async function openJadwal(w: WorkbenchPage): Promise<void> {
    await w.pane.getByRole("tab", { name: "Jadwal" }).click();
    await w.pane.getByRole("heading", { name: /^Baris tanpa jadwal/ }).waitFor();
    await waitIdle(w, "Hasil jadwal");
  }

  it("the ribbon's Anggaran opens the view at once: Rp 23.142.485.000 per sasaran, code, pelaksana and month", async () => {
    const w = await open();
    expect(await w.pane.getByRole("tab", { name: "Anggaran", exact: true }).getAttribute("aria-selected")).toBe("true");
    expect(await shownTotal(w)).toBe(TOTAL);

    const sasaran = await tableRows(w.pane.getByRole("table", { name: "Per sasaran" }));
    expect(sasaran).toHaveLength(10);
    // No, the sasaran with its code under it, the amount: three columns fit a 320 px pane.
    expect(sasaran[6]).toEqual(["7", "Penetapan Hasil Pemilu Kode 6982", "Rp 18.729.000"]);
    expect(sasaran[9]).toEqual(["Jumlah", TOTAL]);

    const codes = await tableRows(w.pane.getByRole("table", { name: "Per kode kegiatan" }));
    expect(codes[0]).toEqual(["6709", "1", "Rp 822.654.000"]);

    // Sasaran 1, 8 and 9 are split between pelaksana by row count; the pelaksana's row says so.
    const pelaksana = await tableRows(w.pane.getByRole("table", { name: "Per pelaksana" }));
    expect(pelaksana[0]).toEqual([
      "Subbagian Rendatintermasuk bagian anggaran sasaran 1, dibagi menurut jumlah baris",
      "Rp 548.436.000",
    ]);
    expect(pelaksana.find((r) => r[0] === "Semua Subbagian")).toEqual(["Semua Subbagian", "Rp 18.729.000"]);
    expect(await w.pane.getByRole("list", { name: "Catatan anggaran" }).innerText()).toContain(
      "Anggaran sasaran 1, 8, 9 dibagi ke beberapa pelaksana",
    );

    const months = await tableRows(w.pane.getByRole("table", { name: "Per bulan" }));
    expect(months[0]).toEqual(["B1", "Rp 4.145.306.498"]);
    expect(months[12]).toEqual(["Belum terjadwal (Sasaran 7)", "Rp 18.729.000"]);
    expect(months[13]).toEqual(["Jumlah", TOTAL]);
    if (SCREENSHOTS) await paneScreenshot(w, "pane-anggaran.png");

    // The quarters, folded from the months (B1-B3 is TW I).
    await w.pane.getByRole("button", { name: "Triwulan", exact: true }).click();
    const quarters = await tableRows(w.pane.getByRole("table", { name: "Per triwulan" }));
    expect(quarters.slice(0, 4)).toEqual([
      ["TW I", "Rp 9.334.318.494"],
      ["TW II", "Rp 5.780.186.594"],
      ["TW III", "Rp 5.558.435.544"],
      ["TW IV", "Rp 2.450.815.368"],
    ]);
    expect(await w.pane.getByRole("button", { name: "Triwulan", exact: true }).getAttribute("aria-pressed")).toBe(
      "true",
    );

    expect(await paneOverflow(w)).toEqual([]);
    expect(seriousOrCritical(await runAxe(w.page, PANE))).toEqual([]);
  });

  it("Jadwal lists the Penetapan Hasil row; choosing it selects the row's period cells F33:Q33", async () => {
    const w = await open();
    await openJadwal(w);

    const months = w.pane.getByRole("table", { name: "Baris per bulan" });
    expect(await months.locator("th").allInnerTexts()).toEqual(Array.from({ length: 12 }, (_, i) => `B${i + 1}`));
    expect(await months.locator("td").count()).toBe(12);
    expect(await w.pane.getByRole("table", { name: "Baris per triwulan" }).locator("th").allInnerTexts()).toEqual([
      "TW I",
      "TW II",
      "TW III",
      "TW IV",
    ]);
    expect(await w.pane.getByText("Setiap bulan punya kegiatan.").isVisible()).toBe(true);

    const items = w.pane.getByRole("list", { name: "Baris tanpa jadwal" }).getByRole("listitem");
    expect(await items.count()).toBe(1);
    const text = await items.first().innerText();
    expect(text).toContain("Baris 33");
    expect(text).toContain("Persentase Penetapan Hasil Pemilu");

    await items.first().getByRole("button").click();
    await w.cell("F33").and(w.page.locator('[aria-selected="true"]')).waitFor();
    expect(await w.selectedAddresses()).toEqual(ROW_33);

    expect(await paneOverflow(w)).toEqual([]);
    expect(seriousOrCritical(await runAxe(w.page, PANE))).toEqual([]);
    if (SCREENSHOTS) await paneScreenshot(w, "pane-jadwal.png");
  });

  it('Sorot jadwal shades row 33; typing "v" in M33 removes the row\'s shading; Hapus sorotan jadwal clears it', async () => {
    const w = await open();
    const plain = await backgroundOf(w, "F33");
    await openJadwal(w);

    await w.pane.getByRole("button", { name: "Sorot jadwal", exact: true }).click();
    await waitIdle(w, "Hasil jadwal");
    for (const address of ROW_33) await waitBackground(w, address, UNPLANNED_FILL);
    expect(await backgroundOf(w, "E33")).toBe(plain);
    expect(await backgroundOf(w, "F32")).toBe(plain);
    expect(await w.pane.getByRole("status").last().innerText()).toContain("Warna hilang sendiri");

    // The rule is a conditional format: the grid's shading follows the mark as the user types it.
    await w.cell("M33").click();
    await w.grid.locator('td[data-active][data-address="M33"]').waitFor();
    await w.page.keyboard.type("v");
    await w.page.keyboard.press("Enter");
    await w.page.waitForFunction(() => document.querySelector('td[data-address="M33"]')?.textContent === "v");
    for (const address of ROW_33) await waitBackground(w, address, plain);

    // Read again: no row is left without a period.
    await w.pane.getByRole("button", { name: "Hitung ulang" }).click();
    await waitIdle(w, "Hasil jadwal");
    await w.pane.getByText("Setiap baris punya jadwal.").waitFor();

    // Typing the mark away brings the shading back, until Hapus sorotan jadwal removes the rules.
    await w.cell("M33").click();
    await w.grid.locator('td[data-active][data-address="M33"]').waitFor();
    await w.page.keyboard.press("Delete");
    await waitBackground(w, "F33", UNPLANNED_FILL);
    await w.pane.getByRole("button", { name: "Hapus sorotan jadwal" }).click();
    await waitIdle(w, "Hasil jadwal");
    await waitBackground(w, "F33", plain);
    expect(await w.pane.getByRole("status").last().innerText()).toContain("Warna jadwal dari Rakit dihapus");
  });

  it("Tulis ke lembar: a JUMLAH row under the table and the Rekap Anggaran sheet; Unduh, and the file opens again", async () => {
    const w = await open();
    await w.pane.getByRole("checkbox", { name: "Draf RPD" }).check();
    await w.pane.getByRole("checkbox", { name: "Geser 1 bulan" }).check();
    await w.pane.getByRole("button", { name: "Tulis ke lembar" }).click();

    const written = w.pane.getByRole("status").filter({ hasText: /Ditulis ke lembar:/ });
    await written.waitFor();
    await waitIdle(w, "Hasil anggaran");
    expect(await written.locator("strong").innerText()).toBe("Ditulis ke lembar: RAK 2024, Rekap Anggaran, RPD Draf");
    const notes = await written.getByRole("list", { name: "Catatan anggaran" }).innerText();
    expect(notes).toContain("Baris JUMLAH disisipkan di baris 50 dengan rumus =SUM(R10:R49)");
    expect(notes).toContain('Lembar "Rekap Anggaran" dibuat.');
    expect(notes).toContain("Penarikan dana digeser satu bulan");
    expect(await shownTotal(w)).toBe(TOTAL);
    expect(await paneOverflow(w)).toEqual([]);

    // The grid: the JUMLAH row under the table, computed by the formula; the new sheets have tabs.
    expect(await w.cell("A50").innerText()).toBe("JUMLAH");
    await w.page.waitForFunction(
      () => document.querySelector('td[data-address="R50"]')?.textContent === "23.142.485.000",
    );
    const tabs = w.page.getByRole("tablist", { name: "Lembar kerja" }).getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual(["RAK 2024", "Rekap Anggaran", "RPD Draf"]);
    await tabs.nth(1).click();
    await w.page.getByRole("grid", { name: "Lembar Rekap Anggaran" }).waitFor();
    expect(await w.cell("A1").innerText()).toBe("REKAP ANGGARAN");
    await tabs.nth(0).click();
    await w.page.getByRole("grid", { name: "Lembar RAK 2024" }).waitFor();

    // Periksa ran again after the write: its summary reads the plan with its JUMLAH row.
    await w.pane.getByRole("tab", { name: "Periksa" }).click();
    expect(await w.summaryValue("Total anggaran")).toBe(TOTAL);

    const [download] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.getByRole("button", { name: "Unduh" }).click(),
    ]);
    const bytes = await readFile(await download.path());
    const saved = await createHostFromXlsx(bytes);
    expect(saved.workbook.sheets.map((s) => s.name)).toEqual(["RAK 2024", "Rekap Anggaran", "RPD Draf"]);
    const jumlah = saved.workbook.sheetByName("RAK 2024")?.getCell(49, 17);
    expect(jumlah?.formula).toBe("=SUM(R10:R49)");
    expect(jumlah?.value).toBe(23_142_485_000);
    expect(saved.workbook.sheetByName("Rekap Anggaran")?.charts).toHaveLength(1);

    // Opened again (Buka berkas): a fresh pane reads the written workbook, and writing again rewrites
    // the same rows and sheets instead of adding more.
    const dir = await mkdtemp(join(tmpdir(), "rakit-e2e-anggaran-"));
    scratch.push(dir);
    const file = join(dir, download.suggestedFilename());
    await writeFile(file, bytes);
    const [chooser] = await Promise.all([
      w.page.waitForEvent("filechooser"),
      w.page.getByRole("button", { name: "Buka berkas" }).click(),
    ]);
    await chooser.setFiles(file);
    await w.page.getByRole("grid", { name: "Lembar RAK 2024" }).waitFor();
    await budgetShown(w.pane);
    await waitIdle(w, "Hasil anggaran");
    expect(await shownTotal(w)).toBe(TOTAL);
    expect(await w.cell("A50").innerText()).toBe("JUMLAH");

    await w.pane.getByRole("button", { name: "Tulis ke lembar" }).click();
    const again = w.pane.getByRole("status").filter({ hasText: /Ditulis ke lembar:/ });
    await again.waitFor();
    expect(await again.innerText()).toContain("sudah berisi rumus =SUM(R10:R49); tidak diubah");
    expect(await tabs.allInnerTexts()).toEqual(["RAK 2024", "Rekap Anggaran", "RPD Draf"]);
    expect(seriousOrCritical(await runAxe(w.page, PANE))).toEqual([]);
  });
});
