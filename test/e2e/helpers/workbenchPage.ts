import type { Browser, Locator, Page } from "playwright-core";

/** The pane's container in the workbench (src/workbench/PaneHost.tsx PANE_ID). */
export const PANE = "#rakit-pane";

export interface WorkbenchPage {
  readonly page: Page;
  /** Page errors, console errors and requests that left the page's origin, as they happened. */
  readonly problems: string[];
  readonly pane: Locator;
  readonly grid: Locator;
  /** The grid cell drawn for an A1 address (a merged area's top-left). */
  cell(address: string): Locator;
  /** The value beside a label in the pane's summary ("Total anggaran" -> "Rp 23.142.485.000"). */
  summaryValue(label: string): Promise<string>;
  /** The A1 addresses of the grid's selected cells, in document order. */
  selectedAddresses(): Promise<string[]>;
  findings(): Locator;
  close(): Promise<void>;
}

/** The pane shows the summary of the sample RAK (Periksa, the plain pane's view). */
export async function summaryShown(pane: Locator): Promise<void> {
  await pane.getByRole("region", { name: "Ringkasan RAK" }).waitFor();
}

/**
 * Opens the workbench in a fresh browser context at 1400x900 and waits until `ready` (by default, the
 * pane's summary of the sample RAK). Everything the page does wrong is collected in `problems` for the
 * test to assert empty.
 */
export async function openWorkbench(
  browser: Browser,
  url: string,
  query = "",
  ready: (pane: Locator) => Promise<void> = summaryShown,
): Promise<WorkbenchPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(url).origin;
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("request", (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith("blob:") && !target.startsWith("data:"))
      problems.push(`request outside the page's origin: ${target}`);
  });
  await page.goto(`${url}${query}`);
  const pane = page.locator(PANE);
  const grid = page.getByRole("grid");
  await ready(pane);
  return {
    page,
    problems,
    pane,
    grid,
    cell: (address) => grid.locator(`td[data-address="${address}"]`),
    async summaryValue(label) {
      const term = pane
        .getByRole("region", { name: "Ringkasan RAK" })
        .locator("dt", { hasText: new RegExp(`^${label}$`) })
        .first();
      return (await term.locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
    },
    selectedAddresses: () =>
      grid
        .locator('td[aria-selected="true"]')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-address") ?? "")),
    findings: () => pane.getByRole("list", { name: "Temuan" }).getByRole("listitem"),
    close: () => context.close(),
  };
}
