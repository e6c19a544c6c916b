import {
  formatAddress,
  formatRect,
  formatRectAbsolute,
  parseAddress,
  parseAreas,
  quoteSheet,
} from "../../../src/host/model/address";

describe("addresses", () => {
  test.each([
    ["A1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["$C$10:$S$60", { top: 9, left: 2, bottom: 59, right: 18 }],
    ["B2:A1", { top: 0, left: 0, bottom: 1, right: 1 }],
    ["5:7", { top: 4, left: 0, bottom: 6, right: 16383 }],
    ["$7:$9", { top: 6, left: 0, bottom: 8, right: 16383 }],
    ["A:C", { top: 0, left: 0, bottom: 1048575, right: 2 }],
    ["XFD1048576", { top: 1048575, left: 16383, bottom: 1048575, right: 16383 }],
  ])("parses %s", (text, rect) => {
    expect(parseAddress(text).rect).toEqual(rect);
  });

  test("reads the sheet part, quoted or not", () => {
    expect(parseAddress("'RAK 2024'!A1:S60")).toEqual({
      sheet: "RAK 2024",
      rect: { top: 0, left: 0, bottom: 59, right: 18 },
    });
    expect(parseAddress("'It''s'!B2").sheet).toBe("It's");
    expect(parseAddress("Sheet1!B2").sheet).toBe("Sheet1");
  });

  test.each(["", "A0", "XFE1", "A1048577", "A1:B2:C3", "1A"])("refuses %p with InvalidArgument", (text) => {
    expect(() => parseAddress(text)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });

  test("lists of areas, comma- or space-separated (sqref)", () => {
    expect(parseAreas("A1:B2 D4").map((a) => a.rect)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });

  test("formats as Excel reports: cells, whole rows, whole columns, absolute forms", () => {
    expect(formatRect({ top: 9, left: 0, bottom: 48, right: 18 })).toBe("A10:S49");
    expect(formatRect({ top: 4, left: 0, bottom: 6, right: 16383 })).toBe("5:7");
    expect(formatRect({ top: 0, left: 0, bottom: 1048575, right: 2 })).toBe("A:C");
    expect(formatRectAbsolute({ top: 6, left: 0, bottom: 8, right: 16383 })).toBe("$7:$9");
    expect(formatRectAbsolute({ top: 0, left: 0, bottom: 59, right: 18 })).toBe("$A$1:$S$60");
  });

  test("quotes sheet names that need it", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("RAK 2024")).toBe("'RAK 2024'");
    expect(quoteSheet("2024")).toBe("'2024'");
    expect(quoteSheet("A1")).toBe("'A1'");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(formatAddress("RAK 2024", { top: 0, left: 0, bottom: 59, right: 18 })).toBe("'RAK 2024'!A1:S60");
  });
});
