/**
 * A click on Periksa is never lost, in Chromium, with a slow Excel: the workbench's `?delay=` makes
 * every batch wait each way, so the check the pane runs on open is still running when the user clicks.
 */
import type { Locator } from "playwright-core";
import { describeInBrowser, useWorkbenchSuite } from "./helpers/suite";

/** Each batch waits this long each way: the check on open takes a few hundred ms. */
const DELAY_MS = 150;

describeInBrowser("Periksa with a slow Excel", () => {
  const suite = useWorkbenchSuite();

  /** Ready as soon as the pane's Periksa button is there (the check on open still running). */
  const periksaShown = (pane: Locator) => pane.getByRole("button", { name: "Periksa", exact: true }).waitFor();

  it("clicks during the check on open are kept: the findings show, and stay, when the checks are done", async () => {
    const w = await suite.open(`?delay=${DELAY_MS}`, periksaShown);
    const results = w.pane.getByRole("region", { name: "Hasil pemeriksaan" });
    expect(await results.getAttribute("aria-busy")).toBe("true");

    const periksa = w.pane.getByRole("button", { name: "Periksa", exact: true });
    expect(await periksa.getAttribute("aria-disabled")).toBeNull();
    await periksa.click();
    await periksa.click();

    // The check on open ends first: its findings show at once, while the click's check still runs.
    // The sample's two real mistakes (issue 12: no season warnings on an approved plan).
    await w.findings().first().waitFor();
    expect(await w.findings().count()).toBe(2);
    await w.pane.locator('section[aria-busy="false"]').waitFor();
    expect(await w.findings().count()).toBe(2);
    expect(await w.summaryValue("Kesalahan")).toBe("2");
    expect(await w.pane.getByRole("status").innerText()).toBe("Pemeriksaan selesai: 2 kesalahan, 0 peringatan.");
    expect(await w.pane.getByText("Tekan Periksa", { exact: false }).count()).toBe(0);
  });

  it("a click after typing, during a check, reads the sheet as typed", async () => {
    const w = await suite.open(`?delay=${DELAY_MS}`);
    await w.pane.locator('section[aria-busy="false"]').waitFor();
    expect(await w.summaryValue("Kesalahan")).toBe("2");

    // Fill in row 33's month, then click Periksa at once, while the pane still checks (the typing's batch
    // is slow too); the click's own check runs after and sees the "v".
    await w.cell("F33").dblclick();
    const editor = w.grid.getByRole("textbox", { name: "Isi sel F33" });
    await editor.fill("v");
    await editor.press("Enter");
    const periksa = w.pane.getByRole("button", { name: "Periksa", exact: true });
    await periksa.click();
    await w.pane.locator('section[aria-busy="true"]').waitFor();
    await periksa.click();
    await w.pane.locator('section[aria-busy="false"]').waitFor();
    expect(await w.cell("F33").innerText()).toBe("v");
    expect(await w.summaryValue("Kesalahan")).toBe("1");
    expect(await w.findings().filter({ hasText: "Kesalahan di F33:Q33" }).count()).toBe(0);
  });
});
