import { catalogs } from "../../../src/core/i18n/catalog";
import { LANGS } from "../../../src/core/i18n/lang";
import { PLACEHOLDER_FORMATS, parsePlaceholders, placeholderNames } from "../../../src/core/i18n/placeholders";
import { SEASON_RULE_CODES } from "../../../src/core/catalog/seasonRules";
import { RULE_CODES } from "../../../src/core/validate/codes";

// The compiler already rejects a missing key or a renamed placeholder; these checks hold the same
// line at run time, for catalogs that might one day be loaded as data.
describe("message catalogs", () => {
  const idKeys = Object.keys(catalogs.id).sort();

  it.each(LANGS)("%s has exactly the Indonesian keys", (lang) => {
    expect(Object.keys(catalogs[lang]).sort()).toEqual(idKeys);
  });

  it.each(idKeys)("%s uses the same placeholders in every language", (key) => {
    const source = placeholderNames(catalogs.id[key as keyof typeof catalogs.id]);
    for (const lang of LANGS) {
      expect(placeholderNames(catalogs[lang][key as keyof typeof catalogs.id])).toEqual(source);
    }
  });

  it("uses only known placeholder formats, and no message is empty", () => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(catalogs[lang])) {
        expect(`${lang}:${key}:${message.trim().length > 0}`).toBe(`${lang}:${key}:true`);
        for (const use of parsePlaceholders(message)) {
          if (use.format !== null) expect(PLACEHOLDER_FORMATS).toContain(use.format);
        }
      }
    }
  });

  it("has a message for every rule code the validator and the season checks emit", () => {
    const missing = [...RULE_CODES, ...SEASON_RULE_CODES].filter((code) => !(`rule.${code}` in catalogs.id));
    expect(missing).toEqual([]);
  });

  it("spells catalog one way in English, and says no plain count of 1 with a plural noun", () => {
    const english = Object.entries(catalogs.en);
    expect(english.filter(([, v]) => /catalogue/i.test(v)).map(([k]) => k)).toEqual([]);
    // "{n} rows" reads "1 rows" when n is 1: counted nouns take a plural choice, "{n} {n|row|rows}".
    const counted =
      /\{(\w+)(?::number)?\} (errors|warnings|notes|rows|cells|files|sheets|entries|months|rules|periods)\b/;
    expect(english.filter(([, v]) => counted.test(v)).map(([k]) => k)).toEqual([]);
  });

  // One or two short lines: what is long (sources, every date, the fix's formula) goes in the details.
  it.each(LANGS)("keeps every %s finding message to two short lines", (lang) => {
    const long = Object.entries(catalogs[lang])
      .filter(([k, v]) => k.startsWith("rule.") && v.length > 140)
      .map(([k]) => k);
    expect(long).toEqual([]);
  });

  it("gives details only to rules that exist", () => {
    const codes = new Set<string>([...RULE_CODES, ...SEASON_RULE_CODES]);
    const orphans = idKeys.filter((k) => k.startsWith("detail.") && !codes.has(k.slice("detail.".length)));
    expect(orphans).toEqual([]);
  });

  it("keeps an English message different from its Indonesian one (no untranslated copies)", () => {
    const untranslated = idKeys.filter(
      (k) =>
        k.startsWith("rule.") &&
        catalogs.en[k as keyof typeof catalogs.id] === catalogs.id[k as keyof typeof catalogs.id],
    );
    expect(untranslated).toEqual([]);
  });
});
