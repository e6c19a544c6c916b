import type { TableHeader } from "../model";
import type { Grid } from "./grid";
import { cellText, isBlankValue } from "./grid";
import { normalizeLabel } from "./normalize";
import type { RepeatTest } from "./repeats";
import { repeatRowTest } from "./repeats";
import { isSignatureStart } from "./signature";

/** Words a total row is labelled with, normalized. The word must stand alone in its cell. */
const TOTAL_WORDS = new Set([
  "jumlah",
  "total",
  "jumlahtotal",
  "totaljumlah",
  "grandtotal",
  "jumlahkeseluruhan",
  "totalkeseluruhan",
  "jumlahseluruhnya",
  "jumlahanggaran",
  "totalanggaran",
  "jumlahbiaya",
  "totalbiaya",
]);

/**
 * A subtotal's label: "Sub Jumlah", "Subtotal", "Jumlah Sasaran 3", "Total Program 2", "Jumlah I".
 * Such a row totals part of the table, never all of it.
 */
const SUBTOTAL_LABEL =
  /^(?:sub(?:jumlah|total)[a-z]*\d*|(?:jumlah|total)(?:sub)?(?:sasaran|kegiatan|program|subkegiatan|blok|bagian|no)[a-z]*\d*|(?:jumlah|total)(?:\d{1,3}|[ivx]{1,4}))$/;

/** How many blank rows a page break may leave before the table goes on with a repeated header. */
const MAX_GAP = 3;

export interface TotalLabel {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface DataExtent {
  /** 0-based first and last data rows; lastRow < firstRow when the table has no rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow: number | null;
  /** The cell holding the total row's word. */
  readonly totalLabel: TotalLabel | null;
  /**
   * Rows between firstRow and lastRow that are not data: a header or a row of column numbers repeated
   * at a page break, and the blank rows around it.
   */
  readonly skipped: ReadonlySet<number>;
  /**
   * Subtotal rows labelled as such inside the table ("Jumlah Sasaran 3", a "Jumlah" with rows after
   * it), the last sasaran's right above the total included: they are in [firstRow, lastRow].
   */
  readonly subtotals: ReadonlySet<number>;
}

/**
 * Where the data is: from under the header (and its column-number row) down to the total row, the
 * first blank row after data, or the signature block, whichever comes first. Blank rows right under
 * the header are skipped; so are a header and a column-number row repeated inside the table (with
 * the blank rows of their page break). A row labelled "Jumlah" with more data rows under it totals
 * part of the table: only the last such row, with no data after it, is the total.
 */
export function findDataExtent(grid: Grid, header: TableHeader): DataExtent {
  const start = (header.numberRow ?? header.lastRow) + 1;
  let firstRow = -1;
  let lastRow = -1;
  const skipped = new Set<number>();
  const labelled: TotalLabel[] = [];
  const pending: number[] = [];
  const isRepeat = repeatRowTest(grid, header);
  const limit = firstValueColumn(header);
  for (let r = start; r <= grid.bottom; r++) {
    if (isBlankRow(grid, header, r, start)) {
      if (firstRow < 0) continue;
      if (!repeatAfterGap(grid, header, r, isRepeat)) break;
      pending.push(r);
      continue;
    }
    if (isRepeat(r)) {
      if (firstRow >= 0) pending.push(r);
      continue;
    }
    const total = totalLabel(grid, header, r, limit);
    if (total) {
      labelled.push(total);
      continue;
    }
    if (isSignatureRow(grid, header, r)) break;
    // After a total row, only a row that looks like data carries the table on (not a note under it).
    const after = labelled[labelled.length - 1];
    if (after && after.row > lastRow && !looksLikeData(grid, header, r)) break;
    for (const p of pending) skipped.add(p);
    pending.length = 0;
    if (firstRow < 0) firstRow = r;
    lastRow = r;
  }
  const last = labelled[labelled.length - 1];
  const total = last && last.row > lastRow && !SUBTOTAL_LABEL.test(normalizeLabel(last.text, 40)) ? last : null;
  if (firstRow < 0) {
    const at = total ? total.row : start;
    return {
      firstRow: at,
      lastRow: at - 1,
      totalRow: total?.row ?? null,
      totalLabel: total,
      skipped,
      subtotals: new Set(),
    };
  }
  // Subtotal rows belong to the table's rows (the last sasaran's may sit right above the total).
  const subtotals = new Set<number>();
  for (const l of labelled) {
    if (l === total || l.row < firstRow) continue;
    subtotals.add(l.row);
    lastRow = Math.max(lastRow, l.row);
  }
  return { firstRow, lastRow, totalRow: total?.row ?? null, totalLabel: total, skipped, subtotals };
}

/** Whether blank rows at `row` are a page break's: a repeated header or number row follows them closely. */
function repeatAfterGap(grid: Grid, header: TableHeader, row: number, isRepeat: RepeatTest): boolean {
  for (let r = row + 1; r <= Math.min(grid.bottom, row + MAX_GAP); r++) {
    if (isBlankRow(grid, header, r, row)) continue;
    return isRepeat(r);
  }
  return false;
}

/**
 * A row with no value of its own in the table's columns. A row that a data merge (a block's No or
 * Sasaran merged down over it) still covers is not blank: it belongs to the block.
 */
function isBlankRow(grid: Grid, header: TableHeader, row: number, dataStart: number): boolean {
  for (let c = header.firstCol; c <= header.lastCol; c++) {
    if (!isBlankValue(grid.value(row, c))) return false;
    const m = grid.merge(row, c);
    if (m && m.top < row && m.top >= dataStart) return false;
  }
  return true;
}

/** A data row has an indicator or a kegiatan of its own (a note under the total has neither). */
function looksLikeData(grid: Grid, header: TableHeader, row: number): boolean {
  for (const c of [header.indikatorCol, header.kegiatanCol]) {
    if (c !== null && !isBlankValue(grid.value(row, c))) return true;
  }
  return false;
}

/**
 * A total (or subtotal) row: its first own value, in the columns before the periods and the
 * budget, is a word such as JUMLAH or TOTAL on its own, or a subtotal's label ("Jumlah Sasaran 3");
 * "Jumlah draft juklak ..." is an indikator, not a total.
 */
function totalLabel(grid: Grid, header: TableHeader, row: number, limit: number): TotalLabel | null {
  for (let c = header.firstCol; c <= header.lastCol; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v)) continue;
    if (c > limit || typeof v !== "string") return null;
    const lab = normalizeLabel(v, 40);
    return TOTAL_WORDS.has(lab) || SUBTOTAL_LABEL.test(lab) ? { row, col: c, text: v.trim() } : null;
  }
  return null;
}

/** The last column a total label may sit in: before the first period or budget column. */
function firstValueColumn(header: TableHeader): number {
  const cols = [...header.periodCols, header.budgetCol].filter((c): c is number => c !== null);
  return (cols.length > 0 ? Math.min(...cols) : header.lastCol + 1) - 1;
}

function isSignatureRow(grid: Grid, header: TableHeader, row: number): boolean {
  for (let c = header.firstCol; c <= header.lastCol; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v)) continue;
    return typeof v === "string" && isSignatureStart(cellText(v));
  }
  return false;
}
