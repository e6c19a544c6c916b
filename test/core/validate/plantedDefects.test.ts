/**
 * The seed plan with one defect planted at a time, the kind staff really make: each is found, at its
 * cell, on top of the seed's own two errors and nothing else. Guards the precision work (issue 12)
 * against silencing real problems.
 */
import * as fs from "fs";
import * as path from "path";
import { parseA1 } from "../../../src/core/address";
import { analyzeSheet } from "../../../src/core/analyze";
import { seasonRules } from "../../../src/core/catalog";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { standardCatalog } from "../../../src/app/katalog";
import { xlsxSnapshots } from "../../helpers/xlsxSnapshot";

const FIXTURE = path.resolve(__dirname, "../../../../shared/fixtures/rak-prabumulih-2024.xlsx");
const present = fs.existsSync(FIXTURE);

/** A copy of `snapshot` with the given cells ("D11": value) set. */
function planted(snapshot: SheetSnapshot, cells: Record<string, CellValue>): SheetSnapshot {
  const values = snapshot.values.map((r) => [...r]);
  for (const [address, value] of Object.entries(cells)) {
    const { row, col } = parseA1(address);
    const r = row - snapshot.origin.row;
    const c = col - snapshot.origin.col;
    while (values.length <= r) values.push([]);
    const line = values[r] as CellValue[];
    while (line.length <= c) line.push("");
    line[c] = value;
  }
  return { ...snapshot, values };
}

function valueAt(snapshot: SheetSnapshot, address: string): CellValue {
  const { row, col } = parseA1(address);
  return snapshot.values[row - snapshot.origin.row]?.[col - snapshot.origin.col] ?? "";
}

const months = (row: number, marks: Record<string, string>): Record<string, CellValue> => {
  const out: Record<string, CellValue> = {};
  for (const col of "FGHIJKLMNOPQ") out[`${col}${row}`] = marks[col] ?? "";
  return out;
};

(present ? describe : describe.skip)("the seed plan with a defect planted", () => {
  let seed: SheetSnapshot;
  beforeAll(async () => {
    const [snapshot] = await xlsxSnapshots(FIXTURE);
    if (!snapshot) throw new Error("no sheet");
    seed = snapshot;
  });
  const extraRules = seasonRules(standardCatalog());
  const found = (s: SheetSnapshot) =>
    analyzeSheet(s, { extraRules }).findings.map((f) => `${f.rule} ${f.severity} ${f.address}`);

  const BASE = ["meta.yearMismatch error D5", "row.noMonth error F33:Q33"];

  // [what staff got wrong, the cells, the finding it must add]
  const CASES: [string, (seed: SheetSnapshot) => Record<string, CellValue>, string][] = [
    ["a target left empty", () => ({ D11: "" }), "row.targetMissing error D11"],
    ["a kegiatan left empty", () => ({ E11: "" }), "row.kegiatanMissing error E11"],
    ["an indicator left empty", () => ({ C11: "" }), "row.indicatorMissing error C11"],
    ["a pelaksana left empty", () => ({ S42: "" }), "row.pelaksanaMissing warning S42"],
    ["a row's months all cleared", () => months(11, {}), "row.noMonth error F11:Q11"],
    ["a month cell typed wrong", () => ({ G11: "x?" }), "row.periodInvalid warning G11"],
    ["a negative block budget", () => ({ R10: -5 }), "block.budgetNegative error R10"],
    ["a block budget left empty", () => ({ R10: "" }), "block.budgetMissing error R10"],
    ["a block budget written in words", () => ({ R10: "dua juta" }), "block.budgetUnreadable error R10"],
    [
      "a sasaran without its (code)",
      () => ({ B10: "Perencanaan Program dan Anggaran" }),
      "block.codeMissing warning B10",
    ],
    ["a sasaran number skipped", () => ({ A13: 3 }), "block.numberSkipped error A13"],
    ["a sasaran number left out", () => ({ A13: "" }), "block.numberMissing error A13"],
    ["a percentage target over 100", () => ({ D14: 250 }), "row.targetPercentRange error D14"],
    [
      "an indicator repeated in its block",
      (seed) => ({ C11: valueAt(seed, "C10") }),
      "row.indicatorDuplicate warning C11",
    ],
    ["the unit line left blank", () => ({ B4: "", C4: "", D4: "" }), "meta.unitMissing warning A1"],
    // The campaign (6870) ran in Jan-Feb (Pemilu) and Sep-Dec (Pilkada) of 2024: May is in neither window.
    [
      "a campaign kegiatan planned between the campaigns",
      () => months(17, { J: "v" }),
      "season.outsideWindow warning F17:Q17",
    ],
  ];

  it("as it is: its own two errors and nothing else", () => {
    expect(found(seed)).toEqual(BASE);
  });

  it.each(CASES)("%s is found at its cell", (_what, cells, expected) => {
    const findings = found(planted(seed, cells(seed)));
    expect(findings).toContain(expected);
    for (const f of BASE) expect(findings).toContain(f);
  });
});
