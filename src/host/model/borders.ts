/**
 * Borders in Office.js terms (`Excel.BorderIndex`, `BorderLineStyle`, `BorderWeight`) over the
 * per-cell SpreadsheetML edges the model stores.
 */
import type { RangeRef } from "./address";
import type { Sheet } from "./sheet";
import { PatchCache, type BorderEdge, type CellStyle, type StylePatch } from "./style";

export type BorderIndex =
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideVertical"
  | "InsideHorizontal"
  | "DiagonalDown"
  | "DiagonalUp";

export const BORDER_INDEXES: readonly BorderIndex[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export type LineStyle = "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";
export type Weight = "Hairline" | "Thin" | "Medium" | "Thick";

const FROM_OOXML: Record<string, [LineStyle, Weight]> = {
  thin: ["Continuous", "Thin"],
  medium: ["Continuous", "Medium"],
  thick: ["Continuous", "Thick"],
  hair: ["Continuous", "Hairline"],
  dotted: ["Dot", "Thin"],
  dashed: ["Dash", "Thin"],
  mediumDashed: ["Dash", "Medium"],
  dashDot: ["DashDot", "Thin"],
  mediumDashDot: ["DashDot", "Medium"],
  dashDotDot: ["DashDotDot", "Thin"],
  mediumDashDotDot: ["DashDotDot", "Medium"],
  slantDashDot: ["SlantDashDot", "Medium"],
  double: ["Double", "Thick"],
};

export function officeBorder(edge: BorderEdge | undefined): { style: LineStyle; weight: Weight } {
  const found = edge?.style ? FROM_OOXML[edge.style] : undefined;
  if (!found) return { style: "None", weight: "Thin" };
  return { style: found[0], weight: found[1] };
}

/** The SpreadsheetML style for an Office line style and weight; undefined for "None". */
export function ooxmlBorderStyle(style: LineStyle, weight: Weight): string | undefined {
  const heavy = weight === "Medium" || weight === "Thick";
  switch (style) {
    case "None":
      return undefined;
    case "Continuous":
      return weight === "Hairline" ? "hair" : weight === "Medium" ? "medium" : weight === "Thick" ? "thick" : "thin";
    case "Dash":
      return heavy ? "mediumDashed" : "dashed";
    case "DashDot":
      return heavy ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return heavy ? "mediumDashDotDot" : "dashDotDot";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "SlantDashDot":
      return "slantDashDot";
  }
}

type Side = "top" | "bottom" | "left" | "right" | "diagonal";

/** The cells and cell edges a border index covers in a rectangle. */
export function edgesOf(index: BorderIndex, rect: RangeRef): { row: number; col: number; side: Side }[] {
  const out: { row: number; col: number; side: Side }[] = [];
  const cols = (row: number, side: Side): void => {
    for (let c = rect.left; c <= rect.right; c++) out.push({ row, col: c, side });
  };
  const rows = (col: number, side: Side): void => {
    for (let r = rect.top; r <= rect.bottom; r++) out.push({ row: r, col, side });
  };
  switch (index) {
    case "EdgeTop":
      cols(rect.top, "top");
      break;
    case "EdgeBottom":
      cols(rect.bottom, "bottom");
      break;
    case "EdgeLeft":
      rows(rect.left, "left");
      break;
    case "EdgeRight":
      rows(rect.right, "right");
      break;
    case "InsideHorizontal":
      for (let r = rect.top; r < rect.bottom; r++) {
        cols(r, "bottom");
        cols(r + 1, "top");
      }
      break;
    case "InsideVertical":
      for (let c = rect.left; c < rect.right; c++) {
        rows(c, "right");
        rows(c + 1, "left");
      }
      break;
    case "DiagonalDown":
    case "DiagonalUp":
      for (let r = rect.top; r <= rect.bottom; r++) cols(r, "diagonal");
      break;
  }
  return out;
}

/** The edge a cell style shows on one side (diagonals only in their direction). */
export function edgeOf(style: CellStyle | undefined, side: Side, index: BorderIndex): BorderEdge | undefined {
  const edge = style?.border?.[side];
  if (side !== "diagonal" || !edge) return edge;
  const d = style?.border?.diagonal;
  if (index === "DiagonalDown" && !d?.down) return undefined;
  if (index === "DiagonalUp" && !d?.up) return undefined;
  return edge;
}

/** Sets (or with null removes) one border index's edges on a rectangle. */
export function setBorder(sheet: Sheet, rect: RangeRef, index: BorderIndex, edge: BorderEdge | null): void {
  const caches = new Map<Side, PatchCache>();
  for (const { row, col, side } of edgesOf(index, rect)) {
    let cache = caches.get(side);
    if (!cache) {
      const patch: StylePatch =
        side === "diagonal"
          ? {
              border: {
                diagonal: edge ? { ...edge, ...(index === "DiagonalDown" ? { down: true } : { up: true }) } : null,
              },
            }
          : { border: { [side]: edge } };
      cache = new PatchCache(patch);
      caches.set(side, cache);
    }
    const cell = sheet.ensureCell(row, col);
    cell.style = cache.apply(cell.style);
  }
}
