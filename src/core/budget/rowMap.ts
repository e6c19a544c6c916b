import type { InsertRowsEdit } from "../edits";

/**
 * Rows one plan inserts into a sheet, and where every row ends up once they are in. Edits are
 * applied in order, so every address written after the inserts (a formula, a format, a reference
 * from the Rekap sheet) must use the rows' final positions: `final(row)` gives them.
 */
export interface Insertion<T> {
  /** 0-based row, in the sheet as read, that the new row goes above. */
  readonly at: number;
  readonly item: T;
}

export class RowMap<T = unknown> {
  /** Sorted by `at`; rows inserted at the same place keep the order they were added in. */
  private readonly sorted: Insertion<T>[];

  constructor(insertions: readonly Insertion<T>[] = []) {
    this.sorted = insertions
      .map((ins, i) => ({ ins, i }))
      .sort((a, b) => a.ins.at - b.ins.at || a.i - b.i)
      .map((x) => x.ins);
  }

  /** The final row of a row of the sheet as read: it moves down by every row inserted at or above it. */
  final(row: number): number {
    let shift = 0;
    for (const ins of this.sorted) {
      if (ins.at <= row) shift++;
      else break;
    }
    return row + shift;
  }

  /** The inserted rows with their final positions, top to bottom. */
  inserted(): { item: T; row: number }[] {
    return this.sorted.map((ins, i) => ({ item: ins.item, row: ins.at + i }));
  }

  get count(): number {
    return this.sorted.length;
  }

  /**
   * The insertRows edits, bottom-up: inserting the lowest rows first leaves the positions of the
   * ones above untouched, so each edit can name its row as read. Rows going to the same place are
   * inserted together.
   */
  edits(sheet: string): InsertRowsEdit[] {
    const byRow = new Map<number, number>();
    for (const ins of this.sorted) byRow.set(ins.at, (byRow.get(ins.at) ?? 0) + 1);
    return [...byRow.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([row, count]) => ({ kind: "insertRows", sheet, row, count }));
  }
}
