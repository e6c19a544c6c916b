/**
 * Every regular expression the pane or the workbench ships must parse as ES2017: Office 2019 on Windows runs
 * the pane in Edge Legacy, and webpack does not rewrite regex syntax (a `\p{L}` or a lookbehind passes
 * TypeScript and jest, then fails only in `npm run build`'s ES2017 check or, worse, in the user's Excel).
 * The CLI runs on Node only, so src/cli is left out.
 */
import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "cli" && dir === SRC ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

interface Literal {
  where: string;
  text: string;
}

function regexLiterals(file: string): Literal[] {
  const text = fs.readFileSync(file, "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ where: `${path.relative(SRC, file)}:${line}`, text: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function es2017Error(regex: string): string | null {
  try {
    acorn.parse(`(${regex});`, { ecmaVersion: 2017, sourceType: "script" });
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

describe("regular expressions in shipped code", () => {
  const files = sourceFiles(SRC);
  const literals = files.flatMap(regexLiterals);

  it("finds the code it checks", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(literals.length).toBeGreaterThan(50);
  });

  it("all parse as ES2017 (no \\p{…}, lookbehind, named groups or the s flag)", () => {
    const bad = literals.flatMap((l) => {
      const error = es2017Error(l.text);
      return error === null ? [] : [`${l.where} ${l.text}: ${error}`];
    });
    expect(bad).toEqual([]);
  });

  it("the check itself catches ES2018 regex syntax", () => {
    expect(es2017Error("/\\p{L}+/u")).not.toBeNull();
    expect(es2017Error("/(?<=a)b/")).not.toBeNull();
    expect(es2017Error("/a.b/s")).not.toBeNull();
    expect(es2017Error("/[A-Za-z\\u00C0-\\u024F]{3,}/")).toBeNull();
  });
});
