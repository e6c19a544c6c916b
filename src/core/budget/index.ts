import type { Edit } from "../edits";
import type { Lang } from "../i18n";
import type { Plan } from "../model";
import type { SheetSnapshot } from "../snapshot";
import type { Note } from "./notes";
import { planRekapSheet } from "./rekap";
import type { Lag } from "./rpd";
import { note } from "./notes";
import { planRpdSheet } from "./rpd";
import type { BudgetTotals } from "./totals";
import { computeTotals } from "./totals";
import { planTableTotals } from "./tableTotals";

export type { Note } from "./notes";
export type { BudgetTotals, BlockTotal, CodeTotal, PelaksanaTotal, PeriodTotal } from "./totals";
export { computeTotals } from "./totals";
export type { Lag, RpdDraft, RpdOptions, RpdRow, RpdSheetOptions } from "./rpd";
export { planRpd, planRpdSheet, RPD_SHEET } from "./rpd";
export type { RekapOptions, SheetPlan } from "./rekap";
export { planRekapSheet, REKAP_SHEET } from "./rekap";
export type { InsertedRow, TableTotalsOptions, TableTotalsPlan } from "./tableTotals";
export { planTableTotals, sameFormula } from "./tableTotals";
export { isSubtotalRow } from "./units";
export { RowMap } from "./rowMap";
export type { Insertion } from "./rowMap";
export type { Share } from "./share";
export { periodLabels, quarterLabel, quarterOfMonth } from "./periods";

export interface BudgetEditOptions {
  /** Language of the labels Rakit writes (default Indonesian: the plan is an Indonesian form). */
  readonly lang?: Lang;
  /** The workbook's sheet names: an existing "Rekap Anggaran" / "RPD Draf" is rewritten, not duplicated. */
  readonly existingSheets?: readonly string[];
  /** Subtotal rows under each sasaran where budgets are per row (default true). */
  readonly subtotals?: boolean;
  /** Write the "Rekap Anggaran" sheet (default true). */
  readonly rekap?: boolean;
  /** Also write the "RPD Draf" sheet, with this payment lag. */
  readonly rpd?: { readonly lag: Lag };
}

export interface BudgetEditPlan {
  readonly edits: Edit[];
  readonly notes: Note[];
  /** The numbers the formulas compute, for the pane to show beside the plan. */
  readonly totals: BudgetTotals;
}

/**
 * Anggaran: the budget totals written into the workbook as live formulas. In this order, because
 * the edits are applied in order: the plan sheet's inserted rows and their formulas (JUMLAH, and
 * subtotals where budgets are per row), then the Rekap sheet (and the RPD draft), whose formulas
 * point at the plan sheet's rows where they are after the inserts.
 */
export function planBudgetEdits(plan: Plan, snapshot: SheetSnapshot, options: BudgetEditOptions = {}): BudgetEditPlan {
  const totals = computeTotals(plan);
  const table = planTableTotals(plan, snapshot, options);
  const edits: Edit[] = [...table.edits];
  const notes: Note[] = [...table.notes];
  if (plan.header.budgetCol === null || plan.budgetLayout === "none") return { edits, notes, totals };

  const shared = {
    existingSheets: options.existingSheets ?? [],
    rows: table.rows,
    ...(options.lang ? { lang: options.lang } : {}),
  };
  if (options.rekap !== false) {
    const rekap = planRekapSheet(plan, shared);
    edits.push(...rekap.edits);
    notes.push(...rekap.notes);
  }
  if (options.rpd && plan.header.periodKind === "none") {
    notes.push(note("budget.note.rpdNoPeriods"));
  } else if (options.rpd) {
    const rpd = planRpdSheet(plan, { ...shared, lag: options.rpd.lag });
    edits.push(...rpd.edits);
    // The readability notes are the Rekap's too; say them once.
    notes.push(
      ...rpd.notes.filter(
        (n) => !notes.some((m) => m.key === n.key && JSON.stringify(m.params) === JSON.stringify(n.params)),
      ),
    );
  }
  return { edits, notes, totals };
}
