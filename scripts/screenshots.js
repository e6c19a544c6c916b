#!/usr/bin/env node
/**
 * `npm run screenshots`: writes the docs/pane-*.png screenshots of the task pane at 350 px in the
 * workbench (summary, findings, Anggaran, Jadwal, Katalog, Tahun Baru, Cetak), for the README. They
 * come from the browser tests (test/e2e with RAKIT_SCREENSHOTS=1), so they always show the pane as the
 * tests see it.
 */
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
// jest's package exports hide bin/jest.js; it sits beside the package's main module's folder.
const jest = path.join(path.dirname(require.resolve("jest", { paths: [ROOT] })), "..", "bin", "jest.js");
const result = spawnSync(process.execPath, [jest, "test/e2e"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, RAKIT_SCREENSHOTS: "1" },
});
if (result.status === 0) console.log("Wrote docs/pane-*.png");
process.exit(result.status ?? 1);
