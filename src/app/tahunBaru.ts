import { planRollover } from "../core/rollover";
import type { ClearChoice, RolloverPlan, RolloverRefused, StageYears, YearMentionDecision } from "../core/rollover";
import type { PeriodKind } from "../core/model";
import { listSheets } from "../excel/readWorkbook";
import type { ExcelSession } from "../excel/session";
import { applyPlanned } from "./applyPlanned";
import type { NoTable, ReadPlan, SheetOptions } from "./plan";
import { readSheetPlan } from "./plan";

/**
 * Tahun Baru: next year's plan from the active RAK sheet, on a new sheet. `previewTahunBaru` gives
 * what the pane shows before anything is written (the review: year mentions, proposed drops);
 * `tahunBaru` writes it.
 */

export interface TahunBaruOptions extends SheetOptions {
  readonly year: number;
  readonly clear?: Partial<ClearChoice>;
  /** Block numbers (No) to drop; see `review.proposedDrops`. */
  readonly dropBlocks?: readonly number[];
  /** Drop every proposed block (the CLI's --drop-ended), besides `dropBlocks`. */
  readonly dropEnded?: boolean;
  readonly yearMentions?: Readonly<Record<string, YearMentionDecision>>;
  /** Take every year mention's suggestion (the CLI's --change-years); `yearMentions` still wins. */
  readonly changeAllYears?: boolean;
  readonly newName?: string;
  /** Stage-bound codes and their years, from the catalog. */
  readonly stageYears?: StageYears;
}

export interface TahunBaruResult extends RolloverPlan {
  /** Edits applied (both batches); 0 from the preview. */
  readonly applied: number;
  /** Months or quarters: how the pane names the schedule marks ("Tanda bulan", "Tanda triwulan"). */
  readonly periodKind: PeriodKind;
}

async function plan(
  session: ExcelSession,
  options: TahunBaruOptions,
): Promise<{ read: ReadPlan; result: RolloverPlan } | RolloverRefused | NoTable> {
  const read = await readSheetPlan(session, options);
  if (!read.ok) return read;
  const existingSheets = await listSheets(session);
  const base = {
    year: options.year,
    existingSheets,
    ...(options.clear ? { clear: options.clear } : {}),
    ...(options.newName !== undefined ? { newName: options.newName } : {}),
    ...(options.stageYears ? { stageYears: options.stageYears } : {}),
  };
  // The review does not depend on the choices, so a first pass gives the proposals and mentions
  // the "all of them" options stand for.
  const first = planRollover(read.plan, read.snapshot, { ...base, dropBlocks: options.dropBlocks ?? [] });
  if (!first.ok) return first;
  const dropBlocks = [
    ...new Set([
      ...(options.dropBlocks ?? []),
      ...(options.dropEnded ? first.review.proposedDrops.map((d) => d.no) : []),
    ]),
  ];
  const yearMentions: Record<string, YearMentionDecision> = {};
  if (options.changeAllYears) for (const m of first.review.yearMentions) yearMentions[m.address] = "change";
  Object.assign(yearMentions, options.yearMentions ?? {});
  const result = planRollover(read.plan, read.snapshot, { ...base, dropBlocks, yearMentions });
  if (!result.ok) return result;
  return { read, result };
}

/** What Tahun Baru would do, without touching the workbook. */
export async function previewTahunBaru(
  session: ExcelSession,
  options: TahunBaruOptions,
): Promise<TahunBaruResult | RolloverRefused | NoTable> {
  const planned = await plan(session, options);
  if (!("result" in planned)) return planned;
  return { ...planned.result, applied: 0, periodKind: planned.read.plan.header.periodKind };
}

/**
 * Makes the new sheet: one batch (copy, new year, clears, chosen mentions, drops), refused with
 * nothing written if the source sheet changed since it was read; then a second, small one once the
 * new sheet exists (copied Rakit highlights off, the signature date highlighted, the sheet shown).
 */
export async function tahunBaru(
  session: ExcelSession,
  options: TahunBaruOptions,
): Promise<TahunBaruResult | RolloverRefused | NoTable> {
  const planned = await plan(session, options);
  if (!("result" in planned)) return planned;
  const { read, result } = planned;
  await applyPlanned(session, read.plan.sheet, read.basedOn, result.edits);
  await applyPlanned(session, result.newSheet, null, result.finishEdits);
  return {
    ...result,
    applied: result.edits.length + result.finishEdits.length,
    periodKind: read.plan.header.periodKind,
  };
}
