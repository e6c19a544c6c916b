/**
 * The pane at 320 and 350 px, as a fresh machine draws it (Chromium sees only DejaVu,
 * test/e2e/helpers/fonts.conf), in Bahasa Indonesia and in English (?lang=en-US):
 * - in every view, nothing sticks out of the pane and no table scrolls sideways; no header breaks inside a word;
 * - the view tabs sit on one row, and choosing one moves none of them;
 * - the view's main action is on screen at the top, after scrolling to the bottom, and after ticking
 *   the last Katalog entry (the sticky action bar);
 * - a control reached by keyboard looks different from the same control unfocused, also under forced
 *   colors (Windows high contrast);
 * - a truncated sasaran shows its whole title on hover and on focus, inside the pane;
 * - axe finds no heading-order problem in Jadwal, Katalog and Tahun Baru's result, and nothing
 *   serious or critical;
 * - Tahun Baru's result links to its findings: "Lihat 1 kesalahan" opens them in Periksa, and choosing
 *   one selects its cell on the new sheet.
 */
import type { Locator } from "playwright-core";
import { runAxe, seriousOrCritical } from "./helpers/axe";
import {
  focusOutline,
  inPaneViewport,
  PANE_WIDTHS,
  scrollPane,
  setPaneWidth,
  tabRow,
  wordsBrokenInHeaders,
} from "./helpers/paneLayout";
import { describeInBrowser, MOUNTED_PANE, paneOverflow, useWorkbenchSuite } from "./helpers/suite";
import { PANE, type WorkbenchPage } from "./helpers/workbenchPage";

type Lang = "id" | "en";

interface ViewCase {
  /** The workbench's ?action= (the ribbon button). */
  readonly action: string;
  readonly name: string;
  /** The view's tab. */
  readonly tab: Readonly<Record<Lang, string>>;
  /** The view's main action, in its sticky action bar; null for a view without one (Bantuan). */
  readonly main: Readonly<Record<Lang, RegExp>> | null;
  /** Waits until the view has read the sheet (and, for Jadwal, switches to it). */
  readonly ready: (pane: Locator, lang: Lang) => Promise<void>;
}

const TEXT = {
  tabs: { id: "Fitur Rakit", en: "Rakit features" },
  total: { id: "Total anggaran", en: "Total budget" },
  schedule: { id: "Jadwal", en: "Schedule" },
  unplanned: { id: /^Baris tanpa jadwal/, en: /^Rows without a schedule/ },
  katalog: { id: /^\d+ dari \d+ entri/, en: /^\d+ of \d+ entries/ },
} as const;

const VIEWS: readonly ViewCase[] = [
  {
    action: "periksa",
    name: "Periksa",
    tab: { id: "Periksa", en: "Check" },
    main: { id: /^Periksa$/, en: /^Check$/ },
    ready: (pane, lang) => pane.locator("dt", { hasText: TEXT.total[lang] }).first().waitFor(),
  },
  {
    action: "anggaran",
    name: "Anggaran",
    tab: { id: "Anggaran", en: "Budget" },
    main: { id: /^Tulis ke lembar$/, en: /^Write to sheet$/ },
    ready: (pane, lang) => pane.locator("dt", { hasText: TEXT.total[lang] }).waitFor(),
  },
  {
    action: "anggaran",
    name: "Anggaran, Jadwal",
    tab: { id: "Anggaran", en: "Budget" },
    main: { id: /^Sorot jadwal$/, en: /^Highlight schedule$/ },
    ready: async (pane, lang) => {
      await pane.locator("dt", { hasText: TEXT.total[lang] }).waitFor();
      await pane.getByRole("tab", { name: TEXT.schedule[lang] }).click();
      await pane.getByRole("heading", { name: TEXT.unplanned[lang] }).waitFor();
    },
  },
  {
    action: "katalog",
    name: "Katalog",
    tab: { id: "Katalog", en: "Catalog" },
    main: { id: /^Sisipkan/, en: /^Insert/ },
    ready: (pane, lang) => pane.getByText(TEXT.katalog[lang]).waitFor(),
  },
  {
    action: "tahun-baru",
    name: "Tahun Baru",
    tab: { id: "Tahun Baru", en: "New Year" },
    main: { id: /^Buat RAK 2025$/, en: /^Create RAK 2025$/ },
    ready: (pane, lang) =>
      pane.getByRole("button", { name: lang === "id" ? "Buat RAK 2025" : "Create RAK 2025" }).waitFor(),
  },
  {
    action: "cetak",
    name: "Cetak",
    tab: { id: "Cetak", en: "Print" },
    main: { id: /^Siapkan cetak$/, en: /^Prepare for printing$/ },
    ready: (pane, lang) =>
      pane.getByRole("button", { name: lang === "id" ? "Siapkan cetak" : "Prepare for printing" }).waitFor(),
  },
  {
    action: "bantuan",
    name: "Bantuan",
    tab: { id: "Bantuan", en: "Help" },
    main: null,
    ready: (pane) => pane.getByRole("tabpanel").waitFor(),
  },
];

