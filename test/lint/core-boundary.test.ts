/**
 * The architecture rules in eslint.config.mjs fire: the pure core cannot reach Node, Office, React, ExcelJS or
 * files outside src/core, and the task pane cannot touch `Excel` directly. Each probe is linted as if it were
 * a file at the given path (the files are never written), so the test runs the real config.
 */
import { spawnSync } from "child_process";
import * as path from "path";

interface LintMessage {
  ruleId: string | null;
  severity: number;
  line: number;
  message: string;
}

const ROOT = path.resolve(__dirname, "..", "..");

function lint(probes: { filePath: string; code: string }[]): Map<string, LintMessage[]> {
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-texts.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`lint-texts.mjs failed:\n${run.stderr}`);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: LintMessage[] }[];
  return new Map(results.map((r) => [r.filePath, r.messages]));
}

/** "rule@line" for every error, so expectations read like the probe. */
function errors(messages: LintMessage[] | undefined): string[] {
  return (messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}@${m.line}`);
}

const CORE_BAD = [
  'import fs from "fs";', //  1
  'import { join } from "node:path";', //  2
  'import { useState } from "react";', //  3
  'import { Button } from "@fluentui/react-components";', //  4
  'import ExcelJS from "exceljs";', //  5
  'import { readSnapshot } from "../excel/read";', //  6
  'import type { Host } from "../host/workbook";', //  7
  'export { run } from "../cli/main";', //  8
  'import leftpad from "left-pad";', //  9
  "export async function bad(): Promise<unknown> {", // 10
  "  await Excel.run(async (context) => context.sync());", // 11
  "  Office.onReady();", // 12
  "  window.alert(document.title);", // 13
  "  const env = process.env;", // 14
  '  const os = require("os");', // 15
  '  const lazy = await import("exceljs");', // 16
  "  throw new OfficeExtension.Error();", // 17
  "  return [fs, join, useState, Button, ExcelJS, readSnapshot, leftpad, env, os, lazy] as Host[];", // 18
  "}", // 19
].join("\n");

const CORE_NESTED = [
  'import type { RangeRef } from "../address";', // 1: inside src/core, fine
  'import { parse } from "./header-words";', // 2: inside src/core, fine
  'import { adapter } from "../../excel/adapter";', // 3: outside
  'import { cell } from "../../../test/helpers/sheet";', // 4: outside
  "export const used = [parse, adapter, cell] as unknown as RangeRef[];",
].join("\n");

const CORE_GOOD = [
  'import type { RangeRef } from "./address";',
  'import { isCellError } from "./snapshot";',
  "export function first(r: RangeRef, v: unknown): boolean {",
  "  return isCellError(v) && r !== undefined;",
  "}",
].join("\n");

const TASKPANE = [
  "export async function ok(): Promise<void> {",
  "  await Office.onReady();",
  "  await Excel.run(async (context) => context.sync());",
  "}",
].join("\n");

describe("lint: architecture boundaries", () => {
  const results = lint([
    { filePath: "src/core/__probe_bad__.ts", code: CORE_BAD },
    { filePath: "src/core/reader/__probe_nested__.ts", code: CORE_NESTED },
    { filePath: "src/core/__probe_good__.ts", code: CORE_GOOD },
    { filePath: "src/taskpane/__probe__.tsx", code: TASKPANE },
    { filePath: "src/commands/__probe__.ts", code: TASKPANE },
    { filePath: "src/excel/__probe__.ts", code: TASKPANE },
  ]);

  it("src/core: no Node, React, Fluent, ExcelJS, other src folders or unknown packages", () => {
    const found = errors(results.get("src/core/__probe_bad__.ts"));
    expect(found).toEqual(
      expect.arrayContaining([
        "@typescript-eslint/no-restricted-imports@1",
        "@typescript-eslint/no-restricted-imports@2",
        "@typescript-eslint/no-restricted-imports@3",
        "@typescript-eslint/no-restricted-imports@4",
        "@typescript-eslint/no-restricted-imports@5",
        "rakit/core-boundary@6",
        "rakit/core-boundary@7",
        "rakit/core-boundary@8",
        "rakit/core-boundary@9",
        "rakit/core-boundary@16",
      ]),
    );
    // One import, one error: the two import rules do not both report the same line.
    for (const line of [1, 2, 3, 4, 5, 6]) expect(found.filter((f) => f.endsWith(`@${line}`))).toHaveLength(1);
  });

  it("src/core: no Office, Excel, OfficeExtension, DOM or Node globals", () => {
    const found = errors(results.get("src/core/__probe_bad__.ts"));
    expect(found).toEqual(
      expect.arrayContaining([11, 12, 13, 14, 15, 17].map((line) => `no-restricted-globals@${line}`)),
    );
    // `window` and `document` are both on line 13.
    expect(found.filter((f) => f === "no-restricted-globals@13")).toHaveLength(2);
  });

  it("src/core: relative imports are judged by where they resolve, not by their text", () => {
    expect(errors(results.get("src/core/reader/__probe_nested__.ts"))).toEqual([
      "rakit/core-boundary@3",
      "rakit/core-boundary@4",
    ]);
  });

  it("src/core: a pure file that imports its neighbours is clean", () => {
    expect(results.get("src/core/__probe_good__.ts")).toEqual([]);
  });

  it("src/taskpane and src/commands reach Excel only through the adapter", () => {
    expect(errors(results.get("src/taskpane/__probe__.tsx"))).toEqual(["no-restricted-globals@3"]);
    expect(errors(results.get("src/commands/__probe__.ts"))).toEqual(["no-restricted-globals@3"]);
  });

  it("src/excel may call Excel (it is the adapter)", () => {
    expect(errors(results.get("src/excel/__probe__.ts"))).toEqual([]);
  });
});
