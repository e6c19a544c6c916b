import { defaultSheetName, isTaken, sheetNameProblem } from "../../../src/core/rollover/sheetName";

describe("the new sheet's name", () => {
  test('"RAK <year>", or "RAK <year> (2)", "(3)"... when taken, ignoring case as Excel does', () => {
    expect(defaultSheetName(2025, ["RAK 2024"])).toBe("RAK 2025");
    expect(defaultSheetName(2025, ["RAK 2024", "rak 2025"])).toBe("RAK 2025 (2)");
    expect(defaultSheetName(2025, ["RAK 2025", "RAK 2025 (2)"])).toBe("RAK 2025 (3)");
    expect(isTaken("Rak 2025", ["RAK 2025"])).toBe(true);
  });

  test("names Excel refuses", () => {
    expect(sheetNameProblem("RAK 2025 Perubahan")).toBeNull();
    expect(sheetNameProblem("  ")).toBe("empty");
    expect(sheetNameProblem("Rencana Aksi Kinerja Tahun 2025 (final)")).toBe("tooLong");
    expect(sheetNameProblem("RAK 2025/2026")).toBe("badCharacter");
    expect(sheetNameProblem("RAK [baru]")).toBe("badCharacter");
    expect(sheetNameProblem("'RAK 2025")).toBe("apostropheEdge");
    expect(sheetNameProblem("History")).toBe("reserved");
  });
});
