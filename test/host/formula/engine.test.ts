import { FormulaEngine } from "../../../src/host/formula";
import { book, computed } from "./book";

describe("recalculation, sheet by sheet", () => {
  it("adds a budget column and totals it from another sheet whose name has a space", () => {
    const v = computed({
      "RAK 2024": [
        ["Kegiatan", "Biaya"],
        ["Rapat pleno", 1_500_000],
        ["Sosialisasi", 2_250_000],
        ["Monitoring", "belum"],
        ["Jumlah", "=SUM(B2:B4)"],
      ],
      Rekap: [["Total RAK", "='RAK 2024'!B5", "=SUM('RAK 2024'!B2:B4)*2", "=SUM('RAK 2024'!B:B)"]],
    });
    expect(v("'RAK 2024'!B5")).toBe(3_750_000);
    expect(v("Rekap!B1")).toBe(3_750_000);
    expect(v("Rekap!C1")).toBe(7_500_000);
    // The whole column holds the total too: 3,750,000 counted twice.
    expect(v("Rekap!D1")).toBe(7_500_000);
  });

  it("finds sheets whatever the case of their name, and gives #REF! for a sheet that does not exist", () => {
    const v = computed({
      "RAK 2024": [[5]],
      Rekap: [["='rak 2024'!A1+1", "=Lain!A1", "=SUM(Lain!A1:A3)"]],
    });
    expect(v("Rekap!A1")).toBe(6);
    expect(v("Rekap!B1")).toEqual({ error: "#REF!" });
    expect(v("Rekap!C1")).toEqual({ error: "#REF!" });
  });

  it("computes chains in dependency order, whatever order the cells are listed in", () => {
    const v = computed({
      Sheet1: [["=B1*2", "=C1+1", "=D1+1", 10]],
    });
    expect(v("A1")).toBe(24);
  });

  it("computes a chain of 3,000 formulas without nesting or running out of stack", () => {
    // A1 needs A2, which needs A3, ... down to the constant in A3000.
    const rows = [...Array.from({ length: 2999 }, (_, i) => [`=A${i + 2}+1`]), [1]];
    const engine = new FormulaEngine(book({ Sheet1: rows }));
    expect(engine.valueAt("Sheet1", 0, 0)).toBe(3000);
    expect(engine.valueAt("Sheet1", 1000, 0)).toBe(2000);
  });

  it("turns a cycle into an error value on every cell of it, and on cells that use it", () => {
    const v = computed({
      Sheet1: [
        ["=B1+1", "=A1+1", "=A1*10", "=IFERROR(A1,0)", "=D2", 7],
        ["=A2", "=SUM(A1:B1)", "=COUNT(A1:B1)", "=C2"],
      ],
    });
    expect(v("A1")).toEqual({ error: "#REF!" });
    expect(v("B1")).toEqual({ error: "#REF!" });
    expect(v("C1")).toEqual({ error: "#REF!" });
    expect(v("D1")).toBe(0);
    expect(v("A2")).toEqual({ error: "#REF!" });
    expect(v("B2")).toEqual({ error: "#REF!" });
    // COUNT skips errors, as Excel's does.
    expect(v("C2")).toBe(0);
    expect(v("D2")).toBe(0);
    expect(v("E1")).toBe(0);
  });

  it("does not see a cycle in ROW(A1) written in A1", () => {
    const v = computed({ Sheet1: [["=ROW(A1)+COLUMNS(A1:C1)"]] });
    expect(v("A1")).toBe(4);
  });

  it("propagates errors through arithmetic, functions and ranges", () => {
    const v = computed({
      Sheet1: [
        [{ error: "#N/A" }, 2, "=A1*2", "=SUM(A1:B1)", "=ROUND(A1,0)", '=A1&"x"', "=IF(A1>0,1,2)", "=ISERROR(A1)"],
      ],
    });
    expect(v("C1")).toEqual({ error: "#N/A" });
    expect(v("D1")).toEqual({ error: "#N/A" });
    expect(v("E1")).toEqual({ error: "#N/A" });
    expect(v("F1")).toEqual({ error: "#N/A" });
    expect(v("G1")).toEqual({ error: "#N/A" });
    expect(v("H1")).toBe(true);
  });

  it("gives #DIV/0! for a division by zero or by an empty cell", () => {
    const v = computed({ Sheet1: [[10, 0, null, "=A1/B1", "=A1/C1", '=IFERROR(A1/B1,"-")', "=SUM(D1,1)"]] });
    expect(v("D1")).toEqual({ error: "#DIV/0!" });
    expect(v("E1")).toEqual({ error: "#DIV/0!" });
    expect(v("F1")).toBe("-");
    expect(v("G1")).toEqual({ error: "#DIV/0!" });
  });

  it("gives #NAME? for an unknown function, and says which formula in `problems`", () => {
    const wb = book({ Sheet1: [[1, "=RAKIT_TOTAL(A1)", "=A1+1"]] });
    const engine = new FormulaEngine(wb);
    const results = engine.results();
    expect(results.find((r) => r.col === 1)?.value).toEqual({ error: "#NAME?" });
    expect(results.find((r) => r.col === 2)?.value).toBe(2);
    expect(engine.problems).toHaveLength(1);
    expect(engine.problems[0]).toMatchObject({ sheet: "Sheet1", row: 0, col: 1, formula: "RAKIT_TOTAL(A1)" });
    expect(engine.problems[0]?.message).toMatch(/RAKIT_TOTAL/);
  });

  it("gives #NAME? for a formula the parser cannot read", () => {
    const v = computed({ Sheet1: [[1, "=SUM(A1", "=Tabel1[Biaya]"]] });
    expect(v("B1")).toEqual({ error: "#NAME?" });
    expect(v("C1")).toEqual({ error: "#NAME?" });
  });

  it('reads empty cells as Excel does: 0 in arithmetic, "" in text and comparisons', () => {
    const v = computed({
      Sheet1: [
        [null, "=A1", "=A1+5", '=A1&"x"', '=A1=""', "=A1=0", "=LEN(A1)", "=ISBLANK(A1)", "=ISBLANK(B1)", "=N(A1)"],
      ],
    });
    expect(v("B1")).toBe(0);
    expect(v("C1")).toBe(5);
    expect(v("D1")).toBe("x");
    expect(v("E1")).toBe(true);
    expect(v("F1")).toBe(true);
    expect(v("G1")).toBe(0);
    expect(v("H1")).toBe(true);
    // A formula showing an empty cell shows 0: its cell is not blank.
    expect(v("I1")).toBe(false);
    expect(v("J1")).toBe(0);
  });

  it('leaves an empty cell out of AND and OR, and reads it as "" in CONCATENATE', () => {
    const v = computed({
      Sheet1: [[true, null, "=AND(A1,B1)", "=OR(B1,A1)", '=CONCATENATE("a",B1,"b")', '=CONCAT(B1,"x")']],
    });
    expect(v("C1")).toBe(true);
    expect(v("D1")).toBe(true);
    expect(v("E1")).toBe("ab");
    expect(v("F1")).toBe("x");
  });

  it("compares text without regard to case, and ranks numbers < text < booleans", () => {
    const v = computed({ Sheet1: [["Rapat", '=A1="RAPAT"', '=A1<>"rapat"', '="b">"A"', '=5<"1"', '="z"<TRUE']] });
    expect(v("B1")).toBe(true);
    expect(v("C1")).toBe(false);
    expect(v("D1")).toBe(true);
    expect(v("E1")).toBe(true);
    expect(v("F1")).toBe(true);
  });

  it("shows the cell of its own row for a formula that returns a column range (implicit intersection)", () => {
    const v = computed({
      Sheet1: [
        [10, "=A1:A3"],
        [20, "=A1:A3"],
        [30, "=A1:A3*2"],
      ],
      Other: [["=Sheet1!A1:A3"]],
    });
    expect(v("B1")).toBe(10);
    expect(v("B2")).toBe(20);
    expect(v("Other!A1")).toBe(10);
  });

  it("evaluates the parser's own functions: N, AND, OR, TEXT, VLOOKUP, INDEX, IFERROR", () => {
    const v = computed({
      Sheet1: [
        [
          1234567,
          "v",
          "=N(B1)",
          '=AND(A1>0,B1="v")',
          '=OR(A1<0,B1="x")',
          '=TEXT(A1,"#,##0")',
          '=VLOOKUP("Rapat",A3:B4,2,FALSE)',
        ],
        ["=INDEX(A3:B4,2,2)", '=IFERROR(VLOOKUP("Tidak",A3:B4,2,FALSE),0)', "=SUM(INDEX(A3:B4,0,2))"],
        ["Rapat", 100],
        ["Sosialisasi", 250],
      ],
    });
    expect(v("C1")).toBe(0);
    expect(v("D1")).toBe(true);
    expect(v("E1")).toBe(false);
    expect(v("F1")).toBe("1,234,567");
    expect(v("G1")).toBe(100);
    expect(v("A2")).toBe(250);
    expect(v("B2")).toBe(0);
    expect(v("C2")).toBe(350);
  });

  it("reads a constant through valueAt and a formula's computed value alike", () => {
    const engine = new FormulaEngine(book({ Sheet1: [[2, "=A1*3", null]] }));
    expect(engine.valueAt("Sheet1", 0, 0)).toBe(2);
    expect(engine.valueAt("Sheet1", 0, 1)).toBe(6);
    expect(engine.valueAt("Sheet1", 0, 2)).toBe("");
  });
});
