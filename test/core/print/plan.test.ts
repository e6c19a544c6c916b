import { planPrintSetup, printExtent } from "../../../src/core/print";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { planOf } from "../validate/rakSheet";
import { smallPlan } from "../rollover/seedGrid";
import { parseA1, rangeA1 } from "../../../src/core/address";

const extent = (snapshot: SheetSnapshot): string => rangeA1(printExtent(planOf(snapshot), snapshot));

function withCells(snapshot: SheetSnapshot, cells: Record<string, string>): SheetSnapshot {
  const values = snapshot.values.map((r) => [...r]);
  for (const [address, value] of Object.entries(cells)) {
    const { row, col } = parseA1(address);
    while (values.length <= row) values.push([]);
    const line = values[row] as (string | number | boolean | { error: never })[];
    while (line.length <= col) line.push("");
    line[col] = value;
  }
  const width = Math.max(...values.map((r) => r.length));
  const padded = values.map((r) => [...r, ...Array(width - r.length).fill("")]);
  return {
    ...snapshot,
    values: padded,
    formulas: padded.map((r) => r.map(() => "")),
    numberFormats: padded.map((r) => r.map(() => "General")),
  };
}

describe("planPrintSetup", () => {
  test("one batch: Rakit's highlights off, then landscape Folio, the area, title rows, 1 page wide, page numbers", () => {
    const snapshot = smallPlan();
    const setup = planPrintSetup(planOf(snapshot), snapshot);
    expect(setup.edits).toEqual([
      { kind: "removeConditionalFormats", sheet: "RAK 2024" },
      {
        kind: "pageLayout",
        sheet: "RAK 2024",
        layout: {
          orientation: "landscape",
          paper: "folio",
          printArea: "A1:S19",
          titleRows: { first: 5, last: 5 },
          fitToPagesWide: 1,
          centerFooter: "Halaman &P dari &N",
        },
      },
    ]);
    expect(setup.titleRowsA1).toBe("$6:$6");
  });

  test("A4 on request; the footer in English when asked", () => {
    const snapshot = smallPlan();
    const setup = planPrintSetup(planOf(snapshot), snapshot, { paper: "a4", lang: "en" });
    expect(setup.layout).toMatchObject({ paper: "a4", centerFooter: "Page &P of &N" });
  });

  test("the title rows run from the first header row to the column-number row", () => {
    const snapshot = smallPlan();
    const plan = planOf(snapshot);
    const numbered = { ...plan, header: { ...plan.header, firstRow: 5, lastRow: 6, numberRow: 7 } };
    expect(planPrintSetup(numbered, snapshot).titleRowsA1).toBe("$6:$8");
  });

  test("the area ends with the signature block, even one the reader cannot read", () => {
    expect(extent(smallPlan())).toBe("A1:S19");
    // A reopened date ("…") is not a signature to the reader; the block still prints whole.
    expect(extent(withCells(smallPlan(), { N14: "Prabumulih, … Januari 2025" }))).toBe("A1:S19");
  });

  test("text far below the signature block is not part of the plan's print", () => {
    expect(extent(withCells(smallPlan(), { B40: "catatan lama" }))).toBe("A1:S19");
    expect(extent(withCells(smallPlan(), { B25: "Catatan: anggaran sementara" }))).toBe("A1:S25");
  });

  test("a line wider than the table widens the area", () => {
    expect(extent(withCells(smallPlan(), { U15: "Mengetahui," }))).toBe("A1:U19");
  });
});
