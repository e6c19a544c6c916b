import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Locator } from "playwright-core";
import { ROOT, sharedWorkbenchBuild, type WorkbenchBuild } from "./buildWorkbench";
import { CHROMIUM, chromiumAvailable, launchChromium } from "./chromium";
import { serveFolder, type StaticServer } from "./staticServer";
import { openWorkbench, PANE, type WorkbenchPage } from "./workbenchPage";

/** The pane as mounted (PaneHost mounts it in a child of #rakit-pane): 350 px wide. */
export const MOUNTED_PANE = `${PANE} > div:not([hidden])`;

const available = chromiumAvailable();

/** `describe` where Chromium is installed; elsewhere skipped, with a visible note naming what. */
export function describeInBrowser(title: string, fn: () => void): void {
  if (!available) console.warn(`SKIPPED: "${title}" needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  (available ? describe : describe.skip)(title, fn);
}

export interface WorkbenchSuite {
  /** Opens a fresh workbench page (query like "?action=anggaran"), waiting for the pane to be `ready`. */
  open(query?: string, ready?: (pane: Locator) => Promise<void>): Promise<WorkbenchPage>;
  /** The suite's browser, the build's folder and the URL it is served at, for pages other than the workbench. */
  served(): { readonly browser: Browser; readonly dir: string; readonly url: string };
  /** Folders removed after the suite (downloads and the like). */
  readonly scratch: string[];
}

/**
 * Registers, in the calling describe, what every browser suite shares: the run's one workbench
 * build, a static server and a browser for the suite, a fresh page per test, and after each test
 * the check that the page threw nothing, logged no error and reached nothing off its origin.
 */
export function useWorkbenchSuite(): WorkbenchSuite {
  let build: WorkbenchBuild | null = null;
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  let page: WorkbenchPage | null = null;
  const scratch: string[] = [];

  beforeAll(async () => {
    build = await sharedWorkbenchBuild();
    server = await serveFolder(build.dir);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await build?.dispose();
    for (const dir of scratch) await rm(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    const problems = page?.problems ?? [];
    await page?.close();
    page = null;
    expect(problems).toEqual([]);
  });

  return {
    scratch,
    served() {
      if (!browser || !server || !build) throw new Error("beforeAll did not finish");
      return { browser, dir: build.dir, url: server.url };
    },
    async open(query = "", ready) {
      if (!browser || !server) throw new Error("beforeAll did not finish");
      page = await openWorkbench(browser, server.url, query, ready);
      return page;
    },
  };
}

/**
 * What sticks out of the 350 px pane (its content box): every element must end inside it, and no
 * table may scroll sideways. Returns the offenders as "tag: text".
 */
export async function paneOverflow(w: WorkbenchPage): Promise<string[]> {
  return w.page.locator(MOUNTED_PANE).evaluate((pane) => {
    const right = pane.getBoundingClientRect().right;
    return [...pane.querySelectorAll("*")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return false;
        return box.right > right + 0.5 || (el.tagName === "TABLE" && el.scrollWidth > el.clientWidth + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").slice(0, 60)}`);
  });
}

/** The whole pane into docs/NAME, however long: the page is made tall enough that the pane does not scroll. */
export async function paneScreenshot(w: WorkbenchPage, name: string): Promise<void> {
  const height = await w.page.locator(MOUNTED_PANE).evaluate((el) => el.scrollHeight);
  await w.page.setViewportSize({ width: 1400, height: Math.max(900, height + 80) });
  await w.page.locator(MOUNTED_PANE).screenshot({ path: join(ROOT, "docs", name) });
  await w.page.setViewportSize({ width: 1400, height: 900 });
}
