import * as fs from "fs";
import * as path from "path";
import { catalogs, type MessageKey } from "../../../src/core/i18n/catalog";
import { LANGS } from "../../../src/core/i18n/lang";
import { placeholderNames } from "../../../src/core/i18n/placeholders";
import { VIEWS } from "../../../src/taskpane/views";

const PANE_SRC = path.resolve(__dirname, "..", "..", "..", "src", "taskpane");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const paneKeys = (lang: (typeof LANGS)[number]) => Object.keys(catalogs[lang]).filter((k) => k.startsWith("pane."));

// The compiler already rejects a key missing from en.ts and a key the pane asks for that no catalog
// has; these hold the same line at run time.
describe("the pane's messages", () => {
  it("every pane.* key exists in both languages, and nothing else does", () => {
    expect(paneKeys("id").length).toBeGreaterThan(40);
    for (const lang of LANGS) expect(paneKeys(lang).sort()).toEqual(paneKeys("id").sort());
  });

  it.each(paneKeys("id"))("%s: not empty, and the same placeholders in both languages", (key) => {
    const k = key as MessageKey;
    for (const lang of LANGS) {
      expect(catalogs[lang][k].trim()).not.toBe("");
      expect(placeholderNames(catalogs[lang][k])).toEqual(placeholderNames(catalogs.id[k]));
    }
  });

  it("every key the pane's code asks for is in the catalogs", () => {
    // Every string literal shaped like a key of a pane scope: t("action.periksa"), the keys in lookup
    // tables ({ check: "busy.check" }) and in conditionals alike.
    const scopes = new Set(paneKeys("id").map((k) => k.split(".")[1]));
    const used = new Set<string>();
    for (const file of sourceFiles(PANE_SRC)) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/"([a-z][a-zA-Z]*)\.([a-zA-Z]+)"/g)) {
        if (scopes.has(m[1])) used.add(`pane.${m[1]}.${m[2]}`);
      }
    }
    for (const v of VIEWS) used.add(`pane.view.${v}`);
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => LANGS.some((lang) => !(k in catalogs[lang])));
    expect(missing).toEqual([]);
  });

  it("the English pane is in English (no Indonesian copies), apart from names", () => {
    const sameOnPurpose = new Set([
      "pane.title", // the product's name
      "pane.summary.unit",
      "pane.findings.group",
      "pane.filter.option",
      "pane.cetak.paper.a4", // the paper's name
      "pane.bantuan.excel.platform", // the same word in both languages
      "pane.bantuan.excel.api", // the requirement set's name
      "pane.bantuan.platform.PC", // product names: Windows, Mac, iPad, Android
      "pane.bantuan.platform.Mac",
      "pane.bantuan.platform.iOS",
      "pane.bantuan.platform.Android",
    ]);
    const copies = paneKeys("id").filter(
      (k) => !sameOnPurpose.has(k) && catalogs.en[k as MessageKey] === catalogs.id[k as MessageKey],
    );
    expect(copies).toEqual([]);
  });
});
