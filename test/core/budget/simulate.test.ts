import { sheet } from "../../helpers/sheet";
import { shiftFormula, SimWorkbook } from "./simulate";

// The test simulator is itself checked against what Excel does, or the other tests prove nothing.
describe("the test workbook simulator", () => {
  it("shifts references at or below an inserted row, as Excel does", () => {
    expect(shiftFormula("=SUM(R10:R49)", "S", "S", 29, 1)).toBe("=SUM(R10:R50)");
    expect(shiftFormula("=SUM(R10:R49)", "S", "S", 49, 1)).toBe("=SUM(R10:R49)");
    expect(shiftFormula("=SUM($R$10:R49)", "S", "S", 5, 2)).toBe("=SUM($R$12:R51)");
    expect(shiftFormula("='RAK 2024'!R33+R33", "Rekap", "RAK 2024", 20, 1)).toBe("='RAK 2024'!R34+R33");
    expect(shiftFormula('=N("rakit")+(COUNTA($F10:$Q10)=0)', "S", "S", 0, 1)).toBe('=N("rakit")+(COUNTA($F11:$Q11)=0)');
    expect(shiftFormula("=LOG10(A5)", "S", "S", 0, 1)).toBe("=LOG10(A6)");
  });

  it("moves cells and merges on insert and grows a merge it cuts", () => {
    const wb = SimWorkbook.from(sheet([["a"], ["b"], ["c"]], { name: "S", merges: ["A1:A2", "B3:C3"] }));
    wb.apply([{ kind: "insertRows", sheet: "S", row: 1, count: 1 }]);
    const s = wb.sheet("S");
    expect([s.text("A1"), s.text("A2"), s.text("A3"), s.text("A4")]).toEqual(["a", "", "b", "c"]);
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 3, left: 1, bottom: 3, right: 2 },
    ]);
  });

  it("computes formulas, with SUBTOTAL skipping SUBTOTAL cells and COUNTA counting content", () => {
    const wb = SimWorkbook.from(
      sheet([[1], [2], [null], [4], ["x"]], {
        name: "S",
        formulas: { A3: "=SUBTOTAL(9,A1:A2)" },
      }),
    );
    wb.apply([
      {
        kind: "setFormulas",
        sheet: "S",
        address: "B1:B3",
        formulas: [["=SUBTOTAL(9,A1:A4)"], ["=COUNTA(A1:A5)"], ["=INT(7/2)"]],
      },
    ]);
    expect(wb.value("S", "A3")).toBe(3);
    expect(wb.value("S", "B1")).toBe(7);
    expect(wb.value("S", "B2")).toBe(5);
    expect(wb.value("S", "B3")).toBe(3);
  });

  it("refuses writes of the wrong size and writes over content marked requireEmpty", () => {
    const wb = SimWorkbook.from(sheet([["a"]], { name: "S" }));
    expect(() => wb.apply([{ kind: "setValues", sheet: "S", address: "A1:B1", values: [["x"]] }])).toThrow(/size/);
    expect(() =>
      wb.apply([{ kind: "setValues", sheet: "S", address: "A1", values: [["x"]], requireEmpty: true }]),
    ).toThrow(/not empty/);
  });
});
