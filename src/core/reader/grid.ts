import type { RangeRef } from "../address";
import { a1 } from "../address";
import type { CellValue } from "../snapshot";
import { isCellError } from "../snapshot";
import type { SheetSnapshot } from "../snapshot";

/** Excel's widest sheet has 16,384 columns: a row/column pair packs into one safe integer key. */
const MAX_COLS = 16384;

function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

/**
 * Cell access in absolute 0-based sheet coordinates over a snapshot, with a precomputed merge
 * lookup. The reader asks "which merge covers this cell?" for nearly every cell it reads; building
 * the map once keeps reading linear in the sheet size instead of cells x merges.
 */
export class Grid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  /** Last row and column of the snapshot (inclusive); bottom < top when the sheet is empty. */
  readonly bottom: number;
  readonly right: number;
  readonly mergesUnknown: boolean;
  private readonly snapshot: SheetSnapshot;
  private readonly mergeByCell = new Map<number, RangeRef>();

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.sheet = snapshot.sheet;
    this.top = snapshot.origin.row;
    this.left = snapshot.origin.col;
    let width = 0;
    for (const r of snapshot.values) width = Math.max(width, r.length);
    this.bottom = this.top + snapshot.values.length - 1;
    this.right = this.left + width - 1;
    this.mergesUnknown = snapshot.mergesUnknown === true;
    for (const m of snapshot.merges) {
      // Only the part of a merge inside the snapshot matters; clipping also bounds the map's size
      // when a merge spans whole columns.
      const top = Math.max(m.top, this.top);
      const bottom = Math.min(m.bottom, this.bottom);
      const left = Math.max(m.left, this.left);
      const right = Math.min(m.right, this.right);
      if (m.top === m.bottom && m.left === m.right) continue;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) this.mergeByCell.set(key(r, c), m);
      }
    }
  }

  /** The cell's own value ("" outside the snapshot). A covered cell of a merge reads "". */
  value(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.top];
    if (!r) return "";
    const v = r[col - this.left];
    return v === undefined ? "" : v;
  }

  formula(row: number, col: number): string {
    return this.snapshot.formulas[row - this.top]?.[col - this.left] ?? "";
  }

  numberFormat(row: number, col: number): string {
    return this.snapshot.numberFormats[row - this.top]?.[col - this.left] ?? "General";
  }

  /** The merged area covering the cell, or null. */
  merge(row: number, col: number): RangeRef | null {
    return this.mergeByCell.get(key(row, col)) ?? null;
  }

  /** True when the cell lies in a merge but is not its top-left (master) cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== null && (m.top !== row || m.left !== col);
  }

  /** True when the cell lies in a merge whose master is on an earlier row (a vertical continuation). */
  isCoveredFromAbove(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== null && m.top < row;
  }

  /** The cell that holds the value shown here: the merge master, or the cell itself. */
  masterOf(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The value shown in the cell: a covered cell shows its merge master's value. */
  shownValue(row: number, col: number): CellValue {
    const m = this.masterOf(row, col);
    return this.value(m.row, m.col);
  }

  /** The cell's own value as text ("" when empty). */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  isBlank(row: number, col: number): boolean {
    return isBlankValue(this.value(row, col));
  }

  address(row: number, col: number): string {
    return a1(row, col);
  }
}

/** A cell value as text: numbers as JavaScript prints them, errors as their code. */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

/** Empty, or text of nothing but whitespace. */
export function isBlankValue(v: CellValue): boolean {
  return v === "" || (typeof v === "string" && v.trim() === "");
}
