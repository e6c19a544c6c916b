import { shiftFormulaRows } from "../../../src/core/insert";
import { parseRangeFormula } from "../../../src/core/insert";

describe("shiftFormulaRows: references after whole rows are inserted, as Excel moves them", () => {
  const S = "RAK 2024";
  it.each([
    // [formula, insert at sheet row, count, expected]
    ["=SUM(R10:R49)", 50, 1, "=SUM(R10:R49)"], // just under the range: not grown (the JUMLAH case)
    ["=SUM(R10:R49)", 49, 1, "=SUM(R10:R50)"], // at its last row: grown
    ["=SUM(R10:R49)", 10, 2, "=SUM(R12:R51)"], // at its first row: moved
    ["=SUM($R$10:$R$49)", 30, 1, "=SUM($R$10:$R$50)"], // absolute references move too
    ["=R7+R9", 8, 1, "=R7+R10"],
    ['=IF(A1="R12",R12,0)', 5, 1, '=IF(A1="R12",R13,0)'], // text in quotes is left alone
    ["=LOG10(R12)", 5, 1, "=LOG10(R13)"], // a function name is not a reference
  ])("%s, %i row(s) at row %i", (formula, row, count, expected) => {
    expect(shiftFormulaRows(formula, S, S, row - 1, count)).toBe(expected);
  });

  it("moves references from other sheets to the edited one, and only those", () => {
    expect(shiftFormulaRows("='RAK 2024'!R10+Other!R10", "Rekap Anggaran", S, 5, 1)).toBe("='RAK 2024'!R11+Other!R10");
    expect(shiftFormulaRows("=R10", "Rekap Anggaran", S, 5, 1)).toBe("=R10");
  });
});

describe("parseRangeFormula", () => {
  it("reads a total of one range, with SUM or SUBTOTAL(9, ...), ignoring $, spaces and case", () => {
    expect(parseRangeFormula("=SUM(R10:R49)")).toEqual({ fn: "SUM", col: 17, top: 9, bottom: 48 });
    expect(parseRangeFormula("=subtotal( 9, $R$7:$R$11 )")).toEqual({ fn: "SUBTOTAL", col: 17, top: 6, bottom: 10 });
    expect(parseRangeFormula("=SUM(R10:S49)")).toBeNull();
    expect(parseRangeFormula("=SUM(R10:R20,R30)")).toBeNull();
    expect(parseRangeFormula("=SUBTOTAL(109,R10:R20)")).toBeNull();
  });
});
