import type { BudgetTotals, Lag, Note, RpdDraft } from "../core/budget";
import { planBudgetEdits, planRpd } from "../core/budget";
import type { Lang } from "../core/i18n";
import { listSheets } from "../excel/readWorkbook";
import type { ExcelSession } from "../excel/session";
import type { NoTable, SheetOptions } from "./plan";
import { readSheetPlan } from "./plan";
import { applyPlanned } from "./applyPlanned";

/**
 * Anggaran: the budget totals the core computes, for the pane to show (computeBudget) and written
 * into the workbook as live formulas (writeBudget): the JUMLAH row, subtotal rows where budgets are
 * per row, the "Rekap Anggaran" sheet with its chart, and optionally the "RPD Draf" sheet.
 */

export interface BudgetOptions extends SheetOptions {
  /** Language of the labels written into the workbook (default Indonesian). */
  readonly lang?: Lang;
  /** Also the draft RPD, with this payment lag (1: each share drawn one period later). */
  readonly rpd?: { readonly lag: Lag };
}

export interface BudgetResult {
  readonly ok: true;
  readonly sheet: string;
  readonly totals: BudgetTotals;
  /**
   * What Rakit writes (or, from computeBudget, would write), replaced or left alone, and why: the
   * split of a sasaran between pelaksana, budgets without a schedule, unreadable cells...
   */
  readonly notes: readonly Note[];
  /** The RPD draft's numbers, when asked for. */
  readonly rpd: RpdDraft | null;
  /** Edits applied to the workbook (0 from computeBudget). */
  readonly applied: number;
  /** The sheets the edits wrote into, the plan sheet first. */
  readonly sheetsWritten: readonly string[];
}

async function budget(session: ExcelSession, options: BudgetOptions, write: boolean): Promise<BudgetResult | NoTable> {
  const read = await readSheetPlan(session, options);
  if (!read.ok) return read;
  const { plan, snapshot, basedOn } = read;
  const existingSheets = await listSheets(session);
  const planned = planBudgetEdits(plan, snapshot, {
    existingSheets,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.rpd ? { rpd: options.rpd } : {}),
  });
  // One batch: the plan sheet's inserts first, then the sheets whose formulas point at the rows
  // where they are after the inserts. The edits name their own sheets; the plan's sheet is what
  // the fingerprint is checked against.
  if (write && planned.edits.length > 0) await applyPlanned(session, plan.sheet, basedOn, planned.edits);
  const sheetsWritten = write ? [...new Set([plan.sheet, ...planned.edits.map((e) => e.sheet)])] : [];
  return {
    ok: true,
    sheet: plan.sheet,
    totals: planned.totals,
    notes: planned.notes,
    rpd: options.rpd ? planRpd(plan, { lag: options.rpd.lag }) : null,
    applied: write ? planned.edits.length : 0,
    sheetsWritten,
  };
}

/** The totals and what writing them would do, without touching the workbook (for the pane). */
export async function computeBudget(
  session: ExcelSession,
  options: BudgetOptions = {},
): Promise<BudgetResult | NoTable> {
  return budget(session, options, false);
}

/**
 * Writes the totals as formulas: read the sheet, plan the edits against that reading, apply them in
 * one batch (refused, with nothing written, if the sheet changed in between). Running it again
 * updates the same JUMLAH row and rewrites the same Rekap sheet.
 */
export async function writeBudget(session: ExcelSession, options: BudgetOptions = {}): Promise<BudgetResult | NoTable> {
  return budget(session, options, true);
}
