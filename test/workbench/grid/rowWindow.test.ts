import {
  covers,
  measuredTops,
  MIN_OVERSCAN_ROWS,
  rowAt,
  rowsInSight,
  scrollToShow,
  windowAround,
} from "../../../src/workbench/grid/rowWindow";

/** Top edges of `n` rows of 20 px. */
const even = (n: number) => Array.from({ length: n + 1 }, (_, i) => i * 20);

describe("rowWindow: which rows the grid draws", () => {
  it("finds the row at a height, skipping hidden rows (no height)", () => {
    const tops = [0, 20, 40, 40, 60]; // row 2 (0-based) is hidden
    expect([0, 19, 20, 39, 40, 59, 500].map((y) => rowAt(tops, y))).toEqual([0, 0, 1, 1, 3, 3, 3]);
    expect(rowAt([0], 10)).toBe(0);
  });

  it("the rows in sight of a scrolled viewport", () => {
    expect(rowsInSight(even(2000), 0, 800)).toEqual({ top: 0, bottom: 39 });
    expect(rowsInSight(even(2000), 30_010, 800)).toEqual({ top: 1500, bottom: 1540 });
  });

  it("draws a screenful more either side (at least MIN_OVERSCAN_ROWS), within the sheet", () => {
    expect(windowAround({ top: 1500, bottom: 1540 }, 2000)).toEqual({ top: 1459, bottom: 1581 });
    expect(windowAround({ top: 0, bottom: 5 }, 2000)).toEqual({ top: 0, bottom: 5 + MIN_OVERSCAN_ROWS });
    expect(windowAround({ top: 1990, bottom: 1999 }, 2000)).toEqual({ top: 1990 - MIN_OVERSCAN_ROWS, bottom: 1999 });
  });

  it("needs no new drawing while the rows in sight stay among those drawn", () => {
    expect(covers({ top: 100, bottom: 200 }, { top: 100, bottom: 200 })).toBe(true);
    expect(covers({ top: 100, bottom: 200 }, { top: 99, bottom: 150 })).toBe(false);
    expect(covers({ top: 100, bottom: 200 }, { top: 150, bottom: 201 })).toBe(false);
  });

  it("scrolls the least to show a row, or centres it", () => {
    const box = { top: 1000, bottom: 1020 };
    expect(scrollToShow(0, 400, box, "nearest")).toBe(620);
    expect(scrollToShow(2000, 400, box, "nearest")).toBe(1000);
    expect(scrollToShow(900, 400, box, "nearest")).toBe(900);
    expect(scrollToShow(0, 400, box, "center")).toBe(810);
    expect(scrollToShow(0, 400, { top: 0, bottom: 20 }, "center")).toBe(0);
  });

  it("corrects the rows' top edges by the heights measured on screen (wrapped text grows a row)", () => {
    const tops = even(4);
    expect(measuredTops(tops, new Map())).toBe(tops);
    expect(measuredTops(tops, new Map([[1, 60]]))).toEqual([0, 20, 80, 100, 120]);
  });
});
