/**
 * Moving around the grid as in Excel: arrow keys step over merged areas, a click on a merged cell
 * selects the whole area, Shift+click stretches the selection to whole merges. Pure functions over
 * the sheet's merges; addresses are A1 ("F33", "F33:Q33").
 */
import { rangeA1 } from "../../core/address";
import { MAX_COLS, MAX_ROWS, type RangeRef } from "../../host/model/address";

export type Direction = "up" | "down" | "left" | "right";

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export function mergeAt(merges: readonly RangeRef[], row: number, col: number): RangeRef | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The cell, or the merged area it is part of. */
export function areaAt(merges: readonly RangeRef[], row: number, col: number): RangeRef {
  return mergeAt(merges, row, col) ?? { top: row, left: col, bottom: row, right: col };
}

/**
 * The cell one step from `from` (leaving its merged area by the far edge), landing on the top-left
 * of a merged area it enters. Stays put at the sheet's edges.
 */
export function step(merges: readonly RangeRef[], from: CellPos, direction: Direction): CellPos {
  const here = areaAt(merges, from.row, from.col);
  let { row, col } = from;
  if (direction === "up") row = here.top - 1;
  if (direction === "down") row = here.bottom + 1;
  if (direction === "left") col = here.left - 1;
  if (direction === "right") col = here.right + 1;
  if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) return { row: here.top, col: here.left };
  const there = areaAt(merges, row, col);
  return { row: there.top, col: there.left };
}

/** The smallest rectangle holding `rect` and every merged area it touches (Excel never cuts a merge). */
export function growToMerges(merges: readonly RangeRef[], rect: RangeRef): RangeRef {
  let out = rect;
  let grown = true;
  while (grown) {
    grown = false;
    for (const m of merges) {
      const touches = m.top <= out.bottom && out.top <= m.bottom && m.left <= out.right && out.left <= m.right;
      if (!touches) continue;
      const next = {
        top: Math.min(out.top, m.top),
        left: Math.min(out.left, m.left),
        bottom: Math.max(out.bottom, m.bottom),
        right: Math.max(out.right, m.right),
      };
      if (next.top !== out.top || next.left !== out.left || next.bottom !== out.bottom || next.right !== out.right) {
        out = next;
        grown = true;
      }
    }
  }
  return out;
}

/** Shift+click: from the active cell to `to`, grown to whole merges. */
export function stretch(merges: readonly RangeRef[], from: CellPos, to: CellPos): RangeRef {
  return growToMerges(merges, {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  });
}

export function addressOf(rect: RangeRef): string {
  return rangeA1(rect);
}
