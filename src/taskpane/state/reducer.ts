import type { CheckResult } from "../../app/periksa";
import type { Severity } from "../../core/findings";
import type { Lang } from "../../core/i18n/lang";
import type { RakitExcelError } from "../../excel/errors";
import type { ViewId } from "../views";
import { anggaranReducer, initialAnggaran, isAnggaranAction } from "./anggaran";
import type { AnggaranAction, AnggaranOperation, AnggaranState } from "./anggaran";
import { cetakReducer, initialCetak, isCetakAction } from "./cetak";
import type { CetakAction, CetakOperation, CetakState } from "./cetak";
import { initialKatalog, isKatalogAction, katalogReducer } from "./katalog";
import type { KatalogAction, KatalogOperation, KatalogState } from "./katalog";
import { initialTahunBaru, isTahunBaruAction, tahunBaruReducer } from "./tahunBaru";
import type { TahunBaruAction, TahunBaruOperation, TahunBaruState } from "./tahunBaru";

/**
 * The pane's state and every way it changes, as a pure reducer: the hooks run the async work and
 * report it here as actions, so what the user sees after any sequence of events is testable
 * without React or Excel.
 */

/** What the pane can be doing against Excel. Selecting a cell is instant and never marks the pane busy. */
export type Operation =
  | "check"
  | "select"
  | "highlight"
  | "clear"
  | AnggaranOperation
  | KatalogOperation
  | TahunBaruOperation
  | CetakOperation;

/** The operations of the views with their own slices (they never mark Periksa busy). */
type ViewOperation = AnggaranOperation | KatalogOperation | TahunBaruOperation | CetakOperation;

export type SeverityFilter = "all" | Severity;

/** An error for the user: an Excel problem (worded at render time, in the current language) or a Rakit bug. */
export type PaneError =
  { readonly kind: "excel"; readonly error: RakitExcelError } | { readonly kind: "internal"; readonly detail: string };

export interface Failure {
  readonly op: Operation;
  readonly error: PaneError;
}

/** What the polite live region announces after an operation ends. */
export type Notice = "checked" | "highlighted" | "cleared";

/** Findings rendered at once; "show more" adds as many again. Thousands of items at once would make the pane slow. */
export const LIST_PAGE = 100;

export interface PaneState {
  readonly lang: Lang;
  readonly view: ViewId;
  /** The long operation in flight (check, highlight, clear); its buttons are disabled meanwhile. */
  readonly busy: Exclude<Operation, "select" | ViewOperation> | null;
  /** Id of the latest check started; the result of an older one is ignored. */
  readonly checkId: number;
  /** Whether the running check should reveal the findings list (Periksa does; the detect on open does not). */
  readonly pendingReveal: boolean;
  readonly result: CheckResult | null;
  /** The findings list is shown: after Periksa. The detect on open shows only the summary. */
  readonly revealed: boolean;
  /** Completed checks. */
  readonly runs: number;
  /** The 1-based header row the user pointed at, used by later checks; null lets the reader find it. */
  readonly headerRow: number | null;
  readonly filter: SeverityFilter;
  readonly listLimit: number;
  readonly failure: Failure | null;
  readonly notice: Notice | null;
  /** The Anggaran view (budget and schedule): its own slice, see state/anggaran.ts. */
  readonly anggaran: AnggaranState;
  /** The Katalog view: see state/katalog.ts. */
  readonly katalog: KatalogState;
  /** The Tahun Baru view: see state/tahunBaru.ts. */
  readonly tahunBaru: TahunBaruState;
  /** The Cetak view: see state/cetak.ts. */
  readonly cetak: CetakState;
}

