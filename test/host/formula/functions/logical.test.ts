import { computed } from "../book";

describe("IF", () => {
  it("reads a cell as the condition: FALSE, 0 and empty are false", () => {
    const v = computed({
      Sheet1: [
        [false, 0, null, 3, "TRUE", "ya"],
        [
          '=IF(A1,"y","n")',
          '=IF(B1,"y","n")',
          '=IF(C1,"y","n")',
          '=IF(D1,"y","n")',
          '=IF(E1,"y","n")',
          '=IF(F1,"y","n")',
        ],
      ],
    });
    expect([v("A2"), v("B2"), v("C2"), v("D2"), v("E2")]).toEqual(["n", "n", "n", "y", "y"]);
    expect(v("F2")).toEqual({ error: "#VALUE!" });
  });

  it("returns FALSE without a third argument, and 0 for an empty one", () => {
    const v = computed({ Sheet1: [[1, "=IF(A1>5,1)", "=IF(A1>5,1,)", "=IF(A1>0,)"]] });
    expect(v("B1")).toBe(false);
    expect(v("C1")).toBe(0);
    expect(v("D1")).toBe(0);
  });

  it("only the chosen branch decides the result, so a guarded division is not an error", () => {
    const v = computed({ Sheet1: [[0, 10, "=IF(A1=0,0,B1/A1)", '=IF(A1="","",B1*2)']] });
    expect(v("C1")).toBe(0);
    expect(v("D1")).toBe(20);
  });

  it("can return a range to an enclosing function", () => {
    const v = computed({ Sheet1: [[1, 2], [3, 4], ["=SUM(IF(TRUE,A1:B2,0))"]] });
    expect(v("A3")).toBe(10);
  });
});

describe("CHOOSE", () => {
  it("picks the n-th value, #VALUE! out of range", () => {
    const v = computed({ Sheet1: [[2, '=CHOOSE(A1,"TW I","TW II","TW III")', '=CHOOSE(5,"a")']] });
    expect(v("B1")).toBe("TW II");
    expect(v("C1")).toEqual({ error: "#VALUE!" });
  });
});
