import { evaluateAt, recalculate } from "../../../src/host/formula";
import { book } from "./book";

describe("recalculate", () => {
  it("lists every formula cell with its value, in the workbook's order", () => {
    const wb = book({ "RAK 2024": [[1, "=A1+1"]], Rekap: [["='RAK 2024'!B1*10"]] });
    expect(recalculate(wb)).toEqual([
      { sheet: "RAK 2024", row: 0, col: 1, value: 2 },
      { sheet: "Rekap", row: 0, col: 0, value: 20 },
    ]);
  });

  // Its speed (well under a second) is measured by `npm run bench` ("recalculate2000"), not timed here:
  // a timed test fails on a busy machine, not on slow code.
  it("recalculates 2,000 SUM-type formulas over a 2,000-row sheet", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const r = i + 1;
      const kind = i % 4;
      const formula =
        kind === 0
          ? "=SUM($A$1:$A$2000)"
          : kind === 1
            ? `=SUBTOTAL(9,$A$1:$A$2000)-A${r}`
            : kind === 2
              ? `=SUMIF($C$1:$C$2000,C${r},$A$1:$A$2000)`
              : `=SUMIFS($A:$A,$C:$C,"TW I",$A:$A,">"&A${r})`;
      return [r * 1000, formula, `TW ${["I", "II", "III", "IV"][i % 4]}`];
    });
    const wb = book({ "RAK 2024": rows });
    const results = recalculate(wb);
    expect(results).toHaveLength(2000);
    const total = (2000 * 2001 * 1000) / 2;
    expect(results[0]?.value).toBe(total);
    expect(results[1]?.value).toBe(total - 2000);
  });
});

describe("evaluateAt", () => {
  // A conditional format on R10:R12 of a RAK, written for its top-left cell R10.
  const wb = book({
    "RAK 2024": [
      ...Array.from({ length: 9 }, () => []),
      ...[1_500_000, null, "=R10*2"].map((biaya) => [...Array.from({ length: 17 }, () => null), biaya]),
    ],
  });

  it("evaluates a relative formula for each cell of the range, moved from the anchor", () => {
    const anchor = { row: 9, col: 17 };
    const rule = '=AND($R10<>"",R10>1000000)';
    expect(evaluateAt(wb, "RAK 2024", rule, { row: 9, col: 17 }, anchor)).toBe(true);
    expect(evaluateAt(wb, "RAK 2024", rule, { row: 10, col: 17 }, anchor)).toBe(false);
    // R12 holds a formula: it is computed first.
    expect(evaluateAt(wb, "RAK 2024", rule, { row: 11, col: 17 }, anchor)).toBe(true);
  });

  it("evaluates a formula in place when no anchor is given", () => {
    expect(evaluateAt(wb, "RAK 2024", "=SUM(R10:R12)", { row: 0, col: 0 })).toBe(4_500_000);
    expect(evaluateAt(wb, "RAK 2024", "=ROW()", { row: 4, col: 0 })).toBe(5);
  });

  it("gives #REF! for a sheet that does not exist", () => {
    expect(evaluateAt(wb, "Lain", "=1", { row: 0, col: 0 })).toEqual({ error: "#REF!" });
  });
});
