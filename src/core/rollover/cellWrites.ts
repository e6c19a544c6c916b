import { a1 } from "../address";
import type { Edit, ScalarValue } from "../edits";

/**
 * The single-cell writes of a rollover, by cell: a later write to the same cell replaces an
 * earlier one (a year mention's decision applies to the text the meta step already made).
 */
export class CellWrites {
  private readonly byCell = new Map<string, { row: number; col: number; value: ScalarValue }>();

  set(row: number, col: number, value: ScalarValue): void {
    this.byCell.set(a1(row, col), { row, col, value });
  }

  get(row: number, col: number): ScalarValue | undefined {
    return this.byCell.get(a1(row, col))?.value;
  }

  has(row: number, col: number): boolean {
    return this.byCell.has(a1(row, col));
  }

  /** One setValues per cell, top to bottom, on `sheet`. */
  edits(sheet: string): Edit[] {
    return [...this.byCell.values()]
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((w) => ({ kind: "setValues", sheet, address: a1(w.row, w.col), values: [[w.value]] }));
  }
}
