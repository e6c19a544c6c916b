import { applyPlanned } from "../../../src/app/applyPlanned";
import type { Sheet } from "../../../src/host/model/sheet";
import {
  buildGridView,
  GRID_LIMITS,
  gridLayout,
  type GridCellView,
  type GridView,
} from "../../../src/workbench/grid/gridView";
import { ID_ID } from "../../../src/workbench/grid/locale";
import { hostFrom } from "../../host/grid";

/** The drawn cell at an address ("F33"), or undefined when a merge covers it. */
function at(view: GridView, address: string): GridCellView | undefined {
  for (const row of view.rows) for (const cell of row.cells) if (cell.address === address) return cell;
  return undefined;
}

function viewOf(sheets: Parameters<typeof hostFrom>[0], name = Object.keys(sheets)[0] as string) {
  const host = hostFrom(sheets);
  const sheet = host.workbook.sheetByName(name) as Sheet;
  return { host, sheet, view: () => buildGridView(host.workbook, sheet) };
}

describe("buildGridView", () => {
  it("draws a blank sheet as a page of empty cells from A1", () => {
    const { view } = viewOf({ Sheet1: [] });
    const v = view();
    expect(v.columns.map((c) => c.letter)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]);
    expect(v.rows).toHaveLength(30);
    expect(v.rows[0]?.cells).toHaveLength(10);
    expect(at(v, "A1")).toMatchObject({
      text: "",
      kind: "empty",
      rowSpan: 1,
      colSpan: 1,
      active: true,
      selected: true,
    });
    expect(v.truncated).toBe(false);
  });

  it("draws past the used range with room to type: 10 rows and 3 columns more", () => {
    const rows: (string | null)[][] = [];
    rows[49] = [null, null, null, null, "last"];
    const { view } = viewOf({ Sheet1: rows.map((r) => r ?? []) });
    const v = view();
    expect(v.extent).toEqual({ top: 0, left: 0, bottom: 59, right: 9 });
    expect(at(v, "E50")?.text).toBe("last");
  });

  it("spans merged areas (rowspan/colspan) and leaves out the cells they cover", () => {
    const { view } = viewOf({
      Sheet1: {
        rows: [["RENCANA AKSI KINERJA"], [], [1, "Sasaran (6709)"], [], []],
        merges: ["A1:S1", "A3:A5", "B3:B5"],
      },
    });
    const v = view();
    expect(at(v, "A1")).toMatchObject({ colSpan: 19, rowSpan: 1, text: "RENCANA AKSI KINERJA" });
    expect(at(v, "A1")?.merge).toEqual({ top: 0, left: 0, bottom: 0, right: 18 });
    expect(at(v, "B1")).toBeUndefined();
    expect(at(v, "S1")).toBeUndefined();
    expect(at(v, "A3")).toMatchObject({ rowSpan: 3, colSpan: 1, text: "1", kind: "number" });
    expect(at(v, "A4")).toBeUndefined();
    expect(at(v, "C4")).toBeDefined();
    // Row 4 draws only what the merges above leave: C4 onwards.
    expect(v.rows[3]?.cells[0]?.address).toBe("C4");
  });

  it("shows values as Excel displays them under their number format", () => {
    const { sheet, view } = viewOf({ Sheet1: [[822654000, 95, "v", true, "=1/0", "=A1*2"]] });
    sheet.ensureCell(0, 0).style = { numFmt: "#,##0" };
    const v = view();
    expect(at(v, "A1")).toMatchObject({ text: "822,654,000", kind: "number", editText: "822654000" });
    expect(at(v, "B1")).toMatchObject({ text: "95", kind: "number" });
    expect(at(v, "C1")).toMatchObject({ text: "v", kind: "text" });
    expect(at(v, "D1")).toMatchObject({ text: "TRUE", kind: "boolean" });
    expect(at(v, "E1")).toMatchObject({ text: "#DIV/0!", kind: "error", editText: "=1/0" });
    expect(at(v, "F1")).toMatchObject({ text: "1645308000", kind: "number", editText: "=A1*2" });
  });

  it("marks the selection (merged areas it touches included), its active cell and its headers", () => {
    const { sheet, view } = viewOf({ Sheet1: { rows: [[], [], [1, "a"], [], []], merges: ["A3:A5"] } });
    sheet.selection = { top: 2, left: 0, bottom: 3, right: 2 };
    const v = view();
    const selected = v.rows.flatMap((r) => r.cells.filter((c) => c.selected).map((c) => c.address));
    expect(selected).toEqual(["A3", "B3", "C3", "B4", "C4"]);
    expect(v.rows.flatMap((r) => r.cells.filter((c) => c.active).map((c) => c.address))).toEqual(["A3"]);
    expect(v.active).toEqual({ row: 2, col: 0 });
    expect(v.columns.filter((c) => c.selected).map((c) => c.letter)).toEqual(["A", "B", "C"]);
    expect(v.rows.filter((r) => r.selected).map((r) => r.index)).toEqual([2, 3]);
  });

  it("gives each cell the edges it shares: a border stored on either neighbour, a merge's from its last row and column", () => {
    const { sheet, view } = viewOf({ Sheet1: { rows: [["a", "b"], ["c"], [], []], merges: ["A3:B4"] } });
    sheet.ensureCell(0, 1).style = { border: { left: { style: "medium", color: { argb: "FFFF0000" } } } };
    sheet.ensureCell(1, 0).style = { border: { top: { style: "thin" } } };
    sheet.ensureCell(3, 1).style = { border: { right: { style: "thick" } } };
    sheet.ensureCell(3, 0).style = { border: { bottom: { style: "double" } } };
    const v = view();
    expect(at(v, "A1")?.edges).toEqual({
      right: { style: "medium", color: { argb: "FFFF0000" } },
      bottom: { style: "thin" },
    });
    expect(at(v, "B1")?.edges).toEqual({ left: { style: "medium", color: { argb: "FFFF0000" } } });
    // The merge A3:B4 takes its right edge from B3 (none) and its bottom from A4.
    expect(at(v, "A3")?.edges).toEqual({ bottom: { style: "double" } });
  });

  it("lets unwrapped text run on over empty cells to its right, without gridlines under it", () => {
    const { sheet, view } = viewOf({
      Sheet1: [["Nama /Unit Organisasi : Sekretariat", null, null, "x", "y"], ["wrapped"]],
    });
    sheet.ensureCell(1, 0).style = { alignment: { wrapText: true } };
    const v = view();
    const widths = v.columns.slice(0, 3).reduce((w, c) => w + c.widthPx, 0);
    expect(at(v, "A1")?.spillPx).toBe(widths);
    expect([at(v, "A1")?.runsOn, at(v, "B1")?.runsOn, at(v, "C1")?.runsOn, at(v, "D1")?.runsOn]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(at(v, "D1")?.spillPx).toBeNull(); // E1 holds "y"
    expect(at(v, "A2")?.spillPx).toBeNull();
  });

  it("uses the sheet's column widths and row heights, in pixels", () => {
    const { sheet, view } = viewOf({ Sheet1: [["a"]] });
    sheet.colProps.set(0, { size: 5 });
    sheet.colProps.set(1, { size: 34, hidden: true });
    sheet.rowProps.set(0, { size: 30 });
    const v = view();
    expect(v.columns[0]?.widthPx).toBe(35); // a stored width of 5 is 4.29 characters, 35 px in Excel
    expect(v.columns[1]).toMatchObject({ widthPx: 238, hidden: true });
    expect(v.columns[2]?.widthPx).toBe(64); // Excel's standard 8.43 characters
    expect(v.rows[0]?.heightPx).toBe(40);
    expect(v.rows[1]?.heightPx).toBe(20);
  });

  it("spans every row of the sheet, however many; columns stop at GRID_LIMITS.cols and say so", () => {
    const rows: (string | null)[][] = Array.from({ length: 2500 }, () => []);
    rows[2499] = ["last"];
    const wide: (string | null)[] = [];
    wide[GRID_LIMITS.cols + 4] = "far";
    rows[0] = wide;
    const { sheet, view } = viewOf({ Sheet1: rows });
    const v = view();
    expect(v.truncated).toBe(true);
    expect(v.extent).toEqual({ top: 0, left: 0, bottom: 2509, right: GRID_LIMITS.cols - 1 });
    expect(v.rows).toHaveLength(2510);
    expect(at(v, "A2500")?.text).toBe("last");
    expect(gridLayout(sheet).rowTops).toHaveLength(2511);
  });

  it("draws only the rows of a window, with every row's top edge for the scroll height", () => {
    const rows: (string | null)[][] = Array.from({ length: 2000 }, (_, i) => [`r${i + 1}`]);
    const { sheet, host } = viewOf({ Sheet1: rows });
    sheet.rowProps.set(3, { size: 30 });
    sheet.rowProps.set(4, { hidden: true });
    const v = buildGridView(host.workbook, sheet, { window: { top: 1500, bottom: 1549 } });
    expect(v.window).toEqual({ top: 1500, bottom: 1549 });
    expect(v.rows.map((r) => r.index)).toEqual(Array.from({ length: 50 }, (_, i) => 1500 + i));
    expect(at(v, "A1501")?.text).toBe("r1501");
    expect(at(v, "A1")).toBeUndefined();
    // 20 px rows, row 4 at 30 pt (40 px), row 5 hidden (no height).
    expect(v.rowTops.slice(0, 7)).toEqual([0, 20, 40, 60, 100, 100, 120]);
    expect(v.rowTops.at(-1)).toBe(2009 * 20 + 20);
  });

  it("a window whose top cuts a merged area is drawn from the area's top row, so the merge is whole", () => {
    const rows: (string | number | null)[][] = Array.from({ length: 60 }, () => []);
    rows[9] = [1, "Sasaran (6709)"];
    const { sheet, host } = viewOf({ Sheet1: { rows, merges: ["A10:A14", "B12:B20"] } });
    const v = buildGridView(host.workbook, sheet, { window: { top: 14, bottom: 25 } });
    // Row 15 cuts B12:B20: drawn from row 12, which cuts A10:A14 in turn: drawn from row 10.
    expect(v.window).toEqual({ top: 9, bottom: 25 });
    expect(at(v, "A10")).toMatchObject({ rowSpan: 5, text: "1" });
    expect(at(v, "B12")).toMatchObject({ rowSpan: 9 });
    // A window's bottom cuts a merge by shortening its row span.
    const cut = buildGridView(host.workbook, sheet, { window: { top: 0, bottom: 11 } });
    expect(at(cut, "A10")).toMatchObject({ rowSpan: 3 }); // rows 10 to 12 of A10:A14
  });

  it("shows numbers as Excel does under Indonesian regional settings, the format codes unchanged", () => {
    const { sheet, host } = viewOf({ Sheet1: [[312406404000, 0.5, 1234.5, -1500, 12.5, "1,5"]] });
    sheet.ensureCell(0, 0).style = { numFmt: "#,##0" };
    sheet.ensureCell(0, 2).style = { numFmt: "#,##0.00" };
    sheet.ensureCell(0, 3).style = { numFmt: '"Rp "#,##0;[Red]-"Rp "#,##0' };
    sheet.ensureCell(0, 4).style = { numFmt: "0.0%" };
    const v = buildGridView(host.workbook, sheet, { locale: ID_ID });
    expect(at(v, "A1")).toMatchObject({ text: "312.406.404.000", editText: "312406404000" });
    expect(at(v, "B1")).toMatchObject({ text: "0,5", editText: "0,5" });
    expect(at(v, "C1")?.text).toBe("1.234,50");
    expect(at(v, "D1")?.text).toBe("-Rp 1.500");
    expect(at(v, "E1")?.text).toBe("1250,0%");
    // Text that Indonesian typing would read as a number keeps Excel's apostrophe in the editor.
    expect(at(v, "F1")).toMatchObject({ text: "1,5", kind: "text", editText: "'1,5" });
  });

  it("shades cells where a Custom conditional format holds, as Sorot di lembar's do", async () => {
    const { host, view } = viewOf({
      Sheet1: [
        ["", 5],
        ["", 50],
        ["", 500],
      ],
    });
    await applyPlanned(host, "Sheet1", null, [
      { kind: "addConditionalFormat", sheet: "Sheet1", address: "D5", formula: '=N("rakit")+(1=1)', fill: "#FDE7E9" },
      { kind: "addConditionalFormat", sheet: "Sheet1", address: "A1:A3", formula: "=$B1>10", fill: "#FFF4CE" },
    ]);
    const v = view();
    expect(at(v, "D5")?.look).toEqual({ fill: "#FDE7E9" });
    expect(at(v, "D6")?.look).toBeUndefined();
    expect([at(v, "A1")?.look, at(v, "A2")?.look, at(v, "A3")?.look]).toEqual([
      undefined,
      { fill: "#FFF4CE" },
      { fill: "#FFF4CE" },
    ]);
  });
});
