/**
 * ESLint rule `rakit/core-boundary`: a file in the pure core may import only other files in the core.
 *
 * `no-restricted-imports` matches specifier text, so it cannot tell `../snapshot` from `src/core/reader/x.ts`
 * (inside the core) from `../excel/adapter` from `src/core/x.ts` (outside). This rule resolves relative
 * specifiers against the importing file and compares with the core folder. It also sees what
 * `no-restricted-imports` does not: `import("x")`, `import("x").T` in types, and packages not on its list.
 *
 * Options: { coreDir: absolute path, allowPackages: [], reportedElsewhere: [] }
 *   allowPackages      bare specifiers the core may use (none today: the core has no dependencies)
 *   reportedElsewhere  bare specifiers that `no-restricted-imports` already reports for static imports,
 *                      skipped here so one import gives one error
 * Patterns: "name" matches name and name/...; "name/*" and "node:*" match by prefix.
 */
import path from "node:path";

function matches(specifier, pattern) {
  if (pattern.endsWith("*")) return specifier.startsWith(pattern.slice(0, -1));
  return specifier === pattern || specifier.startsWith(`${pattern}/`);
}

export const coreBoundary = {
  meta: {
    type: "problem",
    docs: { description: "Keep src/core pure: imports must stay inside the core folder." },
    schema: [
      {
        type: "object",
        properties: {
          coreDir: { type: "string" },
          allowPackages: { type: "array", items: { type: "string" } },
          reportedElsewhere: { type: "array", items: { type: "string" } },
        },
        required: ["coreDir"],
        additionalProperties: false,
      },
    ],
    messages: {
      outsideCore:
        "'{{specifier}}' resolves outside src/core. The core is pure: pass data in (a snapshot) and return data " +
        "(findings, edits); Office, xlsx, Node and UI code live in src/excel, src/host, src/cli, src/taskpane.",
      package:
        "src/core must not depend on package '{{specifier}}'. Add it to allowPackages in eslint.config.mjs only " +
        "if it is pure (no DOM, Node, Office or React).",
      nonLiteral: "src/core must not import a computed module specifier.",
    },
  },
  create(context) {
    const { coreDir, allowPackages = [], reportedElsewhere = [] } = context.options[0];
    const fileDir = path.dirname(context.filename);

    function check(node, specifier, isStaticImport) {
      if (specifier.startsWith(".") || path.isAbsolute(specifier)) {
        const rel = path.relative(coreDir, path.resolve(fileDir, specifier));
        if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
          context.report({ node, messageId: "outsideCore", data: { specifier } });
        }
        return;
      }
      if (allowPackages.some((p) => matches(specifier, p))) return;
      if (isStaticImport && reportedElsewhere.some((p) => matches(specifier, p))) return;
      context.report({ node, messageId: "package", data: { specifier } });
    }

    function checkSource(source, isStaticImport) {
      if (source && source.type === "Literal" && typeof source.value === "string") {
        check(source, source.value, isStaticImport);
      } else if (source) {
        context.report({ node: source, messageId: "nonLiteral" });
      }
    }

    return {
      ImportDeclaration: (node) => checkSource(node.source, true),
      ExportNamedDeclaration: (node) => node.source && checkSource(node.source, true),
      ExportAllDeclaration: (node) => checkSource(node.source, true),
      ImportExpression: (node) => checkSource(node.source, false),
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === "TSExternalModuleReference")
          checkSource(node.moduleReference.expression, true);
      },
      TSImportType(node) {
        // typescript-eslint 8: `import("x").T` has argument TSLiteralType { literal: Literal }.
        const literal = node.argument && node.argument.type === "TSLiteralType" ? node.argument.literal : node.argument;
        checkSource(literal, false);
      },
    };
  },
};

export default { meta: { name: "rakit" }, rules: { "core-boundary": coreBoundary } };
