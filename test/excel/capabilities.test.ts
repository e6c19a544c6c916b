import { featureSupport, highestExcelApi } from "../../src/excel/capabilities";
import { ExcelHost } from "../../src/host/host";

describe("what Bantuan says about the Excel at hand", () => {
  it.each([
    ["1.7", "1.7"],
    ["1.13", "1.13"],
    ["1.20", "1.20"],
  ])("the highest ExcelApi set of a host offering %s is %s", (offered, highest) => {
    expect(highestExcelApi(new ExcelHost(undefined, { maxApiVersion: offered }))).toBe(highest);
  });

  it("is null where there is no ExcelApi at all (outside Excel)", () => {
    expect(highestExcelApi({ isSetSupported: () => false })).toBeNull();
  });

  it("lists page layout (1.9), merged areas (1.13) and undo groups (1.20), each available or not", () => {
    const at = (v: string) =>
      featureSupport(new ExcelHost(undefined, { maxApiVersion: v })).map((f) => [
        f.feature,
        f.requirement,
        f.available,
      ]);
    expect(at("1.7")).toEqual([
      ["pageLayout", "ExcelApi 1.9", false],
      ["mergedAreas", "ExcelApi 1.13", false],
      ["undoGroups", "ExcelApi 1.20", false],
    ]);
    expect(at("1.13").map(([, , available]) => available)).toEqual([true, true, false]);
    expect(at("1.20").map(([, , available]) => available)).toEqual([true, true, true]);
  });
});
