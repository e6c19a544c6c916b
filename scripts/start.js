#!/usr/bin/env node
/**
 * `npm start`: the add-in in Excel where there is one, else the workbench in the browser.
 *
 *   Windows or macOS with desktop Excel installed  sideloads the add-in as the yo-office template does
 *                                                 (office-addin-debugging start manifest.xml, with the
 *                                                 https dev server Office requires)
 *   any other machine, or RAKIT_START=workbench     serves the workbench (the add-in on the in-memory
 *                                                 Excel host) at http://localhost:3000
 *
 * RAKIT_START=excel forces sideloading (e.g. Excel installed where this script does not look).
 * office-addin-debugging exits 0 even when it fails, so its output is watched for its failure
 * messages and this script exits 1 on them, pointing at `npm run workbench`.
 */
"use strict";

const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
/** package.json's config.dev_server_port, which webpack.config.js's dev server listens on. */
const PORT = process.env.npm_package_config_dev_server_port || "3000";

/** Lines office-addin-debugging prints when it gives up (it still exits 0). */
const FAILURE = /Unable to (start debugging|sideload|start the dev server|start the packager)/i;

function excelInstalled() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform !== "win32") return false;
  // Click-to-Run and MSI installs both register Excel's App Path.
  const key = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
  const reg = spawnSync("reg", ["query", key], { encoding: "utf8", windowsHide: true });
  if (reg.status === 0) return true;
  const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
  return roots.some((root) =>
    ["root\\Office16", "Office16", "root\\Office15", "Office15"].some((dir) =>
      fs.existsSync(path.join(root, "Microsoft Office", dir, "EXCEL.EXE")),
    ),
  );
}

function choose() {
  const forced = (process.env.RAKIT_START || "").toLowerCase();
  if (forced === "workbench" || forced === "excel") return { mode: forced, why: `RAKIT_START=${forced}` };
  if (process.platform !== "win32" && process.platform !== "darwin")
    return { mode: "workbench", why: `no desktop Excel on ${process.platform}` };
  if (!excelInstalled()) return { mode: "workbench", why: "desktop Excel was not found" };
  return { mode: "excel", why: "desktop Excel found" };
}

/** Runs a node CLI from node_modules with the same node, inheriting the terminal. */
function runNode(script, args, { watch } = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: watch ? ["inherit", "pipe", "pipe"] : "inherit",
  });
  let failed = false;
  if (watch) {
    const relay = (stream, out) =>
      stream.on("data", (chunk) => {
        out.write(chunk);
        if (FAILURE.test(chunk.toString())) failed = true;
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    if (failed) {
      console.error("\nRakit: Excel could not be started with the add-in (see above).");
      console.error(`       \`npm run workbench\` runs the add-in without Excel, at http://localhost:${PORT}/.`);
      process.exit(1);
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function main() {
  const { mode, why } = choose();
  if (mode === "excel") {
    console.log(`Rakit: ${why}; sideloading the add-in into Excel (npm stop ends it).`);
    runNode(
      require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] }),
      ["start", "manifest.xml", "--dev-server", "npm run dev-server -- --env https"],
      { watch: true },
    );
  } else {
    console.log(`Rakit: ${why}; serving the workbench (the add-in without Excel) at http://localhost:${PORT}/`);
    runNode(require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), [
      "serve",
      "--mode",
      "development",
      "--env",
      "workbenchOnly",
    ]);
  }
}

main();
