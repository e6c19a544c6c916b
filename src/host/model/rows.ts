/**
 * Inserting and deleting rows in one sheet, as Excel does it: cells, styles, row heights, merges,
 * conditional-format ranges, print areas and what the sheet keeps from its file (comments,
 * validations, hyperlinks, the autofilter, drawing anchors: see kept.ts) move with their rows. Formula text is rewritten by the
 * workbook (every sheet may refer to the edited one), see Workbook.insertRows.
 *
 * What Excel does with a merge that the edit cuts (https://support.microsoft.com, "Insert or delete
 * cells, rows, and columns"; observed in Excel for the web and desktop):
 * - inserting whole rows inside a merged area grows the merge; above it, the merge moves down;
 * - deleting whole rows that hold part of a merge shrinks it (removes it when one cell is left);
 * - inserting or deleting cells (not whole rows) that would cut a merge fails with
 *   InsertDeleteConflict.
 */
import { MAX_ROWS, intersect, isEntireRows, type RangeRef } from "./address";
import { officeError } from "../errors";
import { shiftKept } from "./kept";
import { insertedRow, rectAfterDelete, rectAfterInsert, type RowEdit } from "./rowMath";
import type { Cell, LineProps, Sheet } from "./sheet";

export { insertedRow, rectAfterDelete, rectAfterInsert } from "./rowMath";

function isSingleCell(r: RangeRef): boolean {
  return r.top === r.bottom && r.left === r.right;
}

/** The column span an edit shifts: all columns for whole rows, else the range's columns. */
interface Band {
  readonly left: number;
  readonly right: number;
  readonly whole: boolean;
}

function bandOf(rect: RangeRef): Band {
  return { left: rect.left, right: rect.right, whole: isEntireRows(rect) };
}

function inBand(band: Band, col: number): boolean {
  return band.whole || (col >= band.left && col <= band.right);
}

/**
 * Shifts rows down to make room for `rect` (rows rect.top..rect.bottom; whole rows, or only the
 * rect's columns for Range.insert("Down") on part of a row). Throws like Excel when a merge would
 * be cut or non-empty cells would fall off the sheet. Inserted cells take the formatting of the
 * row above, Excel's default ("Format Same As Above").
 */
export function insertRowsInSheet(sheet: Sheet, rect: RangeRef): void {
  const at = rect.top;
  const count = rect.bottom - rect.top + 1;
  const band = bandOf(rect);

  // A merge the band cuts sideways, or (for part-row inserts) one the insertion point splits.
  for (const m of sheet.merges) {
    if (band.whole || m.bottom < at) continue;
    const overlapsBand = m.right >= band.left && m.left <= band.right;
    if (!overlapsBand) continue;
    const inside = m.left >= band.left && m.right <= band.right;
    if (!inside || (m.top < at && m.bottom >= at)) throw officeError("InsertDeleteConflict", "Range.insert");
  }
  for (const [row, line] of sheet.rows) {
    if (row + count < MAX_ROWS) continue;
    for (const col of line.keys()) if (inBand(band, col)) throw officeError("NonBlankCellOffSheet", "Range.insert");
  }

  // Cells: move rows at.. down by count (iterate from the bottom so nothing is overwritten).
  const moved = [...sheet.rows.keys()].filter((r) => r >= at).sort((a, b) => b - a);
  for (const row of moved) {
    const line = sheet.rows.get(row) as Map<number, Cell>;
    for (const [col, cell] of [...line]) {
      if (!inBand(band, col)) continue;
      line.delete(col);
      sheet.setCell(row + count, col, cell);
    }
    if (line.size === 0) sheet.rows.delete(row);
  }
  if (band.whole) shiftLineProps(sheet.rowProps, (r) => insertedRow(r, at, count));

  // Formatting from the row above (Excel's XlInsertFormatOrigin default), its height included: a
  // whole row inserted under a tall, wrapped data row comes out as tall, as it does in Excel.
  if (at > 0) {
    const above = sheet.rows.get(at - 1);
    const aboveProps = sheet.rowProps.get(at - 1);
    for (let r = at; r < at + count; r++) {
      if (band.whole && aboveProps?.style) sheet.setLineProp(sheet.rowProps, r, { style: aboveProps.style });
      if (band.whole && aboveProps?.size !== undefined) sheet.setLineProp(sheet.rowProps, r, { size: aboveProps.size });
      if (!above) continue;
      for (const [col, cell] of above) {
        if (!inBand(band, col) || !cell.style) continue;
        sheet.setCell(r, col, { value: null, style: cell.style });
      }
    }
  }

  sheet.merges = sheet.merges.map((m) => (touchesBand(m, band) ? rectAfterInsert(m, at, count) : m));
  for (const cf of sheet.conditionalFormats) {
    cf.ranges = cf.ranges.map((r) => (touchesBand(r, band) && coversBand(r, band) ? rectAfterInsert(r, at, count) : r));
  }
  if (band.whole) {
    const layout = sheet.pageLayout;
    if (layout.printArea) layout.printArea = layout.printArea.map((r) => rectAfterInsert(r, at, count));
    if (layout.printTitleRows) {
      const t = rectAfterInsert(
        { top: layout.printTitleRows.first, bottom: layout.printTitleRows.last, left: 0, right: 0 },
        at,
        count,
      );
      layout.printTitleRows = { first: t.top, last: t.bottom };
    }
    if (sheet.frozen && at < sheet.frozen.rows) sheet.frozen = { ...sheet.frozen, rows: sheet.frozen.rows + count };
  }
  recordEdit(sheet, { at, count, whole: band.whole, left: band.left, right: band.right });
}

