#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm install` (the "prepare" script) and by `npm test`.
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/cli/main.js")) {
    process.stderr.write("rakit: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first.\n");
    process.exit(2);
  }
  throw error;
}
// exitCode, not exit(): a piped stdout must drain before the process ends.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
