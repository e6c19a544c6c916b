import type { Edit } from "../core/edits";
import { parseRangeA1 } from "../core/address";

/**
 * Where a cell that an edit names stood before the plan's earlier row inserts and deletes. The
 * preflight checks cells as they are now, but an edit planned after an insert speaks of rows as they
 * will be: this maps them back. A row inside freshly inserted rows has no "before": it is new, and
 * so known to be empty.
 */
export type OriginalRows =
  { readonly kind: "new" } | { readonly kind: "existing"; readonly top: number; readonly bottom: number };

interface RowShift {
  readonly sheet: string;
  readonly row: number;
  /** Positive for an insert, negative for a delete. */
  readonly count: number;
}

export class RowMapper {
  private readonly shifts: RowShift[] = [];

  /** Records a structural edit; call for every edit in plan order. */
  note(edit: Edit): void {
    if (edit.kind === "insertRows") this.shifts.push({ sheet: edit.sheet, row: edit.row, count: edit.count });
    if (edit.kind === "deleteRows") this.shifts.push({ sheet: edit.sheet, row: edit.row, count: -edit.count });
  }

  /** Maps an A1 range on `sheet`, as of now in the plan, to the rows it had before the plan. */
  original(sheet: string, address: string): OriginalRows {
    const range = parseRangeA1(address);
    let top = range.top;
    let bottom = range.bottom;
    for (let i = this.shifts.length - 1; i >= 0; i--) {
      const s = this.shifts[i] as RowShift;
      if (s.sheet !== sheet) continue;
      if (s.count > 0) {
        const end = s.row + s.count - 1;
        if (bottom < s.row) continue;
        if (top >= s.row && bottom <= end) return { kind: "new" };
        // Rows after the inserted ones were `count` rows higher before; a range straddling the new
        // rows keeps its old part only.
        top = top > end ? top - s.count : Math.min(top, s.row);
        bottom = bottom > end ? bottom - s.count : s.row - 1;
      } else {
        const n = -s.count;
        if (top >= s.row) top += n;
        if (bottom >= s.row) bottom += n;
      }
    }
    return { kind: "existing", top, bottom };
  }
}
