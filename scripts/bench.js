#!/usr/bin/env node
/*
 * `npm run bench`: builds a 2,000-row, 200-block workbook in the seed's layout and measures, each as
 * the median of several runs:
 *   - read: loading the .xlsx into the in-memory host and reading the snapshot through the adapter
 *     (the CLI's path), and the plain exceljs load alone for comparison;
 *   - analysis: reader + validator on the snapshot (the pure core).
 * The goal is analysis under 10% of the read time.
 */
const os = require("node:os");
const path = require("node:path");
const fs = require("node:fs");
const ExcelJS = require("exceljs");
const { buildRakWorkbook } = require("../lib/samples/buildRakWorkbook.js");
const { largeSpec } = require("../lib/samples/largeSpec.js");
const { analyzeSheet } = require("../lib/core/analyze.js");
const { openWorkbook } = require("../lib/cli/workbook.js");
const { readSheets } = require("../lib/excel/readWorkbook.js");
const seed = require("../samples/rak-contoh-2024.json");

const RUNS = Number(process.env.BENCH_RUNS || 7);

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
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
}

function round(x) {
  return Math.round(x * 10) / 10;
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack || error}\n`);
  process.exitCode = 1;
});
