import { parseTargetText } from "../../../src/core/reader";
import { Grid } from "../../../src/core/reader/grid";
import { readTarget } from "../../../src/core/reader/target";
import { sheet } from "../../helpers/sheet";

describe("target", () => {
  it.each([
    ["95", 95, null],
    ["95%", 95, "%"],
    ["95 %", 95, "%"],
    ["100%", 100, "%"],
    [" 90 ", 90, null],
    ["95,5%", 95.5, "%"],
    ["4 laporan", 4, "laporan"],
    ["12 Dokumen", 12, "Dokumen"],
    ["100 persen", 100, "%"],
    ["2 Lap", 2, "Lap"],
    ["1.000 dokumen", 1000, "dokumen"],
  ])("%j reads as %d (%s)", (text, value, unit) => {
    expect(parseTargetText(text)).toEqual({ value, unit });
  });

  it.each([
    ["> 3,75", 3.75, null, ">"],
    ["≥ 80", 80, null, ">="],
    [">= 80%", 80, "%", ">="],
    ["≤ 5 hari", 5, "hari", "<="],
    ["< 10", 10, null, "<"],
    ["Minimal 90%", 90, "%", ">="],
    ["maks. 3 kali", 3, "kali", "<="],
  ])("%j reads as a bound: %d (%s) with %s", (text, value, unit, comparator) => {
    expect(parseTargetText(text)).toEqual({ value, unit, comparator });
  });

  // Words are targets too (the validator accepts them); they just have no number.
  it.each(["", "Tersedia", "Ada", "WTP", "A", "S2/S3", "x".repeat(32000), "95 98"])("%j has no number", (text) => {
    expect(parseTargetText(text).value).toBeNull();
  });

  it("reads number cells, a percent-formatted 0.95 as 95, errors as no number", () => {
    const g = new Grid(
      sheet([[95, 0.95, 1, { error: "#N/A" }, "", "95%"]], { numberFormats: { B1: "0%", C1: "0.00%" } }),
    );
    expect(readTarget(g, 0, 0)).toEqual({ value: 95, unit: null, raw: 95 });
    expect(readTarget(g, 0, 1)).toEqual({ value: 95, unit: "%", raw: 0.95 });
    expect(readTarget(g, 0, 2)).toEqual({ value: 100, unit: "%", raw: 1 });
    expect(readTarget(g, 0, 3).value).toBeNull();
    expect(readTarget(g, 0, 4)).toEqual({ value: null, unit: null, raw: "" });
    expect(readTarget(g, 0, 5)).toEqual({ value: 95, unit: "%", raw: "95%" });
  });
});
