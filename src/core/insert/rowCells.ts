import { quarterOfMonth } from "../budget/periods";
import type { ScalarValue } from "../edits";
import type { CatalogEntry } from "../catalog/types";
import type { Plan } from "../model";

/**
 * The cells of one new row, by 0-based column, written the way the plan already writes them: its
 * mark for a planned period ("v", "√"...), targets as plain numbers or as "4 laporan" text, months
 * folded into quarters for a TW I..IV table.
 */

export interface RowStyle {
  readonly mark: string;
  /** Targets are written with their unit as text ("100%", "4 laporan"), not as plain numbers. */
  readonly targetAsText: boolean;
}

export function rowStyle(plan: Plan): RowStyle {
  let mark = "v";
  let numbers = 0;
  let texts = 0;
  for (const b of plan.blocks) {
    for (const r of b.rows) {
      if (mark === "v") {
        const marked = r.periodCells.find((p) => p.kind === "mark");
        if (marked && typeof marked.raw === "string") mark = marked.raw.trim();
      }
      if (typeof r.target.value.raw === "number") numbers++;
      else if (typeof r.target.value.raw === "string" && r.target.value.raw.trim() !== "") texts++;
    }
  }
  return { mark, targetAsText: texts > numbers };
}

export function targetCell(entry: CatalogEntry, style: RowStyle): ScalarValue {
  if (!style.targetAsText) return entry.target;
  return entry.satuan === "%" ? `${entry.target}%` : `${entry.target} ${entry.satuan}`;
}

/** The periods an entry plans in this table: its months, or the quarters they fall in. */
export function entryPeriods(plan: Plan, entry: CatalogEntry): number[] {
  if (plan.header.periodKind === "none") return [];
  if (plan.header.periodKind === "month") return [...entry.months];
  return [...new Set(entry.months.map(quarterOfMonth))].sort((a, b) => a - b);
}

/** Indikator, target, kegiatan, period marks, pelaksana (unless a merge above already says it). */
export function rowCells(
  plan: Plan,
  entry: CatalogEntry,
  style: RowStyle,
  withPelaksana: boolean,
): Map<number, ScalarValue> {
  const h = plan.header;
  const cells = new Map<number, ScalarValue>();
  if (h.indikatorCol !== null) cells.set(h.indikatorCol, entry.indicator);
  if (h.targetCol !== null) cells.set(h.targetCol, targetCell(entry, style));
  if (h.kegiatanCol !== null) cells.set(h.kegiatanCol, entry.kegiatan);
  const planned = entryPeriods(plan, entry);
  h.periodCols.forEach((col, i) => {
    if (planned.includes(i + 1)) cells.set(col, style.mark);
  });
  if (withPelaksana && h.pelaksanaCol !== null) cells.set(h.pelaksanaCol, entry.pelaksana);
  return cells;
}
