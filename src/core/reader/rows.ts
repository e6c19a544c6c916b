import type { Located, Money, PeriodCell, PlanRow, TableHeader, Target } from "../model";
import { a1 } from "../address";
import type { CellValue } from "../snapshot";
import type { Grid } from "./grid";
import { cellText } from "./grid";
import { keepText } from "./normalize";
import { isPlanned, readPeriodCell } from "./periods";
import { readTarget } from "./target";

/** The period columns in period order, with their period numbers. */
export function periodColumns(header: TableHeader): { col: number; period: number }[] {
  return header.columns
    .filter((c) => c.role === "period" && c.period !== undefined)
    .map((c) => ({ col: c.col, period: c.period as number }))
    .sort((x, y) => x.period - y.period);
}

/**
 * Text as the row shows it. A cell merged down over several rows (one indikator for two kegiatan)
 * shows its master's text, and the address is the master's: that is where the value lives.
 */
export function shownText(grid: Grid, row: number, col: number | null, fallbackCol: number): Located<string> {
  if (col === null) return { value: "", address: a1(row, fallbackCol), row, col: fallbackCol };
  const m = grid.masterOf(row, col);
  const value = keepText(cellText(grid.value(m.row, m.col)));
  return { value, address: a1(m.row, m.col), row: m.row, col: m.col };
}

function targetOf(grid: Grid, row: number, col: number | null, fallbackCol: number): Located<Target> {
  if (col === null) {
    return { value: { value: null, unit: null, raw: "" }, address: a1(row, fallbackCol), row, col: fallbackCol };
  }
  const m = grid.masterOf(row, col);
  return { value: readTarget(grid, m.row, m.col), address: a1(m.row, m.col), row: m.row, col: m.col };
}

/**
 * Pelaksana as it applies to the row: a merged cell covers all its rows; a blank cell that no
 * merge covers is blank ("") — with merges unknown a blank is never filled from above.
 */
function pelaksanaOf(
  grid: Grid,
  row: number,
  col: number | null,
  fallbackCol: number,
): { located: Located<string>; merged: boolean } {
  if (col === null) return { located: shownText(grid, row, null, fallbackCol), merged: false };
  const m = grid.merge(row, col);
  const located = shownText(grid, row, col, fallbackCol);
  return { located, merged: m !== null && m.bottom > m.top };
}

/**
 * Without merge information (Excel 2019 lacks the merged-areas API) a Pelaksana cell merged over a
 * block's rows reads as one name and then blanks. Read them as the merge they almost always are:
 * a blank Pelaksana under a named one, inside the same block, takes that name. The price is that
 * a truly forgotten Pelaksana under a named one goes unflagged there; with merges known, it is.
 */
export function inheritPelaksana(rows: PlanRow[]): void {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as PlanRow;
    const above = rows[i - 1] as PlanRow;
    if (row.pelaksana.value !== "" || above.pelaksana.value === "") continue;
    rows[i] = { ...row, pelaksana: above.pelaksana, pelaksanaMerged: true };
  }
}

export type RowReader = (row: number, budget: Money | null) => PlanRow;

/** Reads data rows of one table; the column lists are worked out once, not per row. */
export function rowReader(grid: Grid, header: TableHeader): RowReader {
  const fallback = header.firstCol;
  const periods = periodColumns(header);
  const otherCols = header.columns.filter((c) => c.role === "other").map((c) => c.col);
  return (row, budget) => {
    const periodCells: PeriodCell[] = periods.map((p) => readPeriodCell(grid, row, p.col, p.period));
    const pelaksana = pelaksanaOf(grid, row, header.pelaksanaCol, fallback);
    const others: Located<CellValue>[] = otherCols.map((col) => ({
      value: grid.value(row, col),
      address: a1(row, col),
      row,
      col,
    }));
    return {
      row,
      indicator: shownText(grid, row, header.indikatorCol, fallback),
      target: targetOf(grid, row, header.targetCol, fallback),
      kegiatan: shownText(grid, row, header.kegiatanCol, fallback),
      periodCells,
      periods: periodCells.filter((p) => isPlanned(p.kind)).map((p) => p.period),
      budget,
      pelaksana: pelaksana.located,
      pelaksanaMerged: pelaksana.merged,
      others,
    };
  };
}
