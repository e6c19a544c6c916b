import { cellRange, rangeA1 } from "../address";
import type { Finding } from "../findings";
import type { SheetSnapshot } from "../snapshot";
import { finding, sheetRow } from "./rule";

/** Excel keeps at most this many characters in a cell; a file with more is "repaired" (cut) on opening. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/**
 * Findings about the sheet as read rather than about the plan: cells Excel cannot hold, and what the
 * adapter left out far from the table (said, rather than silently skipped).
 */
export function snapshotFindings(snapshot: SheetSnapshot): Finding[] {
  const found: Finding[] = [];
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== "string" || value.length <= EXCEL_MAX_CELL_TEXT) return;
      const range = cellRange(snapshot.origin.row + r, snapshot.origin.col + c);
      found.push(
        finding("cell.textTooLong", "error", range, {
          cell: rangeA1(range),
          row: sheetRow(range.top),
          length: value.length,
          max: EXCEL_MAX_CELL_TEXT,
          start: value.slice(0, 80),
        }),
      );
    }),
  );
  for (const r of snapshot.outside ?? []) found.push(finding("table.contentOutside", "info", r, { cells: rangeA1(r) }));
  return found;
}
