#!/usr/bin/env node
/*
 * `npm run bench`: builds a 2,000-row, 200-block workbook in the seed's layout and measures, each as
 * the median of several runs:
 *   - read: loading the .xlsx into the in-memory host and reading the snapshot through the adapter
 *     (the CLI's path), and the plain exceljs load alone for comparison;
 *   - analysis: reader + validator on the snapshot (the pure core).
 * The goal is analysis under 10% of the read time.
 *
 * Then the host's formula engine: 2,000 SUM-type formulas over 2,000 rows recalculated (goal: under 1 s).
 *
 * Then the 20,000-row plan (2,000 blocks): `rakit check` as the CLI runs it and exceljs merely
 * loading the same file, side by side in the same run, each in a child process of its own so that
 * its peak memory (RSS high-water mark, process.resourceUsage().maxRSS) is its own. Goal: check in at
 * most half of exceljs's load time, and at most 300 MB.
 */
const os = require("node:os");
const path = require("node:path");
const fs = require("node:fs");
const ExcelJS = require("exceljs");
const { buildRakWorkbook } = require("../lib/samples/buildRakWorkbook.js");
const { largeSpec } = require("../lib/samples/largeSpec.js");
const { analyzeSheet } = require("../lib/core/analyze.js");
const { openWorkbook } = require("../lib/cli/workbook.js");
const { execFileSync } = require("node:child_process");
const { readSheets } = require("../lib/excel/readWorkbook.js");
const { recalculate } = require("../lib/host/formula/index.js");
const { gridWorkbook } = require("../lib/host/formula/gridWorkbook.js");
const seed = require("../samples/rak-contoh-2024.json");

const RUNS = Number(process.env.BENCH_RUNS || 7);
const RUNS_20K = Number(process.env.BENCH_RUNS_20K || 3);

// Run in a child: the time of the work itself (not node's start-up) and the child's peak memory.
const CHILD_CHECK = `
const { runCli } = require(${JSON.stringify(path.join(__dirname, "..", "lib", "cli", "run.js"))});
const t0 = performance.now();
runCli(["check", process.argv[1]], { out: () => {}, err: () => {} }).then((code) => {
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024, code }));
});`;
const CHILD_EXCELJS = `
const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
const t0 = performance.now();
new ExcelJS.Workbook().xlsx.readFile(process.argv[1]).then(() => {
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});`;

function child(code, file) {
  return JSON.parse(execFileSync(process.execPath, ["-e", code, file], { encoding: "utf8", maxBuffer: 1 << 20 }));
}

/** rakit check and the exceljs load of the 20,000-row plan, alternating, RUNS_20K times each. */
async function bench20k(dir) {
  const file = path.join(dir, "rak-20000.xlsx");
  await buildRakWorkbook(largeSpec(seed, 2000, 10)).xlsx.writeFile(file);
  const check = [];
  const exceljs = [];
  for (let i = 0; i < RUNS_20K; i++) {
    check.push(child(CHILD_CHECK, file));
    exceljs.push(child(CHILD_EXCELJS, file));
  }
  const checkMs = median(check.map((r) => r.ms));
  const exceljsMs = median(exceljs.map((r) => r.ms));
  const checkRss = Math.max(...check.map((r) => r.maxRssMb));
  return {
    file: { rows: 20000, blocks: 2000, bytes: fs.statSync(file).size },
    runs: RUNS_20K,
    medianMs: { rakitCheck: round(checkMs), exceljsLoad: round(exceljsMs) },
    checkToExceljsLoad: round(checkMs / exceljsMs, 100),
    peakRssMb: {
      rakitCheck: Math.round(checkRss),
      exceljsLoad: Math.round(Math.max(...exceljs.map((r) => r.maxRssMb))),
    },
    goal: { checkToExceljsLoadAtMost: 0.5, peakRssMbAtMost: 300 },
    met: checkMs <= 0.5 * exceljsMs && checkRss <= 300,
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function time(fn) {
  // Collect the previous phase's garbage first, so that no phase pays for another's allocations.
  if (global.gc) global.gc();
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rakit-bench-"));
  const file = path.join(dir, "rak-2000.xlsx");
  await buildRakWorkbook(largeSpec(seed, 200, 10)).xlsx.writeFile(file);
  const size = fs.statSync(file).size;

  const exceljsMs = [];
  const readMs = [];
  const analyzeMs = [];
  let snapshot;
  let analysis;
  let stats;
  // Run 0 warms the JIT for every path alike and is not counted.
  for (let i = 0; i <= RUNS; i++) {
    const keep = i > 0;
    const ms = (arr, x) => keep && arr.push(x);
    ms(exceljsMs, (await time(() => new ExcelJS.Workbook().xlsx.readFile(file))).ms);
    const read = await time(async () => {
      const book = await openWorkbook(file);
      const [snap] = await readSheets(book.session, null);
      stats = book.stats();
      return snap;
    });
    ms(readMs, read.ms);
    snapshot = read.result;
    const a = await time(() => analyzeSheet(snapshot));
    ms(analyzeMs, a.ms);
    analysis = a.result;
  }
  const rows = analysis.plan.blocks.reduce((n, b) => n + b.rows.length, 0);
  const report = {
    file: { rows, blocks: analysis.plan.blocks.length, bytes: size },
    runs: RUNS,
    medianMs: {
      exceljsLoad: round(median(exceljsMs)),
      read: round(median(readMs)),
      analysis: round(median(analyzeMs)),
    },
    analysisShareOfRead: `${((100 * median(analyzeMs)) / median(readMs)).toFixed(1)}%`,
    adapter: stats,
    recalculate2000: benchRecalculate(),
    plan20000: await bench20k(dir),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The host's formula engine (what the workbench and the CLI show after Tulis ke lembar): 2,000
 * SUM, SUBTOTAL, SUMIF and SUMIFS formulas over a 2,000-row sheet, every one over whole columns.
 * Goal: well under a second.
 */
function benchRecalculate() {
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const r = i + 1;
    const formula = [
      "=SUM($A$1:$A$2000)",
      `=SUBTOTAL(9,$A$1:$A$2000)-A${r}`,
      `=SUMIF($C$1:$C$2000,C${r},$A$1:$A$2000)`,
      `=SUMIFS($A:$A,$C:$C,"TW I",$A:$A,">"&A${r})`,
    ][i % 4];
    return [r * 1000, formula, `TW ${["I", "II", "III", "IV"][i % 4]}`];
  });
  const ms = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    recalculate(gridWorkbook({ "RAK 2024": rows }));
    if (i > 0) ms.push(performance.now() - started);
  }
  return { formulas: 2000, rows: 2000, medianMs: round(median(ms)), goalMsAtMost: 1000 };
}

function round(x, by = 10) {
  return Math.round(x * by) / by;
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack || error}\n`);
  process.exitCode = 1;
});
