import { compareValues } from "../../../src/host/formula/compare";

describe("compareValues", () => {
  it("compares text without regard to case", () => {
    expect(compareValues("Rapat", "RAPAT")).toBe(0);
    expect(compareValues("a", "B")).toBe(-1);
  });

  it("ranks numbers below text below booleans", () => {
    expect(compareValues(1e9, "0")).toBe(-1);
    expect(compareValues("z", false)).toBe(-1);
  });

  it('reads an empty value as 0, "" or FALSE after the other side', () => {
    expect(compareValues(null, 0)).toBe(0);
    expect(compareValues(null, "")).toBe(0);
    expect(compareValues(false, null)).toBe(0);
    expect(compareValues(null, null)).toBe(0);
    expect(compareValues(null, -1)).toBe(1);
  });
});
