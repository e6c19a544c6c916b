/**
 * How a row insert or delete maps rows and rectangles: the arithmetic every row-following thing in
 * the model shares (cells and merges in rows.ts, charts, kept file elements in kept.ts).
 */
import type { RangeRef } from "./address";

/**
 * One row edit as applied to a sheet: `count` rows inserted (count > 0) or deleted (count < 0) at
 * row `at`, across whole rows or only columns left..right (Range.insert/delete on part of rows).
 */
export interface RowEdit {
  readonly at: number;
  readonly count: number;
  readonly whole: boolean;
  readonly left: number;
  readonly right: number;
}

/** Maps a row through an insertion of `count` rows before row `at`. */
export function insertedRow(row: number, at: number, count: number): number {
  return row >= at ? row + count : row;
}

/** Maps a row through deleting rows [at, at + count); null when the row itself is deleted. */
export function rowAfterDelete(row: number, at: number, count: number): number | null {
  if (row < at) return row;
  if (row >= at + count) return row - count;
  return null;
}

/** Maps a rectangle through a row insertion; a rectangle spanning the insertion point grows. */
export function rectAfterInsert(rect: RangeRef, at: number, count: number): RangeRef {
  return { ...rect, top: insertedRow(rect.top, at, count), bottom: insertedRow(rect.bottom, at, count) };
}

/** Maps a rectangle through deleting rows [at, at + count); null when nothing of it is left. */
export function rectAfterDelete(rect: RangeRef, at: number, count: number): RangeRef | null {
  const last = at + count - 1;
  const top = rect.top < at ? rect.top : rect.top > last ? rect.top - count : at;
  const bottom = rect.bottom < at ? rect.bottom : rect.bottom > last ? rect.bottom - count : at - 1;
  return bottom < top ? null : { ...rect, top, bottom };
}

/**
 * A rectangle through an edit: whole-row edits move or resize every rectangle; a part-row edit moves
 * only rectangles lying wholly inside its columns (one sticking out stays put, as in Excel).
 * Null when the edit deleted all of it.
 */
export function rectThroughEdit(rect: RangeRef, edit: RowEdit): RangeRef | null {
  if (!edit.whole && (rect.left < edit.left || rect.right > edit.right)) return rect;
  return edit.count > 0 ? rectAfterInsert(rect, edit.at, edit.count) : rectAfterDelete(rect, edit.at, -edit.count);
}

/**
 * A row position through an edit (whole rows only move such positions): null when the row was
 * deleted and `keep` is false, else the row the deletion closed up to.
 */
export function rowThroughEdit(row: number, edit: RowEdit, keep: boolean): number | null {
  if (!edit.whole) return row;
  if (edit.count > 0) return insertedRow(row, edit.at, edit.count);
  const mapped = rowAfterDelete(row, edit.at, -edit.count);
  return mapped ?? (keep ? edit.at : null);
}
