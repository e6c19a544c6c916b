import { callsSubtotal, precedentsOf } from "../../../src/host/formula/dependencies";

describe("precedentsOf", () => {
  it("lists the areas a formula reads, with their sheet", () => {
    expect(precedentsOf("=SUM('RAK 2024'!R10:R49)+A1")).toEqual([
      { sheet: "RAK 2024", top: 9, left: 17, bottom: 48, right: 17 },
      { sheet: undefined, top: 0, left: 0, bottom: 0, right: 0 },
    ]);
  });

  it("skips references that ROW, COLUMN, ROWS and COLUMNS only locate", () => {
    expect(precedentsOf("=ROW(A1)+COLUMNS(B1:C1)+SUM(D1)")).toEqual([
      { sheet: undefined, top: 0, left: 3, bottom: 0, right: 3 },
    ]);
  });
});

describe("callsSubtotal", () => {
  it("sees SUBTOTAL calls but not the word in text", () => {
    expect(callsSubtotal("=SUBTOTAL(9,R10:R12)")).toBe(true);
    expect(callsSubtotal('="SUBTOTAL("&A1')).toBe(false);
    expect(callsSubtotal("=SUM(A1)")).toBe(false);
  });
});