const LANGS: readonly Lang[] = ["id", "en"];

describeInBrowser("the pane at 320 and 350 px, DejaVu only", () => {
  const suite = useWorkbenchSuite();

  async function open(view: ViewCase, lang: Lang): Promise<WorkbenchPage> {
    const query = `?action=${view.action}${lang === "en" ? "&lang=en-US" : ""}`;
    return suite.open(query, (pane) => view.ready(pane, lang));
  }

  function mainAction(w: WorkbenchPage, view: ViewCase, lang: Lang): Locator {
    if (!view.main) throw new Error(`${view.name} has no main action`);
    return w.page.locator(MOUNTED_PANE).getByRole("button", { name: view.main[lang] });
  }

  it.each(LANGS)(
    "in %s, every view: nothing outside the pane, the tabs on one row, the main action on screen",
    async (lang) => {
      // One page, every view in turn through its tab, as a user goes through them.
      const w = await open(VIEWS[0] as ViewCase, lang);
      for (const view of VIEWS) {
        await w.pane.getByRole("tab", { name: view.tab[lang], exact: true }).click();
        await view.ready(w.pane, lang);
        for (const width of PANE_WIDTHS) {
          const where = `${view.name} at ${width} px`;
          await setPaneWidth(w, width);
          await scrollPane(w, "top");
          expect({ where, overflow: await paneOverflow(w) }).toEqual({ where, overflow: [] });
          expect({ where, broken: await wordsBrokenInHeaders(w) }).toEqual({ where, broken: [] });
          const row = await tabRow(w, TEXT.tabs[lang]);
          expect({ where, rows: row.tops.length }).toEqual({ where, rows: 1 });
          if (view.main) {
            const main = mainAction(w, view, lang);
            expect({ where, top: await inPaneViewport(w, main) }).toEqual({ where, top: true });
            await scrollPane(w, "bottom");
            expect({ where, bottom: await inPaneViewport(w, main) }).toEqual({ where, bottom: true });
          }
        }
      }
    },
    120_000,
  );

  it("choosing a view moves no tab (no layout shift), in both languages", async () => {
    for (const lang of LANGS) {
      const w = await open(VIEWS[0] as ViewCase, lang);
      for (const width of PANE_WIDTHS) {
        await setPaneWidth(w, width);
        const before = await tabRow(w, TEXT.tabs[lang]);
        const tabs = w.page.locator(MOUNTED_PANE).getByRole("tablist", { name: TEXT.tabs[lang] }).getByRole("tab");
        for (let i = (await tabs.count()) - 1; i >= 0; i--) {
          await tabs.nth(i).click();
          expect(await tabs.nth(i).getAttribute("aria-selected")).toBe("true");
          expect(await tabRow(w, TEXT.tabs[lang])).toEqual(before);
        }
      }
      expect(w.problems).toEqual([]);
      await w.close();
    }
  });

  it("after ticking the last Katalog entry, Sisipkan (1) is on screen; a control reached by Tab is not under the bar", async () => {
    const katalog = VIEWS.find((v) => v.action === "katalog") as ViewCase;
    const w = await open(katalog, "id");
    for (const width of PANE_WIDTHS) {
      await setPaneWidth(w, width);
      const boxes = w.page.locator(MOUNTED_PANE).getByRole("checkbox");
      await scrollPane(w, "bottom");
      await boxes.last().check();
      const insert = mainAction(w, katalog, "id");
      expect(await insert.innerText()).toBe("Sisipkan (1)");
      expect(await inPaneViewport(w, insert)).toBe(true);
      await boxes.last().uncheck();

      // Keyboard focus scrolls a control into view above the sticky bar, not under it.
      await scrollPane(w, "top");
      await w.page.keyboard.press("Tab");
      const target = boxes.nth(5);
      await target.focus();
      const bar = await insert.locator("xpath=ancestor::div[2]").boundingBox();
      const box = await target.boundingBox();
      expect(bar && box && box.y + box.height <= bar.y + 0.5).toBe(true);
    }
  });

  /** Pixels of `target` and a margin around it (the ring is drawn outside the element's box). */
  async function shot(w: WorkbenchPage, target: Locator): Promise<Buffer> {
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error("not visible");
    return w.page.screenshot({ clip: { x: box.x - 5, y: box.y - 5, width: box.width + 10, height: box.height + 10 } });
  }

  /** Focuses `target` as the keyboard would (keyboard mode on), and says how it changed. */
  async function focusChange(w: WorkbenchPage, target: Locator): Promise<{ outline: string; changed: boolean }> {
    await w.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const before = await shot(w, target);
    await w.page.keyboard.press("Shift");
    await target.focus();
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await shot(w, target);
    return { outline: await focusOutline(w), changed: !before.equals(after) };
  }

  it.each(["none", "active"] as const)(
    "a control reached by keyboard shows a focus ring (forced colors: %s)",
    async (forcedColors) => {
      const w = await open(VIEWS[0] as ViewCase, "id");
      await w.page.emulateMedia({ forcedColors });
      const pane = w.page.locator(MOUNTED_PANE);
      // Keyboard mode, as after any Tab: FluentProvider then marks the focused element.
      await pane.getByRole("tab", { name: "Periksa" }).click();
      await w.page.keyboard.press("ArrowRight");
      expect(await focusOutline(w)).toMatch(/^solid 2px /);
      await w.page.keyboard.press("ArrowLeft");
      await pane.getByRole("button", { name: "Periksa", exact: true }).click();
      await w.findings().first().waitFor();

      const targets: [string, Locator][] = [
        ["tab", pane.getByRole("tab", { name: "Anggaran" })],
        ["action button", pane.getByRole("button", { name: "Periksa", exact: true })],
        ["filter button", pane.getByRole("button", { name: /^Kesalahan \(/ })],
        ["finding", w.findings().first().getByRole("button").first()],
        ["language button", pane.getByRole("button", { name: "Ganti bahasa ke English" })],
      ];
      for (const [what, target] of targets) {
        const change = await focusChange(w, target);
        expect({ what, ...change, outline: change.outline.split(" ").slice(0, 2).join(" ") }).toEqual({
          what,
          outline: "solid 2px",
          changed: true,
        });
      }

      // A checkbox, a search field (Katalog) and a radio (Cetak): native inputs too.
      await pane.getByRole("tab", { name: "Katalog" }).click();
      await pane.getByText(TEXT.katalog.id).waitFor();
      for (const target of [pane.getByRole("checkbox").first(), pane.getByRole("searchbox")]) {
        const change = await focusChange(w, target);
        expect([change.outline.split(" ")[0], change.changed]).toEqual(["solid", true]);
      }
      await pane.getByRole("tab", { name: "Cetak" }).click();
      const radio = pane.getByRole("radio", { name: "A4" });
      const change = await focusChange(w, radio);
      expect([change.outline.split(" ")[0], change.changed]).toEqual(["solid", true]);
      if (forcedColors === "active") expect(change.outline).not.toContain("rgb(0, 0, 0)");
    },
    60_000,
  );

  it("a truncated sasaran shows its whole title on hover and on focus, inside the pane", async () => {
    const w = await open(VIEWS[1] as ViewCase, "id");
    await setPaneWidth(w, 320);
    const table = w.page.locator(MOUNTED_PANE).getByRole("table", { name: "Per sasaran" });
    const cut = table.locator("[aria-describedby]").first();
    expect(await cut.innerText()).toMatch(/…/);
    // Hidden until hover or focus, so not yet in the accessibility tree: found by its role attribute.
    const tip = table.locator('[role="tooltip"]').first();
    expect(await tip.isVisible()).toBe(false);
    const full = (await tip.textContent()) ?? "";
    expect(full).toBe("Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu");

    await cut.hover();
    await tip.waitFor();
    expect(await paneOverflow(w)).toEqual([]);
    await w.page.mouse.move(0, 0);
    await tip.waitFor({ state: "hidden" });

    await w.page.keyboard.press("Shift");
    await cut.focus();
    await tip.waitFor();
    expect(await cut.getAttribute("tabindex")).toBe("0");
    expect(await paneOverflow(w)).toEqual([]);
    // Escape hides it until focus leaves.
    await w.page.keyboard.press("Escape");
    await tip.waitFor({ state: "hidden" });
  });

  it("a 12-digit amount (Rp 999.999.999.999) and a 13-digit total fit the Anggaran tables at 320 px", async () => {
    const w = await open(VIEWS[1] as ViewCase, "id");
    await w.cell("R10").click();
    await w.grid.locator('td[data-active][data-address="R10"]').waitFor();
    await w.page.keyboard.type("999999999999");
    await w.page.keyboard.press("Enter");
    await w.pane.getByRole("button", { name: "Hitung ulang" }).click();
    const table = w.pane.getByRole("table", { name: "Per sasaran" });
    await table.getByText("Rp 999.999.999.999", { exact: true }).waitFor();
    await table.getByText("Rp 1.022.319.830.999", { exact: true }).waitFor();
    for (const width of PANE_WIDTHS) {
      await setPaneWidth(w, width);
      expect({ width, overflow: await paneOverflow(w) }).toEqual({ width, overflow: [] });
    }
    // Each amount on one line, inside its cell (the cells never wrap; nothing may stick out of them).
    const clipped = await table
      .locator("td")
      .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(clipped).toEqual([]);
  });

  it("axe: no heading-order finding in Jadwal, Katalog and Tahun Baru's result; nothing serious or critical", async () => {
    const headingOrder = async (w: WorkbenchPage) =>
      (await runAxe(w.page, PANE)).filter(
        (v) => v.id === "heading-order" || v.impact === "serious" || v.impact === "critical",
      );

    const jadwal = VIEWS.find((v) => v.name === "Anggaran, Jadwal") as ViewCase;
    let w = await open(jadwal, "id");
    expect(await headingOrder(w)).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.close();

    w = await open(VIEWS.find((v) => v.action === "katalog") as ViewCase, "id");
    expect(await headingOrder(w)).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.close();

    w = await open(VIEWS.find((v) => v.action === "tahun-baru") as ViewCase, "id");
    await w.pane.getByRole("button", { name: "Buat RAK 2025" }).click();
    await w.pane.getByText('Lembar "RAK 2025" dibuat dari "RAK 2024"').waitFor();
    expect(await headingOrder(w)).toEqual([]);
    expect(seriousOrCritical(await runAxe(w.page, PANE))).toEqual([]);
  });

  it("Tahun Baru's result: \"Lihat 1 kesalahan\" opens the new sheet's error in Periksa; choosing it selects its cells", async () => {
    const w = await open(VIEWS.find((v) => v.action === "tahun-baru") as ViewCase, "id");
    const pane = w.pane;
    // Every ended stage starts ticked for removal; keeping sasaran 7 keeps its row without a month.
    const drops = pane.getByRole("group", { name: "Diusulkan dihapus (7)" }).getByRole("checkbox");
    for (let i = 0; i < 7; i++) expect(await drops.nth(i).isChecked()).toBe(true);
    await pane.getByRole("checkbox", { name: "Hapus sasaran 7 (6982)" }).uncheck();
    await pane.getByRole("button", { name: "Buat RAK 2025" }).click();
    await pane.getByText(/^Lembar "RAK 2025" diperiksa: 1 kesalahan, /).waitFor();

    await pane.getByRole("button", { name: "Lihat 1 kesalahan" }).click();
    expect(await pane.getByRole("tab", { name: "Periksa" }).getAttribute("aria-selected")).toBe("true");
    await w.findings().first().waitFor();
    expect(await pane.getByRole("button", { name: "Kesalahan (1)" }).getAttribute("aria-pressed")).toBe("true");
    expect(await w.findings().count()).toBe(1);
    const finding = w.findings().first();
    expect(await finding.innerText()).toContain("belum punya bulan pelaksanaan");
    expect(await w.summaryValue("Lembar")).toBe("RAK 2025");

    await finding.getByRole("button").first().click();
    await w.page.getByRole("grid", { name: "Lembar RAK 2025" }).waitFor();
    await w.page.waitForFunction(() => document.querySelectorAll('td[aria-selected="true"]').length > 0);
    const selected = await w.selectedAddresses();
    const where = (await finding.innerText()).match(/Kesalahan di ([A-Z]+\d+)/)?.[1];
    expect(selected).toContain(where);
  });
});
