/**
 * The workbench's grid and files in Chromium: every row of a 2,000-row plan (drawn a window at a
 * time), the keyboard and typing far down the sheet, numbers as Excel shows them under Indonesian
 * regional settings, and files that are no workbook told apart in the user's language.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Locator } from "playwright-core";
import seed from "../../samples/rak-contoh-2024.json";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { largeSpec } from "../../src/samples/largeSpec";
import type { RakSpec } from "../../src/samples/rakSpec";
import { runAxe, seriousOrCritical } from "./helpers/axe";
import { ROOT } from "./helpers/buildWorkbench";
import { describeInBrowser, useWorkbenchSuite } from "./helpers/suite";
import type { WorkbenchPage } from "./helpers/workbenchPage";

const FIXTURES = join(ROOT, "test", "workbench", "fixtures");

describeInBrowser("the workbench's grid and files", () => {
  const suite = useWorkbenchSuite();
  let big = "";
  /** The big plan's last row (1-based), its last indicator's row and what that holds. */
  let lastRow = 0;
  let indicatorRow = 0;
  let lastIndicator = "";

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "rakit-e2e-grid-"));
    suite.scratch.push(dir);
    big = join(dir, "rak-2000.xlsx");
    const book = buildRakWorkbook(largeSpec(seed as unknown as RakSpec, 200, 10));
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    lastRow = sheet.rowCount;
    for (indicatorRow = lastRow; typeof sheet.getCell(`C${indicatorRow}`).value !== "string";) indicatorRow--;
    lastIndicator = String(sheet.getCell(`C${indicatorRow}`).value);
    await book.xlsx.writeFile(big);
  });

  /** The pane has checked the sheet (in any language). */
  const checked = (pane: Locator) => pane.locator('section[aria-busy="false"]').waitFor();

  /** Opens a file with "Buka berkas" (its name in the page's language). */
  async function openFile(w: WorkbenchPage, file: string, button = "Buka berkas"): Promise<void> {
    const [chooser] = await Promise.all([
      w.page.waitForEvent("filechooser"),
      w.page.getByRole("button", { name: button }).click(),
    ]);
    await chooser.setFiles(file);
  }

  async function openBig(): Promise<WorkbenchPage> {
    const w = await suite.open();
    await openFile(w, big);
    await w.page.getByText(basename(big)).waitFor();
    await w.grid.getByRole("rowheader", { name: "2000", exact: true }).or(w.cell("A1")).first().waitFor();
    await w.page.waitForFunction(() => document.querySelector('[role="grid"]')?.getAttribute("aria-rowcount") !== "59");
    return w;
  }

  const scroller = (w: WorkbenchPage): Locator => w.grid.locator("xpath=..");
  const drawnRows = (w: WorkbenchPage) => w.grid.locator("tbody tr[aria-rowindex]").count();
  const activeAddress = (w: WorkbenchPage) => w.grid.locator("td[data-active]").getAttribute("data-address");
  const focused = (w: WorkbenchPage) =>
    w.page.evaluate(() => document.activeElement?.getAttribute("data-address") ?? document.activeElement?.tagName);

  /** The cell's box lies inside the grid's scrolled view. */
  function cellInSight(address: string): boolean {
    const td = document.querySelector(`td[data-address="${address}"]`);
    const view = td?.closest("table")?.parentElement;
    if (!td || !view) return false;
    const c = td.getBoundingClientRect();
    const s = view.getBoundingClientRect();
    return c.top >= s.top && c.bottom <= s.top + view.clientHeight;
  }

  const inSight = (w: WorkbenchPage, address: string) => w.page.evaluate(cellInSight, address);

  it("shows every row of a 2,000-row plan, drawing only the rows near those in sight", async () => {
    const w = await openBig();
    expect(lastRow).toBeGreaterThan(2000);
    // Every row is in the grid's extent (and 10 empty rows to type in), plus the header row.
    expect(await w.grid.getAttribute("aria-rowcount")).toBe(String(lastRow + 10 + 1));
    expect(await drawnRows(w)).toBeLessThan(200);

    // Scrolled to the end, the grid stays at the end while the rows drawn there grow to fit their text.
    await scroller(w).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await w.page.waitForFunction(cellInSight, `A${lastRow}`);
    expect(lastRow - indicatorRow).toBeLessThan(15);
    expect(await w.cell(`C${indicatorRow}`).innerText()).toBe(lastIndicator);
    expect(await drawnRows(w)).toBeLessThan(200);
    expect(await w.cell("A1").count()).toBe(0);

    // And back to the top, in one jump.
    await scroller(w).evaluate((el) => el.scrollTo({ top: 0 }));
    await w.cell("A1").waitFor();
    expect(await w.cell("A1").innerText()).toBe("RENCANA AKSI KINERJA");
    expect(seriousOrCritical(await runAxe(w.page, '[role="grid"]'))).toEqual([]);
  });

  it("far down the sheet: clicking, typing numbers the Indonesian way, and the keyboard after scrolling away", async () => {
    const w = await openBig();
    await scroller(w).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const target = `T${lastRow - 5}`;
    await w.cell(target).click();
    await w.grid.locator(`td[data-active][data-address="${target}"]`).waitFor();

    // "1.500.000" and "0,5" are numbers as typed in Indonesia (General format: no thousands separators).
    await w.page.keyboard.type("1.500.000");
    await w.page.keyboard.press("Enter");
    await w.grid.locator(`td[data-active][data-address="T${lastRow - 4}"]`).waitFor();
    await w.page.keyboard.type("0,5");
    await w.page.keyboard.press("Enter");
    await w.grid.locator(`td[data-active][data-address="T${lastRow - 3}"]`).waitFor();
    expect(await w.cell(target).innerText()).toBe("1500000");
    expect(await w.cell(`T${lastRow - 4}`).innerText()).toBe("0,5");
    expect(await w.cell(`T${lastRow - 4}`).evaluate((td) => getComputedStyle(td).textAlign)).toBe("right");
    await w.cell(`T${lastRow - 4}`).dblclick();
    const editor = w.grid.getByRole("textbox", { name: `Isi sel T${lastRow - 4}` });
    expect(await editor.inputValue()).toBe("0,5");
    await editor.press("Escape");

    // Scrolled away, the active cell is no longer drawn; the keyboard still works the grid, and brings it back.
    expect(await focused(w)).toBe(`T${lastRow - 4}`);
    await scroller(w).evaluate((el) => el.scrollTo({ top: 0 }));
    await w.cell("A1").waitFor();
    expect(await w.cell(`T${lastRow - 4}`).count()).toBe(0);
    expect(await focused(w)).toBe("TABLE");
    await w.page.keyboard.press("ArrowDown");
    await w.grid.locator(`td[data-active][data-address="T${lastRow - 3}"]`).waitFor();
    expect(await focused(w)).toBe(`T${lastRow - 3}`);
    expect(await inSight(w, `T${lastRow - 3}`)).toBe(true);
    expect(await activeAddress(w)).toBe(`T${lastRow - 3}`);
  });

  it("a finding far down the plan: clicking it scrolls the grid there and selects its cells", async () => {
    const w = await openBig();
    // Warnings far down: the season check flags rows of every block.
    const far = w
      .findings()
      .filter({ hasText: new RegExp(`di [A-Z]+(1[5-9]\\d\\d|20\\d\\d)\\b`) })
      .first();
    await far.waitFor();
    const address = /di ([A-Z]+\d+)/.exec(await far.innerText())?.[1] ?? "";
    await far.getByRole("button").click();
    await w.grid.locator(`td[data-active][data-address="${address}"]`).waitFor();
    expect(await inSight(w, address)).toBe(true);
    expect(await drawnRows(w)).toBeLessThan(200);
  });

  it("shows numbers as Excel does under Indonesian regional settings; ?locale=en-US as in the US", async () => {
    const w = await suite.open();
    expect(await w.cell("R10").innerText()).toBe("822.654.000");
    expect(await w.cell("R33").innerText()).toBe("18.729.000");
    await w.close();

    // English Office on Indonesian Windows: the pane in English, the numbers still Indonesian.
    const en = await suite.open("?lang=en-US", checked);
    expect(await en.cell("R10").innerText()).toBe("822.654.000");
    await en.close();

    const us = await suite.open("?locale=en-US");
    expect(await us.cell("R10").innerText()).toBe("822,654,000");
  });

  it("a file that is no workbook says what it is, in the user's language, and the open workbook stays", async () => {
    const w = await suite.open();
    await openFile(w, join(FIXTURES, "rak-contoh-2024.ods"));
    const bar = w.page.getByText("Berkas rak-contoh-2024.ods tidak dapat dibuka").locator("xpath=../..");
    await bar.waitFor();
    expect(await bar.innerText()).toContain("Ini lembar kerja OpenDocument (.ods), bukan buku kerja Excel.");
    expect(await w.page.getByText("rak-contoh-2024.xlsx").isVisible()).toBe(true);
    expect(await w.cell("A1").innerText()).toBe("RENCANA AKSI KINERJA");
    await w.close();

    // A broken download, in English: the reader's own words only behind "Technical details".
    const dir = await mkdtemp(join(tmpdir(), "rakit-e2e-grid-"));
    suite.scratch.push(dir);
    const cut = join(dir, "rak-broken.xlsx");
    const sample = await readFile(join(ROOT, "samples", "rak-contoh-2024.xlsx"));
    await writeFile(cut, sample.subarray(0, sample.length >> 1));
    const en = await suite.open("?lang=en-US", checked);
    await openFile(en, cut, "Open file");
    const title = en.page.getByText("rak-broken.xlsx could not be opened");
    await title.waitFor();
    const body = title.locator("xpath=..");
    const details = body.locator("details");
    expect(await details.locator("summary").innerText()).toBe("Technical details");
    expect(await details.getAttribute("open")).toBeNull();
    const shown = await body.evaluate((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeName !== "DETAILS")
        .map((n) => n.textContent)
        .join(" "),
    );
    expect(shown).toContain("Rakit cannot read this file as an Excel workbook (.xlsx); it may be damaged.");
    expect(shown).not.toMatch(/zip|end of data|corrupted/i);
    expect(seriousOrCritical(await runAxe(en.page, "body"))).toEqual([]);
  });
});
