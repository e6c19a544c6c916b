import type { RangeRef } from "../core/address";

/**
 * Where a sheet's content is, when its used range is too big to read densely: one value typed in
 * XFD1048576 makes the used range the whole sheet, 17 billion cells, and Excel reports it the same
 * way. Asking for the used range of pieces of it (`Range.getUsedRangeOrNullObject`, the tight range
 * of the used cells inside a range) finds the blocks that hold anything, a few syncs for any sheet:
 * every round splits the still-large blocks into a grid of pieces and asks for all their used ranges
 * in one sync. Blocks near one another are one area; the largest area is the table, read as usual,
 * and the others are left out and reported (the core says so in a finding).
 *
 * Only the Office.js subset every supported Excel has (getRangeByIndexes, 1.7;
 * getUsedRangeOrNullObject, 1.4), so this runs the same on Excel and on the host.
 */

export interface Bounds {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface LocatedTable {
  /** The area to read densely. */
  readonly table: Bounds;
  /** Content left out of it (tight rectangles, 0-based). */
  readonly outside: RangeRef[];
}

/** A used range at most this many cells is read densely as it is (a 20,000-row plan is 380,000). */
export const DENSE_LIMIT_CELLS = 1_000_000;
/** Nor wider than this: a RAK table has a few dozen columns; 16,384 means a value far to the right. */
export const DENSE_LIMIT_COLUMNS = 256;

/** Whether a used range is too big to read as it is, and must be located first. */
export function needsLocating(used: Bounds): boolean {
  return used.rows * used.cols > DENSE_LIMIT_CELLS || used.cols > DENSE_LIMIT_COLUMNS;
}
/** A block is split again while it spans more cells than this. */
const BLOCK_CELLS = 20_000;
/** Pieces per side when a block is split; 16 × 16 pieces per block, per sync. */
const SPLIT = 16;
/** Rounds of splitting at most (each a sync); each splits what is still large sixteen ways per side. */
const MAX_ROUNDS = 10;
/** Requests per sync at most: each is two small commands, far below the 5 MB request limit. */
const MAX_PIECES_PER_SYNC = 2048;
/**
 * Blocks this close belong to one area: a RAK has blank rows between its title, table and
 * signatures, and may have a blank column before a remarks column; a stray value is farther away.
 */
const ROW_GAP = 50;
const COL_GAP = 5;

function cells(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function pieces(r: RangeRef): RangeRef[] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const rowStep = Math.ceil(rows / Math.min(SPLIT, rows));
  const colStep = Math.ceil(cols / Math.min(SPLIT, cols));
  const out: RangeRef[] = [];
  for (let top = r.top; top <= r.bottom; top += rowStep) {
    for (let left = r.left; left <= r.right; left += colStep) {
      out.push({
        top,
        left,
        bottom: Math.min(r.bottom, top + rowStep - 1),
        right: Math.min(r.right, left + colStep - 1),
      });
    }
  }
  return out;
}

function near(a: RangeRef, b: RangeRef): boolean {
  const rowGap = Math.max(0, b.top - a.bottom - 1, a.top - b.bottom - 1);
  const colGap = Math.max(0, b.left - a.right - 1, a.left - b.right - 1);
  return rowGap <= ROW_GAP && colGap <= COL_GAP;
}

/** Groups blocks into areas of blocks near one another. */
function areas(blocks: readonly RangeRef[]): RangeRef[][] {
  const groups: RangeRef[][] = [];
  for (const block of blocks) {
    const joined = groups.filter((g) => g.some((b) => near(b, block)));
    const merged = [block, ...joined.flat()];
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

function bounding(blocks: readonly RangeRef[]): RangeRef {
  return {
    top: Math.min(...blocks.map((b) => b.top)),
    left: Math.min(...blocks.map((b) => b.left)),
    bottom: Math.max(...blocks.map((b) => b.bottom)),
    right: Math.max(...blocks.map((b) => b.right)),
  };
}

export async function locateTable(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  used: Bounds,
): Promise<LocatedTable> {
  const blocks: RangeRef[] = [];
  const whole = { top: used.row, left: used.col, bottom: used.row + used.rows - 1, right: used.col + used.cols - 1 };
  await locateRound(context, worksheet, pieces(whole), blocks, 0);
  const groups = areas(blocks);
  if (groups.length === 0) return { table: used, outside: [] };
  const weight = (g: RangeRef[]): number => g.reduce((n, b) => n + cells(b), 0);
  const main = groups.reduce((best, g) => (weight(g) > weight(best) ? g : best));
  const table = bounding(main);
  return {
    table: { row: table.top, col: table.left, rows: table.bottom - table.top + 1, cols: table.right - table.left + 1 },
    outside: groups
      .filter((g) => g !== main)
      .map(bounding)
      .sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

/**
 * One round: the used ranges of up to MAX_PIECES_PER_SYNC pieces in one sync; blocks still large are
 * split for the next round. One sync per round is the point (the rounds are few: a round divides
 * what is left sixteen ways per side), so the recursion here is deliberate, as in readSnapshot.
 */
async function locateRound(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  queue: readonly RangeRef[],
  blocks: RangeRef[],
  round: number,
): Promise<void> {
  if (queue.length === 0) return;
  const now = queue.slice(0, MAX_PIECES_PER_SYNC);
  const next = queue.slice(MAX_PIECES_PER_SYNC);
  const asked = now.map((p) => {
    const range = worksheet
      .getRangeByIndexes(p.top, p.left, p.bottom - p.top + 1, p.right - p.left + 1)
      .getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  for (const range of asked) {
    if (range.isNullObject) continue;
    const found = {
      top: range.rowIndex,
      left: range.columnIndex,
      bottom: range.rowIndex + range.rowCount - 1,
      right: range.columnIndex + range.columnCount - 1,
    };
    // Small enough, or enough rounds: a block as found (the sheet's content is that dense).
    if (cells(found) <= BLOCK_CELLS || round >= MAX_ROUNDS) blocks.push(found);
    else next.push(...pieces(found));
  }
  return locateRound(context, worksheet, next, blocks, round + 1);
}
