import { parseRangeA1 } from "../../../src/core/address";
import { addressOf, areaAt, growToMerges, step, stretch } from "../../../src/workbench/grid/navigation";

const MERGES = ["A10:A12", "B10:B12", "F7:Q7", "A1:S1"].map(parseRangeA1);

describe("grid navigation, as in Excel", () => {
  it("arrows leave a merged area by its far edge and land on a merged area's top-left", () => {
    expect(step(MERGES, { row: 9, col: 0 }, "down")).toEqual({ row: 12, col: 0 }); // A10:A12 -> A13
    expect(step(MERGES, { row: 12, col: 0 }, "up")).toEqual({ row: 9, col: 0 }); // A13 -> A10
    expect(step(MERGES, { row: 9, col: 0 }, "right")).toEqual({ row: 9, col: 1 }); // -> B10
    expect(step(MERGES, { row: 7, col: 9 }, "up")).toEqual({ row: 6, col: 5 }); // J8 -> F7:Q7
    expect(step(MERGES, { row: 6, col: 5 }, "right")).toEqual({ row: 6, col: 17 }); // F7:Q7 -> R7
    expect(step(MERGES, { row: 1, col: 4 }, "up")).toEqual({ row: 0, col: 0 }); // E2 -> A1:S1
  });

  it("stays put at the sheet's edges", () => {
    expect(step([], { row: 0, col: 3 }, "up")).toEqual({ row: 0, col: 3 });
    expect(step([], { row: 4, col: 0 }, "left")).toEqual({ row: 4, col: 0 });
  });

  it("a click on a merged cell selects its whole area", () => {
    expect(addressOf(areaAt(MERGES, 10, 0))).toBe("A10:A12");
    expect(addressOf(areaAt(MERGES, 10, 2))).toBe("C11");
  });

  it("a selection never cuts a merge: Shift+click grows it to whole merged areas", () => {
    expect(addressOf(stretch(MERGES, { row: 10, col: 2 }, { row: 8, col: 0 }))).toBe("A9:C12");
    expect(addressOf(growToMerges(MERGES, parseRangeA1("E7:F8")))).toBe("E7:Q8");
  });
});
