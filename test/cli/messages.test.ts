import { cliText } from "../../src/cli/messages";

describe("cliText", () => {
  it("says 1 error and 2 errors in English; Indonesian has no plural", () => {
    expect(cliText("en", "counts", { error: 1, warning: 2, info: 0 })).toBe("1 error, 2 warnings, 0 info");
    expect(cliText("en", "counts", { error: 0, warning: 1, info: 1 })).toBe("0 errors, 1 warning, 1 info");
    expect(cliText("id", "counts", { error: 1, warning: 2, info: 0 })).toBe("1 galat, 2 peringatan, 0 info");
    expect(cliText("en", "totals", { files: 1, error: 1, warning: 0, info: 0, failed: 0 })).toBe(
      "Total: 1 file, 1 error, 0 warnings, 0 info; 0 unreadable.",
    );
    expect(cliText("en", "fileSummary", { file: "a.xlsx", error: 2, warning: 0, info: 0, sheets: 1 })).toBe(
      "a.xlsx: 2 errors, 0 warnings, 0 info (1 RAK sheet)",
    );
  });

  it("leaves a placeholder without a value as written", () => {
    expect(cliText("en", "outExists", {})).toBe("{out} exists; choose another name or add --force to overwrite it");
  });
});
