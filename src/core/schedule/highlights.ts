import type { RangeRef } from "../address";
import { columnName, rangeA1 } from "../address";
import type { AddConditionalFormatEdit, Edit, RemoveConditionalFormatsEdit } from "../edits";
import { RAKIT_CF_MARK } from "../edits";
import type { Plan } from "../model";
import { scheduleRows } from "./compute";

/**
 * Jadwal on the sheet, as conditional formatting rather than fills: the shading follows the marks
 * as the user types them, with no re-run. Two rules:
 * - a row with no period planned: its period cells, `COUNTA($F10:$Q10)=0`;
 * - a period no row plans: the whole period column from its header label down, `COUNTA(F$10:F$49)=0`.
 * Every formula starts with RAKIT_CF_MARK (`N("rakit")+`, which adds 0) so Rakit can find and remove
 * its own rules and leave the user's alone. COUNTA counts any content (also an "x" or a number, as
 * the reader does; also "" left by a formula, which no period cell holds in practice).
 */

export const EMPTY_ROW_FILL = "#FFF4CE";
export const EMPTY_PERIOD_FILL = "#FDE7E9";

/** Runs of consecutive numbers: [5,6,7,9] is [[5,7],[9,9]]. */
function runs(values: readonly number[]): [number, number][] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v === last[1] + 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}

/** COUNTA over a row's period cells, row-relative: one range when the period columns are adjacent. */
function rowCount(colRuns: readonly [number, number][], row: number): string {
  const parts = colRuns.map(([l, r]) =>
    l === r ? `COUNTA($${columnName(l)}${row + 1})` : `COUNTA($${columnName(l)}${row + 1}:$${columnName(r)}${row + 1})`,
  );
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join("+")})`;
}

function rule(sheet: string, range: RangeRef, test: string, fill: string): AddConditionalFormatEdit {
  return { kind: "addConditionalFormat", sheet, address: rangeA1(range), formula: `=${RAKIT_CF_MARK}(${test})`, fill };
}

export function planClearHighlights(sheet: string): RemoveConditionalFormatsEdit[] {
  return [{ kind: "removeConditionalFormats", sheet }];
}

/**
 * The highlight rules, after removing Rakit's earlier ones (so a re-run does not stack them). Ranges
 * cover the data rows only (subtotal rows are left out); the addresses are the sheet's as read.
 */
export function planScheduleHighlights(plan: Plan): Edit[] {
  const sheet = plan.sheet;
  const edits: Edit[] = [...planClearHighlights(sheet)];
  const periodCols = plan.header.periodCols;
  const rows = scheduleRows(plan).map((r) => r.row);
  if (periodCols.length === 0 || rows.length === 0) return edits;
  const colRuns = runs(periodCols);
  const rowRuns = runs(rows);
  const top = rowRuns[0]?.[0] as number;
  const bottom = rowRuns[rowRuns.length - 1]?.[1] as number;

  // (a) Rows with no period: per block of consecutive data rows and of adjacent period columns.
  for (const [first, last] of rowRuns) {
    for (const [left, right] of colRuns) {
      edits.push(
        rule(sheet, { top: first, left, bottom: last, right }, `${rowCount(colRuns, first)}=0`, EMPTY_ROW_FILL),
      );
    }
  }
  // (b) Periods no row plans: the column from its header label down to the last data row. The count
  // runs over all data rows at once; subtotal rows between blocks hold no marks.
  const labelRow = plan.header.lastRow;
  for (const [left, right] of colRuns) {
    const col = columnName(left);
    const test = `COUNTA(${col}$${top + 1}:${col}$${bottom + 1})=0`;
    edits.push(rule(sheet, { top: labelRow, left, bottom, right }, test, EMPTY_PERIOD_FILL));
  }
  return edits;
}
