import type { RangeRef } from "../address";
import type { Plan } from "../model";
import { Grid, isBlankValue } from "../reader/grid";
import type { SheetSnapshot } from "../snapshot";
import { tableEnd } from "../rollover/blocks";

/**
 * Blank rows allowed between the table and the signature block, and inside it (the space left for
 * the signature itself). Text further down is not part of the printed plan.
 */
const MAX_GAP = 8;

/**
 * What gets printed: from the first line above the table (the title) to the end of the signature
 * block, and from the leftmost to the rightmost column any of it uses. The reader's signature lines
 * count even when the scan would stop earlier; a signature it cannot read (a date whose day is
 * still "…") is found by the scan.
 */
export function printExtent(plan: Plan, snapshot: SheetSnapshot): RangeRef {
  const grid = new Grid(snapshot);
  const { header } = plan;
  let top = header.firstRow;
  for (let r = Math.max(grid.top, 0); r < header.firstRow; r++) {
    if (rowHasContent(grid, r)) {
      top = r;
      break;
    }
  }

  const end = tableEnd(plan);
  let bottom = end;
  let gap = 0;
  for (let r = end + 1; r <= grid.bottom && gap <= MAX_GAP; r++) {
    if (rowHasContent(grid, r)) {
      bottom = r;
      gap = 0;
    } else gap++;
  }
  const sig = plan.meta.signature;
  for (const line of [sig.placeDate, sig.position, sig.name, sig.nip]) if (line) bottom = Math.max(bottom, line.row);

  let left = header.firstCol;
  let right = header.lastCol;
  const outside = (r: number): boolean => r < header.firstRow || r > end;
  for (let r = top; r <= bottom; r++) {
    if (!outside(r)) continue;
    for (let c = grid.left; c <= grid.right; c++) {
      if (isBlankValue(grid.value(r, c))) continue;
      const m = grid.merge(r, c);
      left = Math.min(left, m ? m.left : c);
      right = Math.max(right, m ? m.right : c);
    }
  }
  // A merged cell that starts inside the area and runs below it (a tall signature box) is printed whole.
  for (const m of snapshot.merges) if (m.top <= bottom && m.bottom > bottom && m.top >= top) bottom = m.bottom;
  return { top, left, bottom, right };
}

function rowHasContent(grid: Grid, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) if (!isBlankValue(grid.value(row, c))) return true;
  return false;
}
