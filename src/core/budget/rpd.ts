import { a1 } from "../address";
import type { Lang } from "../i18n";
import { makeT, translateKey } from "../i18n";
import type { PeriodKind, Plan } from "../model";
import type { BlockPart } from "./breakdown";
import { breakdown } from "./breakdown";
import type { Note } from "./notes";
import { note } from "./notes";
import { periodCount, periodLabels } from "./periods";
import type { SheetPlan } from "./rekap";
import { blockFormula, readabilityNotes, unitRef } from "./rekap";
import { RowMap } from "./rowMap";
import type { Share } from "./share";
import { evenShares, sumAmounts, sumFormula, wholeShare } from "./share";
import { ownSheet, rowRange, SheetDraft } from "./sheetDraft";
import { DEFAULT_MONEY_FORMAT } from "./tableTotals";

/**
 * Draft RPD (Rencana Penarikan Dana): when the money is drawn, per sasaran and period. Each budget
 * is spread evenly over its planned periods, the same spread as the Rekap (share.ts), and with
 * `lag: 1` every share is drawn one period later, to pay after the activity.
 *
 * The last period's share stays in the last period: the budget year (DIPA) ends on 31 December and
 * money not drawn by then lapses, so rolling December into a next year would draft a plan no PPK
 * could use. In a quarterly table the lag is one quarter (the table has no months to shift by).
 */

export const RPD_SHEET = "RPD Draf";

export type Lag = 0 | 1;

export interface RpdOptions {
  readonly lag?: Lag;
}

export interface RpdRow {
  readonly no: number;
  readonly code: string | null;
  readonly title: string;
  readonly budget: number | null;
  /** Index 0 is period 1. */
  readonly amounts: readonly number[];
  /** Budget with no planned period, not drawn in any. */
  readonly unscheduled: number;
}

export interface RpdDraft {
  readonly lag: Lag;
  readonly periodKind: PeriodKind;
  readonly labels: readonly string[];
  readonly rows: readonly RpdRow[];
  /** Per period over all sasaran. */
  readonly totals: readonly number[];
  readonly unscheduled: number;
  readonly total: number;
  /** "Draf untuk PPK", and the lag rule when shifted. */
  readonly notes: readonly Note[];
}

interface RpdLine {
  readonly part: BlockPart;
  readonly periods: Share[][];
  readonly unscheduled: Share[];
}

function rpdLines(plan: Plan, lag: Lag, refOf: Parameters<typeof breakdown>[1]): RpdLine[] {
  const count = periodCount(plan.header.periodKind);
  return breakdown(plan, refOf).blocks.map((part) => {
    const periods: Share[][] = Array.from({ length: count }, () => []);
    const unscheduled: Share[] = [];
    for (const unit of part.units) {
      if (unit.amount === null) continue;
      const ref = refOf(unit);
      if (unit.periods.length === 0) {
        unscheduled.push(wholeShare(unit.amount, ref));
        continue;
      }
      const spread = evenShares(unit.amount, unit.periods.length, ref);
      unit.periods.forEach((p, i) => periods[Math.min(p + lag, count) - 1]?.push(spread[i] as Share));
    }
    return { part, periods, unscheduled };
  });
}

function rpdNotes(plan: Plan, lag: Lag): Note[] {
  const notes = [note("rpd.note.draft")];
  if (lag === 1) notes.push(note(plan.header.periodKind === "quarter" ? "rpd.note.lagQuarter" : "rpd.note.lagMonth"));
  return notes;
}

/** The draft's numbers, for the pane and the CLI. */
export function planRpd(plan: Plan, options: RpdOptions = {}): RpdDraft {
  const lag = options.lag ?? 0;
  const lines = rpdLines(plan, lag, () => "");
  const count = periodCount(plan.header.periodKind);
  const rows: RpdRow[] = lines.map((l) => ({
    no: l.part.no,
    code: l.part.block.code,
    title: l.part.block.title.value,
    budget: l.part.budget,
    amounts: l.periods.map(sumAmounts),
    unscheduled: sumAmounts(l.unscheduled),
  }));
  const totals = Array.from({ length: count }, (_, i) => rows.reduce((s, r) => s + (r.amounts[i] ?? 0), 0));
  const unscheduled = rows.reduce((s, r) => s + r.unscheduled, 0);
  return {
    lag,
    periodKind: plan.header.periodKind,
    labels: periodLabels(plan),
    rows,
    totals,
    unscheduled,
    total: totals.reduce((s, x) => s + x, 0) + unscheduled,
    notes: rpdNotes(plan, lag),
  };
}

