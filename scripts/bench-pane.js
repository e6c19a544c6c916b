#!/usr/bin/env node
/*
 * `npm run bench:pane`: Periksa on a 2,000-row plan in the workbench, in Chromium, from the click to the
 * findings list on screen. Builds the workbench page (production, as the e2e tests do) unless
 * BENCH_PANE_DIST names a built one, builds a 2,000-row, 200-block workbook in the seed's layout (the
 * one `npm run bench` uses), opens it with "Buka berkas", then clicks Periksa BENCH_RUNS times (after
 * one warm-up click) and reports the median, the fastest and the slowest.
 *
 * Each measurement runs in the page: t0 just before the button's click, t1 in the animation frame
 * after the results stop being busy (aria-busy="false" with the list present), i.e. the frame that
 * paints the list. Also measured: opening the file until its findings show.
 *
 * For profiling, BENCH_PANE_TRACE=file.json writes a Chromium performance trace of one click (open it
 * in Chrome's Performance panel) and BENCH_PANE_PROFILE=file.cpuprofile a V8 CPU profile of one click
 * (build the page with `--no-optimization-minimize` to keep the function names). Needs Debian's chromium (RAKIT_CHROMIUM to point elsewhere); never
 * downloads a browser.
 */
/* global document, MutationObserver, requestAnimationFrame -- used inside page.evaluate (runs in the browser) */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { buildRakWorkbook } = require("../lib/samples/buildRakWorkbook.js");
const { largeSpec } = require("../lib/samples/largeSpec.js");
const seed = require("../samples/rak-contoh-2024.json");

const ROOT = path.join(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS || 7);
const CHROMIUM = process.env.RAKIT_CHROMIUM || "/usr/bin/chromium";
const PANE = "#rakit-pane";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x) => Math.round(x);
const progress = (text) => process.stderr.write(`${text}\n`);

function buildWorkbench(out) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--env", "workbenchOnly", "--no-devtool", "--output-path", out];
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** The built folder on 127.0.0.1 (a file server of a few lines: no dependency). */
function serve(root) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url || "/", "http://x").pathname);
    const file = path.normalize(path.join(root, url.endsWith("/") ? `${url}index.html` : url));
    if (!file.startsWith(path.normalize(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Clicks Periksa in the page and resolves with the ms until the frame that paints the finished list. */
function clickToList(page) {
  return page.evaluate((pane) => {
    const root = document.querySelector(pane);
    const button = [...root.querySelectorAll("button:not([role=tab])")].find((b) => b.textContent === "Periksa");
    if (!button) throw new Error("no Periksa button");
    return new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error("no list 120 s after the click")), 120_000);
      let sawBusy = false;
      const section = () => root.querySelector("section[aria-busy]");
      const observer = new MutationObserver(() => {
        const s = section();
        if (s && s.getAttribute("aria-busy") === "true") sawBusy = true;
        if (sawBusy && s && s.getAttribute("aria-busy") === "false" && root.querySelector('[role="list"]')) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-busy"] });
      const t0 = performance.now();
      button.click();
    });
  }, PANE);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rakit-bench-pane-"));
  let server;
  let browser;
  try {
    const file = path.join(dir, "rak-2000.xlsx");
    await buildRakWorkbook(largeSpec(seed, 200, 10)).xlsx.writeFile(file);
    let dist = process.env.BENCH_PANE_DIST;
    if (!dist) {
      dist = path.join(dir, "dist");
      progress("building the workbench (a minute or more)…");
      buildWorkbench(dist);
    }
    server = await serve(dist);
    const url = `http://127.0.0.1:${server.address().port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.locator(PANE).getByRole("region", { name: "Ringkasan RAK" }).waitFor({ timeout: 120_000 });

    progress("opening the 2,000-row plan…");
    // Open the big plan; the pane reads it on its own.
    const t0 = Date.now();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Buka berkas" }).click(),
    ]);
    await chooser.setFiles(file);
    await page.waitForFunction(
      (pane) => {
        const dt = [...document.querySelectorAll(`${pane} dt`)].find((d) => d.textContent === "Sasaran");
        const busy = document.querySelector(`${pane} section[aria-busy]`);
        return dt?.nextElementSibling?.textContent === "200" && busy?.getAttribute("aria-busy") === "false";
      },
      PANE,
      { timeout: 120_000, polling: 50 },
    );
    const openMs = Date.now() - t0;

    progress(`opened in ${openMs} ms; clicking Periksa…`);
    await clickToList(page); // warm-up: the JIT and the list's first render
    const trace = process.env.BENCH_PANE_TRACE;
    if (trace) {
      await browser.startTracing(page, { path: trace, screenshots: false });
      await clickToList(page);
      await browser.stopTracing();
    }
    const profile = process.env.BENCH_PANE_PROFILE;
    if (profile) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
      await clickToList(page);
      const { profile: data } = await cdp.send("Profiler.stop");
      fs.writeFileSync(profile, JSON.stringify(data));
    }
    const ms = [];
    for (let i = 0; i < RUNS; i++) {
      ms.push(await clickToList(page));
      progress(`  run ${i + 1}: ${round(ms[i])} ms`);
    }
    const findings = await page.locator(PANE).getByRole("list").first().getByRole("listitem").count();
    const report = {
      plan: { rows: 2000, blocks: 200 },
      runs: RUNS,
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
      periksaClickToListMs: { median: round(median(ms)), min: round(Math.min(...ms)), max: round(Math.max(...ms)) },
      openToSummaryMs: openMs,
      findingsShown: findings,
      pageErrors: errors,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser?.close();
    server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench:pane failed: ${error.stack || error}\n`);
  process.exitCode = 1;
});
