import { langFromDisplayLanguage } from "../../../src/taskpane/i18n/displayLanguage";

describe("langFromDisplayLanguage", () => {
  it.each(["en-US", "en-GB", "EN-au", "en", " en-US "])("%j -> en", (tag) => {
    expect(langFromDisplayLanguage(tag)).toBe("en");
  });

  it.each(["id-ID", "id", "ms-MY", "nl-NL", "", undefined, null, "eng", "ending"])("%j -> id", (tag) => {
    expect(langFromDisplayLanguage(tag)).toBe("id");
  });
});
