import { applyPlanned } from "../../../src/app/applyPlanned";
import type { Sheet } from "../../../src/host/model/sheet";
import { buildGridView, GRID_LIMITS, type GridCellView, type GridView } from "../../../src/workbench/grid/gridView";
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

  it("draws at most GRID_LIMITS and says the sheet was cut", () => {
    const rows: (string | null)[][] = Array.from({ length: GRID_LIMITS.rows + 5 }, () => []);
    rows[GRID_LIMITS.rows + 4] = ["far"];
    const { view } = viewOf({ Sheet1: rows });
    const v = view();
    expect(v.truncated).toBe(true);
    expect(v.rows).toHaveLength(GRID_LIMITS.rows);
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
