import { cellCss } from "../../../src/workbench/grid/cellCss";

describe("cellCss: a cell's style as Excel draws it", () => {
  it("aligns General cells as Excel does: numbers right, text left, booleans and errors centred", () => {
    const base = { style: undefined, edges: {}, look: undefined };
    expect(cellCss({ ...base, kind: "number" }).textAlign).toBe("right");
    expect(cellCss({ ...base, kind: "text" }).textAlign).toBe("left");
    expect(cellCss({ ...base, kind: "boolean" }).textAlign).toBe("center");
    expect(cellCss({ ...base, kind: "error" }).textAlign).toBe("center");
    expect(cellCss({ ...base, kind: "text" }).verticalAlign).toBe("bottom");
  });

  it("draws fonts, theme colours, solid fills, wrapping and the right and bottom borders", () => {
    const css = cellCss({
      kind: "text",
      style: {
        font: { name: "Arial", size: 14, bold: true, italic: true, underline: true, color: { theme: 1 } },
        fill: { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.7999816888943144 } },
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      },
      edges: {
        top: { style: "thin" },
        right: { style: "medium", color: { argb: "FFFF0000" } },
        bottom: { style: "double" },
      },
      look: undefined,
    });
    expect(css).toMatchObject({
      fontFamily: '"Arial", Calibri, Carlito, "Segoe UI", Arial, sans-serif',
      fontSize: "14pt",
      fontWeight: 700,
      fontStyle: "italic",
      textDecoration: "underline",
      color: "#000000",
      backgroundColor: "#DAE3F3",
      textAlign: "center",
      verticalAlign: "middle",
      whiteSpace: "pre-wrap",
      borderRight: "2px solid #FF0000",
      borderBottom: "3px double #000000",
    });
    // The top edge is the bottom of the cell above, which draws it.
    expect(css.borderTop).toBeUndefined();
  });

  it("lets a conditional format's look win over the cell's own fill", () => {
    const css = cellCss({
      kind: "text",
      style: { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } },
      edges: {},
      look: { fill: "#FDE7E9", bold: true },
    });
    expect(css.backgroundColor).toBe("#FDE7E9");
    expect(css.fontWeight).toBe(700);
  });
});
