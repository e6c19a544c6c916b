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
  /** Id of the latest check started: the pane stays busy until that one ends. */
  readonly checkId: number;
  /**
   * Id of the check whose result is shown. A result is shown as soon as it arrives, unless a newer
   * check's result is already on screen; its summary and findings list show together.
   */
  readonly resultId: number;
  readonly result: CheckResult | null;
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
  | { readonly type: "checkStarted"; readonly id: number; readonly headerRow: number | null }
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
    resultId: 0,
    result: null,
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
      return { ...state, busy: "check", checkId: action.id, headerRow: action.headerRow, failure: null, notice: null };
    case "checkSucceeded": {
      // An older check's result still shows while a newer one runs (it is the freshest there is), but
      // never replaces a newer one's. Only the latest check's end makes the pane idle.
      if (action.id <= state.resultId) return state;
      const last = action.id === state.checkId;
      return {
        ...state,
        busy: last ? null : state.busy,
        resultId: action.id,
        result: action.result,
        runs: state.runs + 1,
        listLimit: LIST_PAGE,
        notice: last ? "checked" : state.notice,
      };
    }
    case "checkFailed":
      // An older check's failure is moot: the newer one running reports for itself.
      if (action.id !== state.checkId) return state;
      return { ...state, busy: null, failure: { op: "check", error: action.error } };
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
