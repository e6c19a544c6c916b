import type { TableHeader } from "../model";
import type { Grid } from "./grid";
import { cellText, isBlankValue } from "./grid";
import { normalizeLabel } from "./normalize";
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

export interface DataExtent {
  /** 0-based first and last data rows; lastRow < firstRow when the table has no rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow: number | null;
  /** The cell holding the total row's word. */
  readonly totalLabel: { readonly row: number; readonly col: number; readonly text: string } | null;
}

/**
 * Where the data is: from under the header (and its column-number row) down to the total row, the
 * first fully blank row after data, or the signature block, whichever comes first. Blank rows right
 * under the header are skipped.
 */
export function findDataExtent(grid: Grid, header: TableHeader): DataExtent {
  const start = (header.numberRow ?? header.lastRow) + 1;
  let firstRow = -1;
  let lastRow = -1;
  for (let r = start; r <= grid.bottom; r++) {
    if (isBlankRow(grid, header, r, start)) {
      if (firstRow >= 0) break;
      continue;
    }
    const total = totalLabel(grid, header, r);
    if (total) {
      return {
        firstRow: firstRow >= 0 ? firstRow : r,
        lastRow: firstRow >= 0 ? lastRow : r - 1,
        totalRow: r,
        totalLabel: total,
      };
    }
    if (isSignatureRow(grid, header, r)) break;
    if (firstRow < 0) firstRow = r;
    lastRow = r;
  }
  if (firstRow < 0) return { firstRow: start, lastRow: start - 1, totalRow: null, totalLabel: null };
  return { firstRow, lastRow, totalRow: null, totalLabel: null };
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

/**
 * The total row: its first own value, in the columns before the periods and the budget, is a word
 * such as JUMLAH or TOTAL on its own ("Jumlah draft juklak ..." is an indikator, not a total).
 */
function totalLabel(grid: Grid, header: TableHeader, row: number): DataExtent["totalLabel"] {
  const limit = firstValueColumn(header);
  for (let c = header.firstCol; c <= header.lastCol; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v)) continue;
    if (c > limit || typeof v !== "string") return null;
    return TOTAL_WORDS.has(normalizeLabel(v, 40)) ? { row, col: c, text: v.trim() } : null;
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
