import { RowMap } from "../../../src/core/budget/rowMap";

describe("RowMap", () => {
  // Rows inserted above rows 5 and 7 (0-based, as read), two of them above 7.
  const map = new RowMap([
    { at: 7, item: "subtotal 2" },
    { at: 5, item: "subtotal 1" },
    { at: 7, item: "total" },
  ]);

  it("moves each row down by the rows inserted at or above it", () => {
    expect([3, 4, 5, 6, 7, 8].map((r) => map.final(r))).toEqual([3, 4, 6, 7, 10, 11]);
  });

  it("places inserted rows in order, those at the same place in the order given", () => {
    expect(map.inserted()).toEqual([
      { item: "subtotal 1", row: 5 },
      { item: "subtotal 2", row: 8 },
      { item: "total", row: 9 },
    ]);
    expect(map.count).toBe(3);
  });

  it("inserts bottom-up, so each edit names its row as read", () => {
    expect(map.edits("S")).toEqual([
      { kind: "insertRows", sheet: "S", row: 7, count: 2 },
      { kind: "insertRows", sheet: "S", row: 5, count: 1 },
    ]);
  });

  it("is the identity without inserts", () => {
    expect(new RowMap().final(42)).toBe(42);
    expect(new RowMap().edits("S")).toEqual([]);
  });
});
