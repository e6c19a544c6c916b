import type { Note } from "../core/budget";
import type { Schedule } from "../core/schedule";
import { computeSchedule, planClearHighlights, planScheduleHighlights } from "../core/schedule";
import { activeSheetName } from "../excel/readWorkbook";
import type { ExcelSession } from "../excel/session";
import { applyPlanned } from "./applyPlanned";
import type { NoTable, SheetOptions } from "./plan";
import { readSheetPlan } from "./plan";

/**
 * Jadwal: how the year is planned (computeJadwal, for the pane), and on the sheet as conditional
 * formatting (highlightSchedule): rows with no period planned and periods no row plans are shaded,
 * and the shading follows the "v" marks as the user types them. clearSchedule removes Rakit's rules
 * and only those; the sheet's own formatting stays as it was.
 */

export interface JadwalResult {
  readonly ok: true;
  readonly sheet: string;
  readonly schedule: Schedule;
  readonly notes: readonly Note[];
  /** Conditional-format rules added (0 from computeJadwal). */
  readonly rules: number;
}

/** The schedule's numbers, without touching the workbook. */
export async function computeJadwal(
  session: ExcelSession,
  options: SheetOptions = {},
): Promise<JadwalResult | NoTable> {
  const read = await readSheetPlan(session, options);
  if (!read.ok) return read;
  return { ok: true, sheet: read.plan.sheet, schedule: computeSchedule(read.plan), notes: [], rules: 0 };
}

/** Shades unplanned rows and empty periods with Rakit's conditional formats (earlier ones replaced). */
export async function highlightSchedule(
  session: ExcelSession,
  options: SheetOptions = {},
): Promise<JadwalResult | NoTable> {
  const read = await readSheetPlan(session, options);
  if (!read.ok) return read;
  const { plan, basedOn } = read;
  // No month or quarter columns: nothing to shade, and the sheet is left exactly as it is.
  if (plan.header.periodKind === "none") {
    return {
      ok: true,
      sheet: plan.sheet,
      schedule: computeSchedule(plan),
      notes: [{ key: "schedule.note.noPeriods", params: {} }],
      rules: 0,
    };
  }
  const edits = planScheduleHighlights(plan);
  await applyPlanned(session, plan.sheet, basedOn, edits);
  return {
    ok: true,
    sheet: plan.sheet,
    schedule: computeSchedule(plan),
    notes: [{ key: "schedule.note.highlights", params: {} }],
    rules: edits.filter((e) => e.kind === "addConditionalFormat").length,
  };
}

/**
 * Removes Rakit's conditional formats from the sheet (the active one when none is named). Rakit
 * finds its own rules by their formula mark; the user's rules are left alone.
 */
export async function clearSchedule(session: ExcelSession, options: { readonly sheet?: string } = {}): Promise<Note[]> {
  const sheet = options.sheet ?? (await activeSheetName(session));
  await applyPlanned(session, sheet, null, planClearHighlights(sheet));
  return [{ key: "schedule.note.cleared", params: {} }];
}
