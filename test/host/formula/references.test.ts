import { areaBounds, scanFormula, type RefPart } from "../../../src/host/formula/references";

const refs = (f: string): RefPart[] => scanFormula(f).filter((p): p is RefPart => p.type === "ref");

describe("scanFormula", () => {
  it("finds cells, ranges, whole columns and whole rows with their $ markers", () => {
    const found = refs("=A1+$B$2:C$3+R:R+$3:$5");
    expect(found.map((r) => r.text)).toEqual(["A1", "$B$2:C$3", "R:R", "$3:$5"]);
    expect(found[1]?.area).toEqual({
      kind: "range",
      a: { row: 1, col: 1, rowAbs: true, colAbs: true },
      b: { row: 2, col: 2, rowAbs: true, colAbs: false },
    });
    expect(found[3]?.area).toEqual({ kind: "rows", a: { row: 2, abs: true }, b: { row: 4, abs: true } });
  });

  it("keeps the sheet prefix with its reference", () => {
    const [r] = refs("=SUM('RAK 2024'!R10:R49)");
    expect(r?.prefix?.sheet).toBe("RAK 2024");
    expect(r?.text).toBe("'RAK 2024'!R10:R49");
    expect(areaBounds(r!.area)).toEqual({ top: 9, left: 17, bottom: 48, right: 17 });
  });

  it("leaves names, function names, strings and numbers alone", () => {
    expect(refs('=LOG10(Anggaran)+"B5"+TRUE+3+XFE1')).toEqual([]);
  });

  it("reads #REF! as a reference already lost, with or without a sheet", () => {
    expect(refs("=Rekap!#REF!+#REF!").map((r) => r.area.kind)).toEqual(["lost", "lost"]);
  });

  it("does not treat another workbook's sheet as one of ours", () => {
    expect(refs("=[1]Rekap!A1")).toEqual([]);
  });
});
