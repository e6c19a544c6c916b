import { computed } from "../book";

describe("UPPER, VALUE, SUBSTITUTE", () => {
  it("UPPER upper-cases text and numbers shown as text", () => {
    const v = computed({ Sheet1: [["Rapat pleno", "=UPPER(A1)", "=UPPER(0.1+0.2)"]] });
    expect(v("B1")).toBe("RAPAT PLENO");
    expect(v("C1")).toBe("0.3");
  });

  it("VALUE reads numbers written as text, #VALUE! otherwise", () => {
    const v = computed({ Sheet1: [["1,500,000", "=VALUE(A1)", '=VALUE("50%")', '=VALUE("Rp 1")', "=VALUE(12)"]] });
    expect(v("B1")).toBe(1_500_000);
    expect(v("C1")).toBe(0.5);
    expect(v("D1")).toEqual({ error: "#VALUE!" });
    expect(v("E1")).toBe(12);
  });

  it("SUBSTITUTE replaces every occurrence, or only the n-th", () => {
    const v = computed({
      Sheet1: [["a-b-c", '=SUBSTITUTE(A1,"-","/")', '=SUBSTITUTE(A1,"-","/",2)', '=SUBSTITUTE(A1,"x","/")']],
    });
    expect(v("B1")).toBe("a/b/c");
    expect(v("C1")).toBe("a-b/c");
    expect(v("D1")).toBe("a-b-c");
  });
});
