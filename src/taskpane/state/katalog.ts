import type { CatalogForPlan, InsertResult, LoadedCatalog } from "../../app/katalog";
import type { NoTable } from "../../app/plan";
import type { Failure, PaneError } from "./reducer";

/**
 * The Katalog view's state: the catalog beside the plan (read when the view is first shown), the
 * search, the entries chosen, and the last Sisipkan. A slice of the pane's state with its own reducer.
 */

export type KatalogOperation = "katalogLoad" | "katalogInsert";

/** What reading the catalog beside the plan gave: both, no table, or the Katalog sheet refused. */
export type KatalogLoaded = CatalogForPlan | NoTable | Extract<LoadedCatalog, { ok: false }>;

export type KatalogNotice = "loaded" | "inserted" | "refused";

export interface KatalogState {
  readonly busy: KatalogOperation | null;
  /** Id of the latest reading started; an older one's result is ignored. */
  readonly loadId: number;
  readonly loaded: KatalogLoaded | null;
  readonly query: string;
  /** Entry ids chosen for Sisipkan, in the order chosen. */
  readonly selected: readonly string[];
  /** The last Sisipkan: its new rows and notes, or why nothing was inserted. Stays until the next one. */
  readonly inserted: InsertResult | null;
  /** Periksa has read the sheet again since the last insert: the view shows its counts. */
  readonly rechecked: boolean;
  readonly failure: Failure | null;
  readonly notice: KatalogNotice | null;
}

export type KatalogAction =
  | { readonly type: "katalog/queryChanged"; readonly query: string }
  | { readonly type: "katalog/toggled"; readonly id: string; readonly chosen: boolean }
  | { readonly type: "katalog/loadStarted"; readonly id: number }
  | { readonly type: "katalog/loaded"; readonly id: number; readonly result: KatalogLoaded }
  | { readonly type: "katalog/insertStarted" }
  | { readonly type: "katalog/inserted"; readonly result: InsertResult }
  | { readonly type: "katalog/rechecked" }
  | { readonly type: "katalog/failed"; readonly op: KatalogOperation; readonly id?: number; readonly error: PaneError }
  | { readonly type: "katalog/selectFailed"; readonly error: PaneError }
  | { readonly type: "katalog/failureDismissed" };

export function initialKatalog(): KatalogState {
  return {
    busy: null,
    loadId: 0,
    loaded: null,
    query: "",
    selected: [],
    inserted: null,
    rechecked: false,
    failure: null,
    notice: null,
  };
}

export function isKatalogAction(action: { readonly type: string }): action is KatalogAction {
  return action.type.startsWith("katalog/");
}

export function katalogReducer(state: KatalogState, action: KatalogAction): KatalogState {
  switch (action.type) {
    case "katalog/queryChanged":
      return action.query === state.query ? state : { ...state, query: action.query };
    case "katalog/toggled": {
      const has = state.selected.includes(action.id);
      if (has === action.chosen) return state;
      const selected = action.chosen ? [...state.selected, action.id] : state.selected.filter((s) => s !== action.id);
      return { ...state, selected };
    }
    case "katalog/loadStarted":
      return { ...state, busy: "katalogLoad", loadId: action.id, failure: null, notice: null };
    case "katalog/loaded":
      if (action.id !== state.loadId) return state;
      return { ...state, busy: null, loaded: action.result, notice: "loaded" };
    case "katalog/insertStarted":
      return { ...state, busy: "katalogInsert", inserted: null, rechecked: false, failure: null, notice: null };
    case "katalog/inserted":
      // Inserted: the choice is done with, and the plan changed under the marks (read again next).
      // Refused: nothing was written, so the choice stays for the user to change.
      return action.result.ok
        ? {
            ...state,
            busy: null,
            inserted: action.result,
            selected: [],
            loaded: null,
            loadId: state.loadId + 1,
            notice: "inserted",
          }
        : { ...state, busy: null, inserted: action.result, notice: "refused" };
    case "katalog/rechecked":
      return state.inserted?.ok ? { ...state, rechecked: true } : state;
    case "katalog/failed":
      if (action.id !== undefined && action.id !== state.loadId) return state;
      return { ...state, busy: null, failure: { op: action.op, error: action.error } };
    case "katalog/selectFailed":
      return { ...state, failure: { op: "select", error: action.error }, notice: null };
    case "katalog/failureDismissed":
      return state.failure === null ? state : { ...state, failure: null };
  }
}
