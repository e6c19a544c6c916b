import { formatMonths, formatYears, parseMonths, parseYears } from "../../../src/core/catalog";

describe("months and years as a Katalog sheet writes them", () => {
  it.each([
    ["1-12", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ["1, 2, 3", [1, 2, 3]],
    ["2-4; 6", [2, 3, 4, 6]],
    ["6, 2–3, 2", [2, 3, 6]],
    ["7", [7]],
  ])("reads %j", (text, months) => {
    expect(parseMonths(text)).toEqual(months);
  });

  it.each(["", "0", "13", "3-1", "Jan", "1-", "1,,x"])("refuses %j", (text) => {
    expect(parseMonths(text)).toBeNull();
  });

  it("writes compact ranges that read back the same", () => {
    for (const m of [[1, 2, 3, 6], [12], [1, 3, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]) {
      expect(parseMonths(formatMonths(m))).toEqual(m);
    }
    expect(formatMonths([6, 1, 2, 3])).toBe("1-3, 6");
  });

  it("reads years: one, a list, a span, or every year", () => {
    expect(parseYears("2024")).toEqual([2024]);
    expect(parseYears("2023, 2024")).toEqual([2023, 2024]);
    expect(parseYears("2023-2025")).toEqual([2023, 2024, 2025]);
    expect([parseYears(""), parseYears("Semua"), parseYears("all")]).toEqual(["all", "all", "all"]);
    expect(parseYears("24")).toBeNull();
    expect([formatYears("all"), formatYears([2023, 2024])]).toEqual(["semua", "2023, 2024"]);
  });
});
