import { findHeader } from "../../../src/core/reader";
import { Grid } from "../../../src/core/reader/grid";
import { isColumnNumberRow, isRepeatedHeaderRow } from "../../../src/core/reader/repeats";
import { sheet } from "../../helpers/sheet";

// prettier-ignore
const HEAD = ["No", "Sasaran", "Indikator Kinerja", "Target", "Kegiatan", "B1", "B2", "B3", "Perkiraan Biaya", "Pelaksana"];

/** Row 1 the header, then the row under test as row 2. */
function test(row: readonly (string | number | null)[]) {
  const s = sheet([HEAD, row]);
  const header = findHeader(s);
  if (!header) throw new Error("no header");
  const grid = new Grid(s);
  return { numbers: isColumnNumberRow(grid, header, 1), header: isRepeatedHeaderRow(grid, header, 1) };
}

describe("rows a printed table repeats", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    [["(1)", "(2)", "(3)", "(4)", "(5)", "6-8", null, null, "(9)", "(10)"]],
    [[1, 2, 3, 5, 5, 6, 7, 8, 9, 10]],
    [[1, null, 3, null, 5, null, null, null, 9, 10]],
  ])("%j is a row of column numbers, typed right or not", (row) => {
    expect(test(row)).toEqual({ numbers: true, header: false });
  });

  it.each([
    [HEAD],
    [["No", "Sasaran", "Indikator Kinerja", "Target", "Kegiatan", null, null, null, "Perkiraan Biaya", "Pelaksana"]],
    [[null, null, null, null, null, "B1", "B2", "B3", null, null]],
  ])("%j is a repeated header", (row) => {
    expect(test(row)).toEqual({ numbers: false, header: true });
  });

  it.each([
    [[1, "Pembentukan Badan Adhoc (6867)", "Persentase KPPS", 100, "Pelantikan", "v", null, null, 1000, "Umum"]],
    [[null, null, "Persentase KPPS", 100, "Pelantikan", "v", null, null, null, "Umum"]],
    [[1, 2, 3]],
    [[3, null, null, 100, null, 1, 1, 1, 5000, null]],
  ])("%j is data, not a repeat", (row) => {
    expect(test(row)).toEqual({ numbers: false, header: false });
  });
});
