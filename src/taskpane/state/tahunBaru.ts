import type { NoTable } from "../../app/plan";
import type { TahunBaruResult } from "../../app/tahunBaru";
import type { ClearChoice, RolloverRefused } from "../../core/rollover";
import type { Failure, PaneError } from "./reducer";

/**
 * The Tahun Baru view's state: the choices (year, sheet name, what to clear, which proposed blocks
 * to drop, which year mentions to change), the preview they give, and the sheet made. A slice of
 * the pane's state with its own reducer.
 *
 * Proposed drops and year mentions start unchosen: the planner never drops a block or changes a
 * year in the text unasked, and the pane lists every proposal for the user to tick.
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
  /** Block numbers (No) the user ticked for removal, out of the preview's proposed drops. */
  readonly drops: readonly number[];
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
      // Choices that the new review no longer offers are forgotten; the others stay.
      const review = action.result.ok ? action.result.review : null;
      const drops = review ? state.drops.filter((no) => review.proposedDrops.some((d) => d.no === no)) : [];
      const mentions = review ? state.mentions.filter((a) => review.yearMentions.some((m) => m.address === a)) : [];
      return {
        ...state,
        busy: null,
        preview: action.result,
        year: state.year === "" ? String(action.year) : state.year,
        drops,
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
