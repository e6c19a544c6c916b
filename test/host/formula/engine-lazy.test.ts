/**
 * The engine normally computes a formula's precedents before the formula. When it cannot know them
 * (a reference the tokens do not show), it computes a cell when the parser asks for it, with a
 * nested parse. Here precedents are hidden entirely, so every value goes that way.
 */
import { computed } from "./book";

jest.mock("../../../src/host/formula/dependencies", () => {
  const actual = jest.requireActual<typeof import("../../../src/host/formula/dependencies")>(
    "../../../src/host/formula/dependencies",
  );
  return { ...actual, precedentsOf: () => [] };
});

describe("recalculation when precedents are not known in advance", () => {
  it("still computes chains, cross-sheet references and SUBTOTALs", () => {
    const v = computed({
      Sheet1: [["=B1*2", "=C1+1", "=Rekap!A1+1", "=SUBTOTAL(9,A1:C1)", "=SUBTOTAL(9,A1:D1)"]],
      Rekap: [[10]],
    });
    expect(v("A1")).toBe(24);
    expect(v("D1")).toBe(47);
    expect(v("E1")).toBe(47);
  });

  it("computes a chain of 100 by nesting, the first cell needing all the others", () => {
    const rows = [...Array.from({ length: 99 }, (_, i) => [`=A${i + 2}+1`]), [1]];
    expect(computed({ Sheet1: rows })("A1")).toBe(100);
  });

  it("still turns a cycle into an error value instead of hanging", () => {
    const v = computed({ Sheet1: [["=B1+1", "=A1+1", "=A1"]] });
    expect(v("A1")).toEqual({ error: "#REF!" });
    expect(v("B1")).toEqual({ error: "#REF!" });
    expect(v("C1")).toEqual({ error: "#REF!" });
  });
});
