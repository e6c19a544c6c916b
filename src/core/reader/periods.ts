import type { PeriodCell, PeriodCellKind } from "../model";
import { a1 } from "../address";
import type { CellValue } from "../snapshot";
import { isCellError } from "../snapshot";
import type { Grid } from "./grid";

/** What a planner writes in a planned month. */
const MARKS = new Set(["v", "V", "✓", "√", "✔", "x", "X", "☑", "✗"]);

/** "3", "0,5", "25%": a number typed as text still says "planned". */
const NUMBER_TEXT = /^[+-]?\d{1,15}(?:[.,]\d{1,9})?\s?%?$/;

export function periodKind(v: CellValue): PeriodCellKind {
  if (isCellError(v)) return "error";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "invalid";
  const t = v.trim();
  if (t === "") return "empty";
  if (MARKS.has(t)) return "mark";
  if (t.length <= 32 && NUMBER_TEXT.test(t)) return "number";
  return "invalid";
}

export function isPlanned(kind: PeriodCellKind): boolean {
  return kind === "mark" || kind === "number";
}

/**
 * A period cell of one row. A mark merged across several months (F13:H13 holding one "v") shows
 * in each of them, so a covered cell reads its merge master's value; its address stays its own.
 */
export function readPeriodCell(grid: Grid, row: number, col: number, period: number): PeriodCell {
  const raw = grid.shownValue(row, col);
  return { period, address: a1(row, col), row, col, raw, kind: periodKind(raw) };
}