export type PaneAction =
  | { readonly type: "checkStarted"; readonly id: number; readonly reveal: boolean; readonly headerRow: number | null }
  | { readonly type: "checkSucceeded"; readonly id: number; readonly result: CheckResult }
  | { readonly type: "checkFailed"; readonly id: number; readonly error: PaneError }
  | { readonly type: "selectFailed"; readonly error: PaneError }
  | { readonly type: "highlightStarted" }
  | { readonly type: "highlightDone" }
  | { readonly type: "highlightFailed"; readonly error: PaneError }
  | { readonly type: "clearStarted" }
  | { readonly type: "clearDone" }
  | { readonly type: "clearFailed"; readonly error: PaneError }
  | { readonly type: "filterChanged"; readonly filter: SeverityFilter }
  | { readonly type: "moreShown" }
  | { readonly type: "langChanged"; readonly lang: Lang }
  | { readonly type: "viewChanged"; readonly view: ViewId }
  | { readonly type: "failureDismissed" }
  | AnggaranAction
  | KatalogAction
  | TahunBaruAction
  | CetakAction;

export function initialState(lang: Lang, view: ViewId): PaneState {
  return {
    lang,
    view,
    busy: null,
    checkId: 0,
    pendingReveal: false,
    result: null,
    revealed: false,
    runs: 0,
    headerRow: null,
    filter: "all",
    listLimit: LIST_PAGE,
    failure: null,
    notice: null,
    anggaran: initialAnggaran(),
    katalog: initialKatalog(),
    tahunBaru: initialTahunBaru(),
    cetak: initialCetak(),
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  if (isAnggaranAction(action)) {
    const anggaran = anggaranReducer(state.anggaran, action);
    return anggaran === state.anggaran ? state : { ...state, anggaran };
  }
  if (isKatalogAction(action)) {
    const katalog = katalogReducer(state.katalog, action);
    return katalog === state.katalog ? state : { ...state, katalog };
  }
  if (isTahunBaruAction(action)) {
    const tahunBaru = tahunBaruReducer(state.tahunBaru, action);
    return tahunBaru === state.tahunBaru ? state : { ...state, tahunBaru };
  }
  if (isCetakAction(action)) {
    const cetak = cetakReducer(state.cetak, action);
    return cetak === state.cetak ? state : { ...state, cetak };
  }
  switch (action.type) {
    case "checkStarted":
      return {
        ...state,
        busy: "check",
        checkId: action.id,
        pendingReveal: action.reveal,
        headerRow: action.headerRow,
        failure: null,
        notice: null,
      };
    case "checkSucceeded":
      if (action.id !== state.checkId) return state;
      return {
        ...state,
        busy: null,
        result: action.result,
        revealed: state.revealed || state.pendingReveal,
        pendingReveal: false,
        runs: state.runs + 1,
        listLimit: LIST_PAGE,
        notice: "checked",
      };
    case "checkFailed":
      if (action.id !== state.checkId) return state;
      return { ...state, busy: null, pendingReveal: false, failure: { op: "check", error: action.error } };
    case "selectFailed":
      return { ...state, failure: { op: "select", error: action.error }, notice: null };
    case "highlightStarted":
      return { ...state, busy: "highlight", failure: null, notice: null };
    case "highlightDone":
      return { ...state, busy: null, notice: "highlighted" };
    case "highlightFailed":
      return { ...state, busy: null, failure: { op: "highlight", error: action.error } };
    case "clearStarted":
      return { ...state, busy: "clear", failure: null, notice: null };
    case "clearDone":
      return { ...state, busy: null, notice: "cleared" };
    case "clearFailed":
      return { ...state, busy: null, failure: { op: "clear", error: action.error } };
    case "filterChanged":
      return action.filter === state.filter ? state : { ...state, filter: action.filter, listLimit: LIST_PAGE };
    case "moreShown":
      return { ...state, listLimit: state.listLimit + LIST_PAGE };
    case "langChanged":
      return action.lang === state.lang ? state : { ...state, lang: action.lang };
    case "viewChanged":
      return action.view === state.view ? state : { ...state, view: action.view };
    case "failureDismissed":
      return state.failure === null ? state : { ...state, failure: null };
  }
}
