/**
 * src/taskpane/taskpane.html's own fallback: the message the user reads when the bundle cannot load or
 * run. Its inline script must run where the bundle cannot (Internet Explorer 11: ES5 only); the browser
 * test (test/e2e/taskpaneFallback.test.ts) shows it working on the built page.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as acorn from "acorn";

const HTML = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe("taskpane.html's fallback message", () => {
  it("has one inline script, valid ES5 (what Internet Explorer 11 parses), ahead of Office.js", () => {
    const scripts = inlineScripts(HTML);
    expect(scripts).toHaveLength(1);
    expect(() => acorn.parse(scripts[0]!, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(HTML.indexOf("<script>")).toBeLessThan(HTML.indexOf("appsforoffice.microsoft.com/lib/1/hosted/office.js"));
  });

  it("sits inside #container, which the app's mount replaces", () => {
    const container = HTML.slice(HTML.indexOf('<div id="container">'));
    expect(container.indexOf('<div id="rakit-static">')).toBeGreaterThan(0);
  });

  it("says, in Bahasa Indonesia and then English, what to use instead: Excel on the web / Microsoft 365 or Rakit tanpa Excel", () => {
    const id = HTML.indexOf("Rakit tidak dapat berjalan di sini");
    const en = HTML.indexOf("Rakit cannot run here");
    expect(id).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(id);
    for (const text of ["Excel di web", "Microsoft 365", "Excel on the web", "Rakit tanpa Excel"])
      expect(HTML).toContain(text);
    expect(HTML).toMatch(/<a id="rakit-without-link" href="index.html"/);
    expect(HTML).toContain('href="bantuan.html"');
  });
});
