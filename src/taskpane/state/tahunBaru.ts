import type { NoTable } from "../../app/plan";
import type { TahunBaruResult } from "../../app/tahunBaru";
import type { ClearChoice, RolloverRefused } from "../../core/rollover";
import type { Failure, PaneError } from "./reducer";

/**
 * The Tahun Baru view's state: the choices (year, sheet name, what to clear, which proposed blocks
 * to drop, which year mentions to change), the preview they give, and the sheet made. A slice of
 * the pane's state with its own reducer.
 *
 * The defaults are what a staff member making next year's RAK wants, each visible and undoable:
 * - a block whose stage has ended (a Pemilu 2024 stage, in a 2025 plan) starts ticked for removal: it
 *   has nothing left to do, and kept it would only give the new sheet errors to delete by hand. A stage
 *   that has not started yet, or runs around the new year but not in it, starts unticked: preparing
 *   ahead of a stage may be real work, so the user decides;
 * - year mentions start unticked: most are an event's year ("Pemilu Tahun 2024"), which must stay;
 * - nothing is cleared: the new RAK starts as a copy that staff edit, and cleared targets, months or
 *   budgets would be empty cells that Periksa reports until retyped.
 * The planner itself never drops or changes anything it is not given.
 */

export type TahunBaruOperation = "tahunBaruPreview" | "tahunBaruCreate";

export type TahunBaruPreview = TahunBaruResult | RolloverRefused | NoTable;

/** How the new sheet reads after it was made (Periksa on it). */
export interface MadeCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface TahunBaruMade {
  readonly result: TahunBaruResult;
  readonly counts: MadeCounts;
}

export type TahunBaruNotice = "previewed" | "created";

export interface TahunBaruState {
  readonly busy: TahunBaruOperation | null;
  readonly previewId: number;
  /** The year as typed; "" until the first preview fills in the plan's year + 1. */
  readonly year: string;
  /** The new sheet's name as typed; "" takes the default ("RAK 2025", or "RAK 2025 (2)" when taken). */
  readonly name: string;
  readonly clear: ClearChoice;
  readonly preview: TahunBaruPreview | null;
  /** Block numbers (No) ticked for removal, out of the preview's proposed drops. */
  readonly drops: readonly number[];
  /** Block numbers (No) proposed so far: a default tick is given once, never again after the user's untick. */
  readonly offered: readonly number[];
  /** Addresses of the year mentions the user chose to change (the rest are kept). */
  readonly mentions: readonly string[];
  readonly made: TahunBaruMade | null;
  readonly failure: Failure | null;
  readonly notice: TahunBaruNotice | null;
}

export type TahunBaruAction =
  | { readonly type: "tahunBaru/yearChanged"; readonly year: string }
  | { readonly type: "tahunBaru/nameChanged"; readonly name: string }
  | { readonly type: "tahunBaru/clearChanged"; readonly what: keyof ClearChoice; readonly value: boolean }
  | { readonly type: "tahunBaru/dropToggled"; readonly no: number; readonly chosen: boolean }
  | { readonly type: "tahunBaru/mentionToggled"; readonly address: string; readonly chosen: boolean }
  | { readonly type: "tahunBaru/previewStarted"; readonly id: number }
  | {
      readonly type: "tahunBaru/previewed";
      readonly id: number;
      readonly year: number;
      readonly result: TahunBaruPreview;
    }
  | { readonly type: "tahunBaru/createStarted" }
  | { readonly type: "tahunBaru/created"; readonly result: TahunBaruPreview; readonly counts: MadeCounts | null }
  | {
      readonly type: "tahunBaru/failed";
      readonly op: TahunBaruOperation;
      readonly id?: number;
      readonly error: PaneError;
    }
  | { readonly type: "tahunBaru/restarted" }
  | { readonly type: "tahunBaru/failureDismissed" };

export function initialTahunBaru(): TahunBaruState {
  return {
    busy: null,
    previewId: 0,
    year: "",
    name: "",
    clear: { months: false, targets: false, budget: false },
    preview: null,
    drops: [],
    offered: [],
    mentions: [],
    made: null,
    failure: null,
    notice: null,
  };
}

export function isTahunBaruAction(action: { readonly type: string }): action is TahunBaruAction {
  return action.type.startsWith("tahunBaru/");
}

/** The year typed, when it is one the planner takes (four digits); null otherwise. */
export function parseYear(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

function toggled<T>(list: readonly T[], item: T, chosen: boolean): readonly T[] {
  const has = list.includes(item);
  if (has === chosen) return list;
  return chosen ? [...list, item] : list.filter((x) => x !== item);
}

export function tahunBaruReducer(state: TahunBaruState, action: TahunBaruAction): TahunBaruState {
  switch (action.type) {
    case "tahunBaru/yearChanged":
      return action.year === state.year ? state : { ...state, year: action.year };
    case "tahunBaru/nameChanged":
      return action.name === state.name ? state : { ...state, name: action.name };
    case "tahunBaru/clearChanged":
      return state.clear[action.what] === action.value
        ? state
        : { ...state, clear: { ...state.clear, [action.what]: action.value } };
    case "tahunBaru/dropToggled": {
      const drops = toggled(state.drops, action.no, action.chosen);
      return drops === state.drops ? state : { ...state, drops };
    }
    case "tahunBaru/mentionToggled": {
      const mentions = toggled(state.mentions, action.address, action.chosen);
      return mentions === state.mentions ? state : { ...state, mentions };
    }
    case "tahunBaru/previewStarted":
      return { ...state, busy: "tahunBaruPreview", previewId: action.id, failure: null, notice: null };
    case "tahunBaru/previewed": {
      if (action.id !== state.previewId) return state;
      // Choices that the new review no longer offers are forgotten; the others stay. A proposal seen for
      // the first time gets its default (an ended stage ticked).
      const review = action.result.ok ? action.result.review : null;
      const proposed = review?.proposedDrops ?? [];
      const kept = state.drops.filter((no) => proposed.some((d) => d.no === no));
      const fresh = proposed.filter((d) => !state.offered.includes(d.no) && d.reason === "stageEnded");
      const mentions = review ? state.mentions.filter((a) => review.yearMentions.some((m) => m.address === a)) : [];
      return {
        ...state,
        busy: null,
        preview: action.result,
        year: state.year === "" ? String(action.year) : state.year,
        drops: [...kept, ...fresh.map((d) => d.no).filter((no) => !kept.includes(no))],
        offered: [...state.offered, ...proposed.map((d) => d.no).filter((no) => !state.offered.includes(no))],
        mentions,
        notice: "previewed",
      };
    }
    case "tahunBaru/createStarted":
      return { ...state, busy: "tahunBaruCreate", made: null, failure: null, notice: null };
    case "tahunBaru/created":
      if (!action.result.ok || action.counts === null) return { ...state, busy: null, preview: action.result };
      // The new sheet is made (and active): the choices were for the old one; start over from it on request.
      return {
        ...initialTahunBaru(),
        previewId: state.previewId + 1,
        made: { result: action.result, counts: action.counts },
        notice: "created",
      };
    case "tahunBaru/restarted":
      return { ...initialTahunBaru(), previewId: state.previewId + 1 };
    case "tahunBaru/failed":
      if (action.id !== undefined && action.id !== state.previewId) return state;
      return { ...state, busy: null, failure: { op: action.op, error: action.error } };
    case "tahunBaru/failureDismissed":
      return state.failure === null ? state : { ...state, failure: null };
  }
}
