#!/usr/bin/env node
/**
 * Runs after `webpack --mode production`: prints each dist/*.js size (raw and gzip) and fails when
 *  - the JavaScript needs more than ES2017 syntax (Office 2019 on Windows runs add-ins in Edge Legacy,
 *    which has no optional chaining, `??` or object spread; webpack.config.js transpiles down to ES2017), or
 *  - the task pane grows past its budget (it loads over the network inside Excel).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const acorn = require("acorn");

const DIST = path.resolve(__dirname, "..", "dist");
const ES_LEVEL = 2017;
// The issue's ceiling is 250 KB gzip; 200 KiB keeps a margin for the views later issues add.
const GZIP_BUDGET = { "taskpane.js": 200 * 1024 };

function kib(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

function main() {
  if (!fs.existsSync(DIST)) {
    console.error(`check-bundle: ${DIST} does not exist; run the build first`);
    return 1;
  }
  const files = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  let failed = false;
  for (const file of files) {
    const code = fs.readFileSync(path.join(DIST, file));
    const gzip = zlib.gzipSync(code, { level: 9 }).length;
    let level = `ES${ES_LEVEL}`;
    try {
      acorn.parse(code.toString("utf8"), { ecmaVersion: ES_LEVEL, sourceType: "script" });
    } catch (err) {
      level = `NEEDS > ES${ES_LEVEL} (${err.message})`;
      failed = true;
    }
    const budget = GZIP_BUDGET[file];
    const over = budget !== undefined && gzip > budget;
    if (over) failed = true;
    console.log(
      `${file.padEnd(14)} ${kib(code.length).padStart(10)} raw ${kib(gzip).padStart(10)} gzip  ${level}` +
        (over ? `  OVER BUDGET (${kib(budget)} gzip)` : ""),
    );
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