/**
 * Deletes rows rect.top..rect.bottom (whole rows, or only the rect's columns for
 * Range.delete("Up")); the rows below move up.
 */
export function deleteRowsInSheet(sheet: Sheet, rect: RangeRef): void {
  const at = rect.top;
  const count = rect.bottom - rect.top + 1;
  const band = bandOf(rect);

  if (!band.whole) {
    for (const m of sheet.merges) {
      if (m.bottom < at) continue;
      const overlapsBand = m.right >= band.left && m.left <= band.right;
      if (!overlapsBand) continue;
      const inside = m.left >= band.left && m.right <= band.right;
      const cut = intersect(m, rect) !== null && !(m.top >= rect.top && m.bottom <= rect.bottom);
      if (!inside || cut) throw officeError("InsertDeleteConflict", "Range.delete");
    }
  }

  const rows = [...sheet.rows.keys()].filter((r) => r >= at).sort((a, b) => a - b);
  for (const row of rows) {
    const line = sheet.rows.get(row) as Map<number, Cell>;
    for (const [col, cell] of [...line]) {
      if (!inBand(band, col)) continue;
      line.delete(col);
      if (row > rect.bottom) sheet.setCell(row - count, col, cell);
    }
    if (line.size === 0 && sheet.rows.get(row) === line) sheet.rows.delete(row);
  }
  if (band.whole) {
    const next = new Map<number, LineProps>();
    for (const [r, p] of sheet.rowProps) {
      if (r < at) next.set(r, p);
      else if (r > rect.bottom) next.set(r - count, p);
    }
    sheet.rowProps.clear();
    for (const [r, p] of next) sheet.rowProps.set(r, p);
  }

  sheet.merges = sheet.merges
    .map((m) => (touchesBand(m, band) ? rectAfterDelete(m, at, count) : m))
    .filter((m): m is RangeRef => m !== null && !isSingleCell(m));
  for (const cf of sheet.conditionalFormats) {
    cf.ranges = cf.ranges
      .map((r) => (touchesBand(r, band) && coversBand(r, band) ? rectAfterDelete(r, at, count) : r))
      .filter((r): r is RangeRef => r !== null);
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
  if (band.whole) {
    const layout = sheet.pageLayout;
    if (layout.printArea) {
      const left = layout.printArea.map((r) => rectAfterDelete(r, at, count)).filter((r): r is RangeRef => r !== null);
      layout.printArea = left.length > 0 ? left : null;
    }
    if (layout.printTitleRows) {
      const t = rectAfterDelete(
        { top: layout.printTitleRows.first, bottom: layout.printTitleRows.last, left: 0, right: 0 },
        at,
        count,
      );
      layout.printTitleRows = t ? { first: t.top, last: t.bottom } : null;
    }
    if (sheet.frozen && at < sheet.frozen.rows) {
      const kept = rectAfterDelete({ top: 0, bottom: sheet.frozen.rows - 1, left: 0, right: 0 }, at, count);
      sheet.frozen = { ...sheet.frozen, rows: kept ? kept.bottom + 1 : 0 };
    }
  }
  recordEdit(sheet, { at, count: -count, whole: band.whole, left: band.left, right: band.right });
}

/** Moves what the sheet keeps from its file, and notes the edit for the writer (see SheetSource). */
function recordEdit(sheet: Sheet, edit: RowEdit): void {
  sheet.source?.edits.push(edit);
  if (sheet.kept.skeleton) shiftKept(sheet.kept.skeleton, edit);
  for (const part of sheet.kept.parts) shiftKept(part.root, edit);
}

function touchesBand(r: RangeRef, band: Band): boolean {
  return band.whole || (r.right >= band.left && r.left <= band.right);
}

/** A range lying wholly inside the shifted columns moves; one sticking out stays put. */
function coversBand(r: RangeRef, band: Band): boolean {
  return band.whole || (r.left >= band.left && r.right <= band.right);
}

function shiftLineProps(map: Map<number, LineProps>, f: (i: number) => number): void {
  const entries = [...map];
  map.clear();
  for (const [i, p] of entries) map.set(f(i), p);
}
