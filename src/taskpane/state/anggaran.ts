import type { BudgetResult } from "../../app/anggaran";
import type { JadwalResult } from "../../app/jadwal";
import type { NoTable } from "../../app/plan";
import type { Lag, Note } from "../../core/budget";
import type { Failure, PaneError } from "./reducer";

/**
 * The Anggaran view's state (its two parts: the budget and the schedule), a slice of the pane's
 * state with its own reducer. The view's operations share one `busy`, so a write and a highlight
 * never race on the same sheet; Periksa has its own and is not blocked by them.
 */

export type AnggaranPart = "budget" | "schedule";

/** The view's long operations (selecting a row's cells is instant and never marks it busy). */
export type AnggaranOperation = "budget" | "writeBudget" | "schedule" | "highlightSchedule" | "clearSchedule";

/** How the budget per period is shown: per period of the table, or folded into quarters. */
export type PeriodView = "period" | "quarter";

export type AnggaranNotice = "budgetComputed" | "budgetWritten" | "scheduleComputed" | "scheduleNoted";

export interface AnggaranState {
  readonly part: AnggaranPart;
  readonly busy: AnggaranOperation | null;
  /** Id of the latest budget / schedule reading started; an older one's result is ignored. */
  readonly budgetId: number;
  readonly scheduleId: number;
  readonly budget: BudgetResult | NoTable | null;
  readonly schedule: JadwalResult | NoTable | null;
  readonly periodView: PeriodView;
  /** "Draf RPD": also write the RPD draft sheet, drawn `lag` periods after the activity. */
  readonly rpd: boolean;
  readonly lag: Lag;
  /** The last write, whose notes (what was inserted, replaced, split) stay on screen until the next one. */
  readonly written: BudgetResult | null;
  /** What the last Sorot jadwal / Hapus sorotan jadwal did. */
  readonly scheduleNotes: readonly Note[];
  readonly failure: Failure | null;
  readonly notice: AnggaranNotice | null;
}

export type AnggaranAction =
  | { readonly type: "anggaran/partChanged"; readonly part: AnggaranPart }
  | { readonly type: "anggaran/periodViewChanged"; readonly view: PeriodView }
  | { readonly type: "anggaran/rpdChanged"; readonly rpd: boolean }
  | { readonly type: "anggaran/lagChanged"; readonly lag: Lag }
  | { readonly type: "anggaran/budgetStarted"; readonly id: number }
  | { readonly type: "anggaran/budgetComputed"; readonly id: number; readonly result: BudgetResult | NoTable }
  | { readonly type: "anggaran/writeStarted" }
  | { readonly type: "anggaran/budgetWritten"; readonly result: BudgetResult | NoTable }
  | { readonly type: "anggaran/scheduleStarted"; readonly id: number }
  | { readonly type: "anggaran/scheduleComputed"; readonly id: number; readonly result: JadwalResult | NoTable }
  | { readonly type: "anggaran/highlightStarted" }
  | { readonly type: "anggaran/scheduleHighlighted"; readonly result: JadwalResult | NoTable }
  | { readonly type: "anggaran/clearStarted" }
  | { readonly type: "anggaran/scheduleCleared"; readonly notes: readonly Note[] }
  | {
      readonly type: "anggaran/failed";
      readonly op: AnggaranOperation;
      /** The reading's id, for budget and schedule readings: a stale one's failure is ignored. */
      readonly id?: number;
      readonly error: PaneError;
    }
  | { readonly type: "anggaran/selectFailed"; readonly error: PaneError }
  | { readonly type: "anggaran/failureDismissed" };

export function initialAnggaran(): AnggaranState {
  return {
    part: "budget",
    busy: null,
    budgetId: 0,
    scheduleId: 0,
    budget: null,
    schedule: null,
    periodView: "period",
    rpd: false,
    lag: 0,
    written: null,
    scheduleNotes: [],
    failure: null,
    notice: null,
  };
}

export function isAnggaranAction(action: { readonly type: string }): action is AnggaranAction {
  return action.type.startsWith("anggaran/");
}

function stale(state: AnggaranState, op: AnggaranOperation, id: number | undefined): boolean {
  if (id === undefined) return false;
  if (op === "budget") return id !== state.budgetId;
  if (op === "schedule") return id !== state.scheduleId;
  return false;
}

export function anggaranReducer(state: AnggaranState, action: AnggaranAction): AnggaranState {
  switch (action.type) {
    case "anggaran/partChanged":
      return action.part === state.part ? state : { ...state, part: action.part };
    case "anggaran/periodViewChanged":
      return action.view === state.periodView ? state : { ...state, periodView: action.view };
    case "anggaran/rpdChanged":
      return action.rpd === state.rpd ? state : { ...state, rpd: action.rpd };
    case "anggaran/lagChanged":
      return action.lag === state.lag ? state : { ...state, lag: action.lag };
    case "anggaran/budgetStarted":
      return { ...state, busy: "budget", budgetId: action.id, failure: null, notice: null };
    case "anggaran/budgetComputed":
      if (action.id !== state.budgetId) return state;
      return { ...state, busy: null, budget: action.result, notice: "budgetComputed" };
    case "anggaran/writeStarted":
      return { ...state, busy: "writeBudget", written: null, failure: null, notice: null };
    case "anggaran/budgetWritten": {
      // The write read the sheet afresh: its totals are the newest, and a reading still in flight
      // (started before the write) would show the sheet as it was, so it is outdated. Inserted
      // subtotal rows move the rows below them: the schedule's row numbers are read again.
      const wrote = action.result.ok && action.result.applied > 0;
      return {
        ...state,
        busy: null,
        budget: action.result,
        budgetId: state.budgetId + 1,
        written: action.result.ok ? action.result : null,
        notice: action.result.ok ? "budgetWritten" : "budgetComputed",
        ...(wrote ? { schedule: null, scheduleId: state.scheduleId + 1, scheduleNotes: [] } : {}),
      };
    }
    case "anggaran/scheduleStarted":
      return { ...state, busy: "schedule", scheduleId: action.id, failure: null, notice: null };
    case "anggaran/scheduleComputed":
      if (action.id !== state.scheduleId) return state;
      return { ...state, busy: null, schedule: action.result, notice: "scheduleComputed" };
    case "anggaran/highlightStarted":
      return { ...state, busy: "highlightSchedule", scheduleNotes: [], failure: null, notice: null };
    case "anggaran/scheduleHighlighted":
      return {
        ...state,
        busy: null,
        schedule: action.result,
        scheduleId: state.scheduleId + 1,
        scheduleNotes: action.result.ok ? action.result.notes : [],
        notice: action.result.ok ? "scheduleNoted" : "scheduleComputed",
      };
    case "anggaran/clearStarted":
      return { ...state, busy: "clearSchedule", scheduleNotes: [], failure: null, notice: null };
    case "anggaran/scheduleCleared":
      return { ...state, busy: null, scheduleNotes: action.notes, notice: "scheduleNoted" };
    case "anggaran/failed":
      if (stale(state, action.op, action.id)) return state;
      return { ...state, busy: null, failure: { op: action.op, error: action.error } };
    case "anggaran/selectFailed":
      return { ...state, failure: { op: "select", error: action.error }, notice: null };
    case "anggaran/failureDismissed":
      return state.failure === null ? state : { ...state, failure: null };
  }
}
