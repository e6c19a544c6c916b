import { computed } from "../book";

describe("MATCH", () => {
  const v = computed({
    Sheet1: [
      ["TW I", 10, 40],
      ["TW II", 20, 30],
      ["TW III", 30, 20],
      [
        '=MATCH("tw ii",A1:A3,0)',
        "=MATCH(25,B1:B3)",
        "=MATCH(25,C1:C3,-1)",
        '=MATCH("TW*",A1:A3,0)',
        '=MATCH("TW IV",A1:A3,0)',
        "=MATCH(20,B:B,0)",
      ],
    ],
  });

  it("finds an exact match without regard to case, with wildcards", () => {
    expect(v("A4")).toBe(2);
    expect(v("D4")).toBe(1);
    expect(v("F4")).toBe(2);
  });

  it("finds the last value not past the target in sorted data, ascending or descending", () => {
    expect(v("B4")).toBe(2);
    expect(v("C4")).toBe(2);
  });

  it("gives #N/A when nothing matches", () => {
    expect(v("E4")).toEqual({ error: "#N/A" });
  });
});
