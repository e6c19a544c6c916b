import { rangeA1 } from "../../../src/core/address";
import { applyToSnapshot } from "../../../src/core/insert";
import { sheet } from "../../helpers/sheet";

describe("applyToSnapshot: the sheet as the planned edits will leave it", () => {
  const s = sheet(
    [
      ["No", "Kegiatan", "Biaya"],
      [1, "a", 10],
      [null, "b", null],
      ["JUMLAH", null, 10],
    ],
    { name: "T", merges: ["A2:A3", "C2:C3"], formulas: { C4: "=SUM(C2:C3)" } },
  );

  it("moves cells, merges and formulas down on a whole-row insert, growing a merge it cuts", () => {
    const after = applyToSnapshot(s, [{ kind: "insertRows", sheet: "T", row: 2, count: 1 }]);
    expect(after.values.map((r) => r.join("|"))).toEqual(["No|Kegiatan|Biaya", "1|a|10", "||", "|b|", "JUMLAH||10"]);
    expect(after.merges.map(rangeA1)).toEqual(["A2:A4", "C2:C4"]);
    expect(after.formulas[4]?.[2]).toBe("=SUM(C2:C4)");
  });

  it("writes values and formulas, merges and unmerges, and ignores other sheets and formats", () => {
    const after = applyToSnapshot(s, [
      { kind: "insertRows", sheet: "T", row: 3, count: 1 },
      { kind: "setValues", sheet: "T", address: "B4:C4", values: [["c", 0]], requireEmpty: true },
      { kind: "unmerge", sheet: "T", address: "A2:A3" },
      { kind: "merge", sheet: "T", address: "A2:A4" },
      { kind: "setFormulas", sheet: "T", address: "C5", formulas: [["=SUM(C2:C4)"]] },
      { kind: "setFont", sheet: "T", address: "A4", font: { bold: true } },
      { kind: "setValues", sheet: "Other", address: "A1", values: [["x"]] },
    ]);
    expect(after.values[3]).toEqual(["", "c", 0]);
    expect(after.merges.map(rangeA1).sort()).toEqual(["A2:A4", "C2:C3"]);
    expect(after.formulas[4]?.[2]).toBe("=SUM(C2:C4)");
  });
});
