import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/**
 * "Every string comes from the catalogs" and "design tokens only", checked on the pane's source:
 * no words written straight into JSX, no literal names on controls, no colours or pixel sizes in styles.
 */
const PANE_SRC = path.resolve(__dirname, "..", "..", "..", "src", "taskpane");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Attributes a user sees or hears. */
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "title",
  "label",
  "placeholder",
  "alt",
  "hint",
  "error",
]);

function hardcodedText(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) found.push(`${node.name.getText(source)}="${init.text}"`);
      if (ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)) {
        found.push(`${node.name.getText(source)}={"${init.expression.text}"}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((f) => `${path.relative(PANE_SRC, file)}: ${f}`);
}

describe("the pane's source", () => {
  const files = sourceFiles(PANE_SRC);

  it("has files to check", () => {
    expect(files.some((f) => f.endsWith("App.tsx"))).toBe(true);
  });

  it("writes no user-visible text outside the message catalogs", () => {
    expect(files.flatMap(hardcodedText)).toEqual([]);
  });

  it("styles with design tokens: no colour literals, no pixel sizes", () => {
    const offending: string[] = [];
    for (const file of files) {
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, "");
          if (/#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(|\d+px\b/.test(code)) {
            offending.push(`${path.relative(PANE_SRC, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offending).toEqual([]);
  });

  it("reads the Office global only in index.tsx", () => {
    const readers = files.filter((f) =>
      /\bOffice\./.test(fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")),
    );
    expect(readers.map((f) => path.relative(PANE_SRC, f))).toEqual(["index.tsx"]);
  });
});
