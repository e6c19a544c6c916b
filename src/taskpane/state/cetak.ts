import type { CetakResult } from "../../app/cetak";
import type { PaperSize } from "../../core/edits";
import type { Failure, PaneError } from "./reducer";

/**
 * The Cetak view's state: the paper chosen (F4/Folio unless A4 is asked for) and what the last
 * Siapkan cetak / Cetak tetap gave. A slice of the pane's state with its own reducer.
 */

export type CetakOperation = "cetak";

export interface CetakState {
  readonly busy: CetakOperation | null;
  readonly paper: PaperSize;
  readonly result: CetakResult | null;
  readonly failure: Failure | null;
  /** The last run finished: the polite live region says how. */
  readonly notice: boolean;
}

export type CetakAction =
  | { readonly type: "cetak/paperChanged"; readonly paper: PaperSize }
  | { readonly type: "cetak/started" }
  | { readonly type: "cetak/done"; readonly result: CetakResult }
  | { readonly type: "cetak/failed"; readonly error: PaneError }
  | { readonly type: "cetak/selectFailed"; readonly error: PaneError }
  | { readonly type: "cetak/failureDismissed" };

export function initialCetak(): CetakState {
  return { busy: null, paper: "folio", result: null, failure: null, notice: false };
}

export function isCetakAction(action: { readonly type: string }): action is CetakAction {
  return action.type.startsWith("cetak/");
}

export function cetakReducer(state: CetakState, action: CetakAction): CetakState {
  switch (action.type) {
    case "cetak/paperChanged":
      return action.paper === state.paper ? state : { ...state, paper: action.paper };
    case "cetak/started":
      return { ...state, busy: "cetak", failure: null, notice: false };
    case "cetak/done":
      return { ...state, busy: null, result: action.result, notice: true };
    case "cetak/failed":
      return { ...state, busy: null, failure: { op: "cetak", error: action.error } };
    case "cetak/selectFailed":
      return { ...state, failure: { op: "select", error: action.error }, notice: false };
    case "cetak/failureDismissed":
      return state.failure === null ? state : { ...state, failure: null };
  }
}
