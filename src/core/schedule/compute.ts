import type { PeriodKind, Plan, PlanRow } from "../model";
import { rangeA1 } from "../address";
import { periodCount, periodLabels, quarterLabel, quarterOfMonth } from "../budget/periods";
import { realBlocks, realRows } from "../budget/units";

/**
 * Jadwal: how the year is planned. How many rows plan each period, the same folded into quarters,
 * the periods no row plans, and the rows with no period at all.
 */
export interface PeriodLoad {
  /** 1..12 or 1..4. */
  readonly period: number;
  readonly label: string;
  /** How many rows plan it (a row counts once in a quarter, however many of its months it plans). */
  readonly rows: number;
}

export interface UnplannedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly indicator: string;
  readonly kegiatan: string;
  /** The row's period cells, "F33:Q33" (a single cell when there is one period column). */
  readonly address: string;
}

export interface Schedule {
  readonly periodKind: PeriodKind;
  readonly periods: readonly PeriodLoad[];
  /** The months folded into TW I..TW IV (B1-B3 is TW I); for a quarterly table, `periods` itself. */
  readonly quarters: readonly PeriodLoad[];
  /** Periods no row plans, ascending. */
  readonly emptyPeriods: readonly number[];
  readonly unplanned: readonly UnplannedRow[];
  /** Data rows counted (subtotal rows left out). */
  readonly rowCount: number;
}

/** The data rows, subtotal rows left out. */
export function scheduleRows(plan: Plan): PlanRow[] {
  return realBlocks(plan).flatMap(({ block }) => realRows(block));
}

function periodCellsAddress(row: PlanRow): string {
  const cols = row.periodCells.map((c) => c.col);
  if (cols.length === 0) return "";
  return rangeA1({ top: row.row, left: Math.min(...cols), bottom: row.row, right: Math.max(...cols) });
}

export function computeSchedule(plan: Plan): Schedule {
  const kind = plan.header.periodKind;
  const rows = scheduleRows(plan);
  const labels = periodLabels(plan);
  const counts = new Array<number>(periodCount(kind)).fill(0);
  const quarterCounts = [0, 0, 0, 0];
  const unplanned: UnplannedRow[] = [];
  for (const row of rows) {
    for (const p of row.periods) if (p >= 1 && p <= counts.length) counts[p - 1] = (counts[p - 1] ?? 0) + 1;
    const quarters = new Set(row.periods.map((p) => (kind === "month" ? quarterOfMonth(p) : p)));
    for (const q of quarters) if (q >= 1 && q <= 4) quarterCounts[q - 1] = (quarterCounts[q - 1] ?? 0) + 1;
    // Without month or quarter columns no row can be missing one: say nothing rather than list every row.
    if (row.periods.length === 0 && kind !== "none") {
      unplanned.push({
        row: row.row + 1,
        indicator: row.indicator.value,
        kegiatan: row.kegiatan.value,
        address: periodCellsAddress(row),
      });
    }
  }
  const periods = counts.map((n, i) => ({ period: i + 1, label: labels[i] ?? String(i + 1), rows: n }));
  const quarters =
    kind === "quarter"
      ? periods
      : kind === "none"
        ? []
        : quarterCounts.map((n, i) => ({ period: i + 1, label: quarterLabel(i + 1), rows: n }));
  return {
    periodKind: kind,
    periods,
    quarters,
    emptyPeriods: periods.filter((p) => p.rows === 0).map((p) => p.period),
    unplanned,
    rowCount: rows.length,
  };
}
