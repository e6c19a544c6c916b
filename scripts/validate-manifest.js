#!/usr/bin/env node
/**
 * Validates manifest.xml against Microsoft's add-in manifest XSDs with xmllint, offline.
 *
 *   node scripts/validate-manifest.js [manifest.xml]
 *   node scripts/validate-manifest.js dist          every manifest*.xml the build wrote (npm run build)
 *
 * The schemas live outside the repo (../shared/schemas/addin-manifest/ from the repo root, or the folder named
 * by RAKIT_MANIFEST_SCHEMAS). When they or xmllint are missing the check is SKIPPED with a visible note and
 * exit code 0, so a clean clone still builds; an invalid manifest exits 1 with xmllint's messages.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const REPO_ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

function schemaDir() {
  return process.env.RAKIT_MANIFEST_SCHEMAS
    ? path.resolve(process.env.RAKIT_MANIFEST_SCHEMAS)
    : path.resolve(REPO_ROOT, "..", "shared", "schemas", "addin-manifest");
}

/**
 * @param {string} manifestPath
 * @returns {{ status: "valid" | "invalid" | "skipped", message: string }}
 */
function validateManifest(manifestPath) {
  const xsd = path.join(schemaDir(), SCHEMA_FILE);
  if (!fs.existsSync(xsd)) {
    return { status: "skipped", message: `SKIPPED: manifest schema check (schemas not found at ${xsd})` };
  }
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    return {
      status: "skipped",
      message: "SKIPPED: manifest schema check (xmllint not found; install libxml2-utils)",
    };
  }
  const run = spawnSync("xmllint", ["--noout", "--schema", xsd, manifestPath], { encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`.trim();
  if (run.status === 0) return { status: "valid", message: `${path.relative(process.cwd(), manifestPath)}: valid` };
  return { status: "invalid", message: output || `xmllint exited with ${run.status}` };
}

/** The manifests to check: the file given, or every manifest*.xml in the folder given (the build's dist/). */
function manifestsIn(target) {
  if (!fs.existsSync(target)) throw new Error(`${target} does not exist`);
  if (!fs.statSync(target).isDirectory()) return [target];
  const found = fs
    .readdirSync(target)
    .filter((f) => /^manifest.*\.xml$/.test(f))
    .map((f) => path.join(target, f));
  if (found.length === 0) throw new Error(`${target} holds no manifest*.xml; run the build first`);
  return found;
}

function main() {
  const target = path.resolve(process.argv[2] || path.join(REPO_ROOT, "manifest.xml"));
  let manifests;
  try {
    manifests = manifestsIn(target);
  } catch (error) {
    console.error(`validate-manifest: ${error.message}`);
    return 1;
  }
  let failed = false;
  for (const manifestPath of manifests) {
    const result = validateManifest(manifestPath);
    if (result.status === "skipped") {
      console.warn(`\n  ${result.message}\n`);
      return 0;
    }
    if (result.status === "invalid") {
      console.error(`manifest INVALID: ${manifestPath}\n${result.message}`);
      failed = true;
    } else {
      console.log(result.message);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main();

module.exports = { validateManifest, schemaDir };