export interface RpdSheetOptions extends RpdOptions {
  readonly lang?: Lang;
  readonly existingSheets?: readonly string[];
  /** Rows the same batch inserts into the plan sheet: references use final rows. */
  readonly rows?: RowMap<unknown>;
  readonly sheetName?: string;
}

const FIRST_PERIOD_COL = 3;

/** The draft as an "RPD Draf" sheet of formulas into the plan sheet (a re-run rewrites it). */
export function planRpdSheet(plan: Plan, options: RpdSheetOptions = {}): SheetPlan {
  const lag = options.lag ?? 0;
  const lang = options.lang ?? "id";
  const t = makeT(lang);
  const map = options.rows ?? new RowMap();
  const target = ownSheet(options.sheetName ?? RPD_SHEET, options.existingSheets);
  const lines = rpdLines(plan, lag, unitRef(plan, map));
  const labels = periodLabels(plan);
  const withUnscheduled = lines.some((l) => l.unscheduled.length > 0);
  const lastCol = FIRST_PERIOD_COL + labels.length - 1 + (withUnscheduled ? 1 : 0);
  const notes = rpdNotes(plan, lag);
  const d = new SheetDraft(target.name);

  d.value(0, 0, t("rpd.title"));
  d.font(rowRange(0, 0, 0), { bold: true, size: 14 });
  const heading = [
    plan.meta.unit?.value ?? "",
    plan.meta.year ? t("budget.rekap.year", { year: plan.meta.year.value }) : "",
  ]
    .filter((s) => s !== "")
    .join(", ");
  if (heading !== "") d.value(1, 0, heading);
  notes.forEach((n, i) => {
    d.value(2 + i, 0, translateKey(lang, n.key, n.params));
    d.font(rowRange(2 + i, 0, 0), { italic: true });
  });

  const headerRow = 3 + notes.length;
  const headers = [t("budget.col.no"), t("budget.col.sasaran"), t("budget.col.budget"), ...labels];
  if (withUnscheduled) headers.push(t("budget.rekap.unscheduled"));
  headers.forEach((h, c) => d.value(headerRow, c, h));
  d.font(rowRange(headerRow, 0, lastCol), { bold: true });
  d.fill(rowRange(headerRow, 0, lastCol), "#F2F2F2");

  const firstRow = headerRow + 1;
  lines.forEach((l, i) => {
    const r = firstRow + i;
    d.value(r, 0, l.part.no);
    d.value(r, 1, l.part.block.title.value);
    d.formula(r, 2, blockFormula(plan, map, l.part));
    l.periods.forEach((shares, p) => {
      if (shares.length > 0) d.formula(r, FIRST_PERIOD_COL + p, sumFormula(shares));
    });
    if (withUnscheduled && l.unscheduled.length > 0) d.formula(r, lastCol, sumFormula(l.unscheduled));
  });
  const sumRow = firstRow + lines.length;
  d.value(sumRow, 1, t("budget.rekap.sum"));
  for (let c = 2; c <= lastCol; c++) {
    d.formula(sumRow, c, lines.length > 0 ? `=SUM(${a1(firstRow, c)}:${a1(sumRow - 1, c)})` : "=0");
  }
  d.font(rowRange(sumRow, 0, lastCol), { bold: true });
  d.borders({ top: headerRow, left: 0, bottom: sumRow, right: lastCol });
  d.numberFormat({ top: firstRow, left: 2, bottom: sumRow, right: lastCol }, DEFAULT_MONEY_FORMAT);

  d.columnWidth(0, 36);
  d.columnWidth(1, 260);
  for (let c = 2; c <= lastCol; c++) d.columnWidth(c, c === 2 ? 110 : 95);

  const b = breakdown(plan, () => "");
  return {
    sheet: target.name,
    edits: [...target.edits, ...d.edits()],
    notes: [
      note(target.existed ? "budget.note.sheetRewritten" : "budget.note.sheetCreated", { sheet: target.name }),
      ...notes,
      ...readabilityNotes(b),
    ],
  };
}
