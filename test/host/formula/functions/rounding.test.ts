import { roundDecimal } from "../../../../src/host/formula/functions/rounding";
import { computed } from "../book";

describe("ROUND, ROUNDUP, ROUNDDOWN", () => {
  it("round half away from zero on the decimal value, as Excel does", () => {
    expect(roundDecimal(1.005, 2, "nearest")).toBe(1.01);
    expect(roundDecimal(2.5, 0, "nearest")).toBe(3);
    expect(roundDecimal(-2.5, 0, "nearest")).toBe(-3);
    expect(roundDecimal(1_234_567.891, -3, "nearest")).toBe(1_235_000);
    expect(roundDecimal(0.285, 2, "nearest")).toBe(0.29);
  });

  it("ROUNDUP goes away from zero, ROUNDDOWN toward it", () => {
    expect(roundDecimal(-2.1, 0, "up")).toBe(-3);
    expect(roundDecimal(2.01, 1, "up")).toBe(2.1);
    expect(roundDecimal(-2.9, 0, "down")).toBe(-2);
    expect(roundDecimal(1_999_999, -6, "down")).toBe(1_000_000);
  });

  it("rounds a budget computed in a sheet to whole thousands of rupiah", () => {
    const v = computed({
      Sheet1: [[1_234_567, "=ROUND(A1*1.1,-3)", "=ROUNDUP(A1,-3)", "=ROUNDDOWN(A1,-3)", "=ROUND(B2,0)"]],
    });
    expect(v("B1")).toBe(1_358_000);
    expect(v("C1")).toBe(1_235_000);
    expect(v("D1")).toBe(1_234_000);
    // An empty cell is 0.
    expect(v("E1")).toBe(0);
  });
});
