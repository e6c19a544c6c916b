/**
 * The built add-in page when the pane cannot run, in Chromium: with every script blocked, taskpane.html
 * says why and what to use instead (Excel on the web / Microsoft 365, or Rakit tanpa Excel) within a
 * few seconds; under Internet Explorer 11's user agent it says that at once; without JavaScript the
 * explanation is simply there. With the scripts (and a stand-in for Office.js, whose CDN a test cannot
 * reach), the pane mounts and the message is gone. Also: the build's manifest is the production one.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { E2E_ADDIN_URL } from "./helpers/buildWorkbench";
import { describeInBrowser, useWorkbenchSuite } from "./helpers/suite";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";

/**
 * Office.js as far as the pane's start needs it: onReady, the display language, requirement sets and
 * diagnostics. Excel.run refuses: there is no workbook here, only the mount is under test.
 */
const OFFICE_STUB = `
window.Office = {
  context: {
    displayLanguage: "id-ID",
    requirements: { isSetSupported: function (name, v) { return name === "ExcelApi" && Number(v.split(".")[1]) <= 7; } },
    diagnostics: { host: "Excel", platform: "PC", version: "16.0.10730.20102" }
  },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "PC" };
    setTimeout(function () { if (cb) cb(info); }, 0);
    return Promise.resolve(info);
  }
};
window.Excel = { run: function () { return Promise.reject(new Error("no workbook in this test")); } };
`;

describeInBrowser("taskpane.html when the pane cannot run", () => {
  const suite = useWorkbenchSuite();
  const contexts: BrowserContext[] = [];

  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function page(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await suite.served().browser.newContext({ viewport: { width: 350, height: 700 }, ...options });
    contexts.push(context);
    return context.newPage();
  }

  function taskpaneUrl(): string {
    return `${suite.served().url}taskpane.html?action=periksa`;
  }

  it("with every script request blocked, explains within a few seconds, in Bahasa Indonesia and English", async () => {
    const p = await page();
    const blocked: string[] = [];
    await p.route("**/*", (route) => {
      if (route.request().resourceType() !== "script") return route.continue();
      blocked.push(route.request().url());
      return route.abort("blockedbyclient");
    });
    const started = Date.now();
    await p.goto(taskpaneUrl());

    await p.getByRole("heading", { name: "Rakit tidak dapat berjalan di sini" }).waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(blocked).toEqual(expect.arrayContaining([OFFICE_JS, expect.stringMatching(/\/taskpane\.js$/)]));
    expect(await p.locator("#rakit-reason-id").innerText()).toMatch(
      /^Berkas Rakit atau Office tidak dapat dimuat \((office|taskpane)\.js\)/,
    );
    await p.getByRole("heading", { name: "Rakit cannot run here" }).waitFor();
    expect(await p.getByText("Memuat Rakit", { exact: false }).isVisible()).toBe(false);
    // What to use instead, with the address of Rakit tanpa Excel next to the add-in.
    const body = await p.locator("body").innerText();
    for (const text of ["Excel di web", "Microsoft 365", "Excel on the web"]) expect(body).toContain(text);
    expect(await p.locator("#rakit-without-url").innerText()).toBe(`${new URL("index.html", taskpaneUrl()).href}`);
    expect(await p.getByRole("link", { name: "Rakit tanpa Excel" }).first().getAttribute("href")).toBe("index.html");
  });

  it("in Internet Explorer 11 (Office 2016/2019 volume-licensed), which cannot parse the bundle, says so at once", async () => {
    const p = await page({ userAgent: IE11 });
    await p.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    // What IE11 makes of ES2017: a syntax error. Chromium needs a real one to fail the same way.
    await p.route(/\/taskpane\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: "const pane = async () => {" }),
    );
    await p.goto(taskpaneUrl());
    await p.getByRole("heading", { name: "Rakit tidak dapat berjalan di sini" }).waitFor({ timeout: 5_000 });
    expect(await p.locator("#rakit-reason-id").innerText()).toBe(
      "Excel ini menampilkan add-in dengan Internet Explorer 11, yang tidak dapat menjalankan Rakit.",
    );
    expect(await p.locator("#rakit-reason-en").innerText()).toBe(
      "This Excel shows add-ins in Internet Explorer 11, which cannot run Rakit.",
    );
  });

  it("when the bundle fails before the pane mounts, says so with the error", async () => {
    const p = await page();
    await p.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    await p.route(/\/taskpane\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: 'throw new Error("React could not start");' }),
    );
    await p.goto(taskpaneUrl());
    await p.getByRole("heading", { name: "Rakit tidak dapat berjalan di sini" }).waitFor({ timeout: 5_000 });
    expect(await p.locator("#rakit-reason-id").innerText()).toBe(
      "Rakit berhenti dengan galat sebelum tampil: Uncaught Error: React could not start",
    );
  });

  it("without JavaScript, the explanation is there as written", async () => {
    const p = await page({ javaScriptEnabled: false });
    await p.goto(taskpaneUrl());
    expect(await p.getByRole("heading", { name: "Rakit tidak dapat berjalan di sini" }).isVisible()).toBe(true);
    expect(await p.getByText("Memuat Rakit", { exact: false }).isVisible()).toBe(false);
  });

  it("with its scripts, the pane mounts and replaces the message", async () => {
    const p = await page();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    await p.goto(taskpaneUrl());
    await p.getByRole("tablist", { name: "Fitur Rakit" }).waitFor({ timeout: 15_000 });
    expect(await p.locator("#rakit-static").count()).toBe(0);
    expect(await p.getByText("Rakit tidak dapat berjalan di sini").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("the build is the production one: manifest.xml for RAKIT_ADDIN_URL, and Rakit tanpa Excel beside the add-in", async () => {
    const { dir, url } = suite.served();
    const manifest = await readFile(join(dir, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${E2E_ADDIN_URL}taskpane.html"/>`);
    expect(manifest).toContain("<AppDomain>https://rakit.example.go.id</AppDomain>");
    expect(manifest).not.toMatch(/localhost/);

    const p = await page({ viewport: { width: 1400, height: 900 } });
    await p.goto(`${url}index.html`);
    await p.locator("#rakit-pane").getByRole("region", { name: "Ringkasan RAK" }).waitFor({ timeout: 30_000 });
    expect(await p.title()).toBe("Rakit tanpa Excel");
  });
});
