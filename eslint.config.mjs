/**
 * ESLint 9 flat config. `npm run lint` = `eslint . && prettier --check .` (formatting is Prettier's job, so
 * eslint-config-prettier switches off the style rules that would fight it).
 *
 * Besides the usual recommended sets, lint enforces the architecture (see docs in README "Project layout"):
 *   src/core        pure domain: no Node, DOM, Office, React, ExcelJS; imports stay inside src/core
 *   src/taskpane,   UI: never touch the `Excel` namespace; go through the adapter in src/excel
 *   src/commands,
 *   src/workbench
 * test/lint/core-boundary.test.ts proves these rules fire, so the boundary cannot silently rot.
 */
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import globals from "globals";
import tseslint from "typescript-eslint";
import rakit from "./scripts/eslint-rules/core-boundary.mjs";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

// ---- what the core may not import ----

const NODE_MESSAGE = "src/core is pure: no Node APIs. Read files in src/host or src/cli and pass plain data in.";
const UI_MESSAGE = "src/core is pure: UI code belongs in src/taskpane.";
const WORKBOOK_MESSAGE =
  "src/core is pure: workbook access belongs in src/excel (Office.js) or src/host (xlsx). " +
  "The core takes a snapshot and returns findings and edits.";

const CORE_DENIED_PATHS = [
  ...builtinModules.filter((m) => !m.startsWith("_")).map((name) => ({ name, message: NODE_MESSAGE })),
  { name: "react", message: UI_MESSAGE },
  { name: "react-dom", message: UI_MESSAGE },
  { name: "exceljs", message: WORKBOOK_MESSAGE },
  { name: "office-js", message: WORKBOOK_MESSAGE },
  { name: "@microsoft/office-js", message: WORKBOOK_MESSAGE },
];
const CORE_DENIED_PATTERNS = [
  { group: ["node:*"], message: NODE_MESSAGE },
  { group: ["react/*", "react-dom/*", "@fluentui/*", "@griffel/*"], message: UI_MESSAGE },
  { group: ["exceljs/*", "@microsoft/office-js/*", "office-addin-*"], message: WORKBOOK_MESSAGE },
];
// Same list in the matcher syntax of rakit/core-boundary, so one bad import gives one error, not two.
const CORE_DENIED_SPECIFIERS = [
  ...CORE_DENIED_PATHS.map((p) => p.name),
  ...CORE_DENIED_PATTERNS.flatMap((p) => p.group),
];

const CORE_GLOBAL_MESSAGE = "src/core is pure: it runs the same in Excel, Node and the browser workbench.";
const CORE_DENIED_GLOBALS = [
  "Office",
  "Excel",
  "OfficeExtension",
  "window",
  "document",
  "navigator",
  "self",
  "globalThis",
  "process",
  "require",
  "module",
  "exports",
  "__dirname",
  "__filename",
  "Buffer",
].map((name) => ({ name, message: CORE_GLOBAL_MESSAGE }));

// ---- office-addins: every rule the plugin has, as errors ----
// Today: call-sync-after-load, call-sync-before-read, load-object-before-read, no-context-sync-in-loop,
// no-empty-load, no-navigational-load, no-office-initialize, test-for-null-using-isNullObject.
const OFFICE_ADDINS_RULES = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

export default tseslint.config(
  { ignores: ["lib/", "dist/", "node_modules/", "coverage/", "test-output/"] },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  {
    // Underscore-prefixed names are deliberately unused (e.g. an interface parameter an adapter ignores).
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // Node scripts and configs: CommonJS .js, ESM .mjs.
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module", globals: globals.node } },
  { files: ["test/**"], languageOptions: { globals: { ...globals.node, ...globals.jest } } },
  { files: ["src/taskpane/**", "src/commands/**", "src/workbench/**"], languageOptions: { globals: globals.browser } },

  // React (task pane, workbench and their tests). The new JSX transform needs no `import React`.
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/workbench/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/workbench/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    ...react.configs.flat["jsx-runtime"],
  },

  // Office.js discipline for code that calls the Office API. src/host is skipped: it implements the API
  // (its `load`/`sync` are definitions, not calls the rules understand).
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/host/**"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_ADDINS_RULES,
  },

  // The pure core.
  {
    files: ["src/core/**/*.{ts,tsx,js,mjs}"],
    plugins: { rakit },
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: CORE_DENIED_PATHS, patterns: CORE_DENIED_PATTERNS },
      ],
      "rakit/core-boundary": [
        "error",
        { coreDir: path.join(ROOT, "src", "core"), allowPackages: [], reportedElsewhere: CORE_DENIED_SPECIFIERS },
      ],
      "no-restricted-globals": ["error", ...CORE_DENIED_GLOBALS],
      // Findings are values; the core reports through its return value, never the console.
      "no-console": "error",
    },
  },

  // UI code reaches Excel only through the adapter (the workbench: through its session's batches).
  {
    files: ["src/taskpane/**", "src/commands/**", "src/workbench/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "Excel",
          message: "UI code must not call Excel directly: use the adapter in src/excel (one batch, mapped errors).",
        },
        {
          name: "OfficeExtension",
          message: "UI code must not handle Office errors directly: the adapter in src/excel maps them to messages.",
        },
      ],
    },
  },

  prettierConfig,
);
