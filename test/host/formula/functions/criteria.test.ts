import { criterionMatcher, wildcardRegExp } from "../../../../src/host/formula/functions/criteria";
import { errorOf, type Scalar } from "../../../../src/host/formula/values";

const matches = (criterion: Scalar, values: Scalar[]): Scalar[] => values.filter(criterionMatcher(criterion));

const SAMPLE: Scalar[] = [5, "5", 10, "Rapat", "rapat pleno", "", null, true, errorOf("#N/A")];

describe("criterionMatcher", () => {
  it("matches a number, and text that reads as that number", () => {
    expect(matches(5, SAMPLE)).toEqual([5, "5"]);
    expect(matches("5", SAMPLE)).toEqual([5, "5"]);
    expect(matches("=5", SAMPLE)).toEqual([5, "5"]);
  });

  it("compares numbers with > < >= <= and never matches text that way", () => {
    expect(matches(">5", SAMPLE)).toEqual([10]);
    expect(matches("<=5", SAMPLE)).toEqual([5]);
    expect(matches(">=m", ["Rapat", "monitoring", "Evaluasi", 7])).toEqual(["Rapat", "monitoring"]);
  });

  it("matches text whatever its case, with * and ? wildcards and ~ escapes", () => {
    expect(matches("rapat", SAMPLE)).toEqual(["Rapat"]);
    expect(matches("rapat*", SAMPLE)).toEqual(["Rapat", "rapat pleno"]);
    expect(matches("?apat", SAMPLE)).toEqual(["Rapat"]);
    expect(matches("~*", ["*", "x"])).toEqual(["*"]);
  });

  it('matches empty cells with "", non-empty ones with "<>", and everything but x with "<>x"', () => {
    expect(matches("", SAMPLE)).toEqual(["", null]);
    expect(matches("=", SAMPLE)).toEqual([null]);
    expect(matches("<>", SAMPLE)).toEqual([5, "5", 10, "Rapat", "rapat pleno", "", true, SAMPLE[8]]);
    expect(matches("<>rapat", SAMPLE)).toEqual([5, "5", 10, "rapat pleno", "", null, true, SAMPLE[8]]);
  });

  it("matches booleans and errors", () => {
    expect(matches(true, SAMPLE)).toEqual([true]);
    expect(matches("TRUE", SAMPLE)).toEqual([true]);
    expect(matches("#N/A", SAMPLE)).toEqual([SAMPLE[8]]);
  });
});

describe("wildcardRegExp", () => {
  it("escapes characters that mean something in a regular expression", () => {
    expect(wildcardRegExp("(6709)*").test("(6709) Rapat")).toBe(true);
    expect(wildcardRegExp("a.b").test("axb")).toBe(false);
  });
});
