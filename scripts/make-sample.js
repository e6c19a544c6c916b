#!/usr/bin/env node
// Writes samples/rak-contoh-2024.xlsx from samples/rak-contoh-2024.json (the seed plan's content).
// Run `npm run build:cli` first; `npm run sample` does both.
const path = require("node:path");
const { buildRakWorkbook } = require("../lib/samples/buildRakWorkbook.js");
const spec = require("../samples/rak-contoh-2024.json");

const out = path.join(__dirname, "..", "samples", "rak-contoh-2024.xlsx");
buildRakWorkbook(spec)
  .xlsx.writeFile(out)
  .then(() => process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`));
