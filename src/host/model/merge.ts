/**
 * Merging, unmerging and clearing. Excel keeps only the upper-left value of the cells it merges
 * (the UI warns: "Merging cells only keeps the upper-left value and discards other values"; the
 * API does the same without asking). Merges lying wholly inside the new area are absorbed.
 *
 * A range that cuts through an existing merge (overlaps it without containing it) is refused with
 * InvalidOperation. The Excel documentation does not name the error for this case; InvalidOperation
 * ("The operation attempted is invalid on the object") is the closest documented code, and the
 * adapter checks for it in its own preflight anyway.
 */
import { officeError } from "../errors";
import { contains, intersect, isEntireRows, type RangeRef } from "./address";
import type { Sheet } from "./sheet";

export function mergeRange(sheet: Sheet, rect: RangeRef, across: boolean): void {
  const areas: RangeRef[] = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
        ...rect,
        top: rect.top + i,
        bottom: rect.top + i,
      }))
    : [rect];
  for (const area of areas) {
    for (const m of sheet.merges) {
      if (intersect(m, area) && !contains(area, m)) throw officeError("InvalidOperation", "Range.merge");
    }
  }
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.merges = sheet.merges.filter((m) => !contains(area, m));
    for (const { row, col, cell } of [...sheet.cellsIn(area)]) {
      if (row === area.top && col === area.left) continue;
      cell.value = null;
      delete cell.formula;
      delete cell.rich;
      sheet.compact(row, col);
    }
    sheet.merges.push({ ...area });
  }
}

/** Unmerges every merged area that intersects the range; values stay in the top-left cells. */
export function unmergeRange(sheet: Sheet, rect: RangeRef): void {
  sheet.merges = sheet.merges.filter((m) => intersect(m, rect) === null);
}

export type ClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** Range.clear: contents, formats (which include merging), or both. */
export function clearRange(sheet: Sheet, rect: RangeRef, applyTo: ClearApplyTo): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (formats) {
    unmergeRange(sheet, rect);
    if (isEntireRows(rect)) {
      for (const r of [...sheet.rowProps.keys()])
        if (r >= rect.top && r <= rect.bottom) sheet.setLineProp(sheet.rowProps, r, { style: undefined });
    }
  }
  for (const { row, col, cell } of [...sheet.cellsIn(rect)]) {
    if (contents) {
      cell.value = null;
      delete cell.formula;
      delete cell.rich;
    }
    if (formats) delete cell.style;
    sheet.compact(row, col);
  }
}
