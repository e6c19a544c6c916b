import type { Edit } from "../edits";

/**
 * Tahun Baru: what the user chooses, and what the planner hands back. Plain data, so the pane, the
 * CLI and tests all speak the same shapes.
 */

/** Which parts of the old plan start empty on the new sheet. */
export interface ClearChoice {
  /** The "v" marks of the months (or quarters). */
  readonly months: boolean;
  /** The Perkiraan Biaya amounts (typed amounts only: formulas stay, they compute from elsewhere). */
  readonly budget: boolean;
  readonly targets: boolean;
}

/**
 * The years a kegiatan code's stage (tahapan) runs in, or null for a routine or unknown code. This
 * comes from the catalog; the planner only asks this question of it.
 */
export type StageYears = (code: string) => readonly number[] | null;

/**
 * What to do with one year mention: keep the text (the default: never changed silently), take the
 * suggestion, or write the user's own text.
 */
export type YearMentionDecision = "keep" | "change" | { readonly text: string };

export interface RolloverOptions {
  /** The new plan's year. */
  readonly year: number;
  readonly clear?: Partial<ClearChoice>;
  /** Numbers (No) of the blocks the user agreed to drop, usually from `review.proposedDrops`. */
  readonly dropBlocks?: readonly number[];
  /**
   * Decisions on `review.yearMentions`, by cell address; a mention without one is kept. An event
   * mention (`review.eventMentions`) takes only the user's own text: it has no suggestion.
   */
  readonly yearMentions?: Readonly<Record<string, YearMentionDecision>>;
  /** The new sheet's name as the user chose it; "RAK <year>" otherwise. */
  readonly newName?: string;
  /** The workbook's sheet names, so the new one never collides ("RAK 2025 (2)"). */
  readonly existingSheets?: readonly string[];
  /** Stage-bound codes and their years (the catalog); without it every block is routine. */
  readonly stageYears?: StageYears;
}

/** A year written in the text of a cell ("Pemilu Tahun 2024"), for the user to keep or change. */
export interface YearMention {
  /** The cell, on the source sheet and on the new sheet before any row is dropped. */
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The text with its years moved by the same step as the plan year (2024 -> 2025). */
  readonly suggestion: string;
  readonly years: readonly number[];
  /** Years in the same cell that name an election ("Pemilu Tahun 2024"): kept as written. */
  readonly eventYears: readonly number[];
  /** The block (its No) the cell belongs to, when it is in the table. */
  readonly block: number | null;
}

/**
 * A cell whose year names an election, not the plan year: "Pengumuman Pembentukan KPPS Pemilu Tahun
 * 2024". There is no Pemilu in 2025 to move it to, so nothing is proposed: it is listed for the user
 * to see, and stays as written unless they edit it themselves.
 */
export interface EventMention {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The election years named. */
  readonly years: readonly number[];
  readonly block: number | null;
}

export type DropReason = "stageEnded" | "stageNotStarted" | "stageOutside";

/** A stage-bound block whose stage does not run in the new year: proposed, never dropped unasked. */
export interface ProposedDrop {
  readonly no: number;
  readonly code: string;
  readonly title: string;
  readonly reason: DropReason;
  /** The years the stage runs in (from the catalog). */
  readonly stageYears: readonly number[];
  /** 0-based first and last sheet rows of the block (its subtotal row included). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly rows: number;
}

export interface RolloverReview {
  /**
   * Mentions of the plan's own year (or the years either side), with a proposal each; in sheet
   * order. Mentions inside the blocks being dropped are left out (their rows go).
   */
  readonly yearMentions: readonly YearMention[];
  /** Cells whose years are only an election's ("Pemilu Tahun 2024"): listed apart, no proposal. */
  readonly eventMentions: readonly EventMention[];
  /** Whether or not the user has accepted them (`dropBlocks`): the proposals stay listed. */
  readonly proposedDrops: readonly ProposedDrop[];
}

/** What the edits do, for the user to read (in the pane's summary or the CLI's output). */
export type RolloverChange =
  | { readonly kind: "titleYear"; readonly address: string; readonly from: string; readonly to: string }
  | { readonly kind: "tahunAnggaran"; readonly address: string; readonly from: string; readonly to: string }
  | { readonly kind: "signatureDate"; readonly address: string; readonly from: string; readonly to: string }
  | {
      readonly kind: "cleared";
      readonly what: keyof ClearChoice;
      readonly cells: number;
      /** For month marks: whether the plan's period columns are quarters (TW I..IV), so the text says so. */
      readonly quarters?: boolean;
    }
  | { readonly kind: "yearMention"; readonly address: string; readonly from: string; readonly to: string }
  | {
      readonly kind: "dropped";
      readonly no: number;
      readonly code: string | null;
      readonly firstRow: number;
      readonly lastRow: number;
    }
  | { readonly kind: "renumbered"; readonly from: number; readonly to: number }
  | { readonly kind: "totalUpdated"; readonly address: string; readonly amount: number | null };

/** Things left as they were, and why: the user should know. */
export type RolloverNote =
  | { readonly kind: "noTitleYear" }
  | { readonly kind: "noTahunAnggaran" }
  | { readonly kind: "noSignatureDate" }
  | { readonly kind: "formulaKept"; readonly address: string; readonly what: "title" | "tahunAnggaran" | "budget" }
  | { readonly kind: "unknownBlock"; readonly no: number };

export interface RolloverPlan {
  readonly ok: true;
  readonly source: string;
  readonly newSheet: string;
  /** The old plan's year (title, else Tahun Anggaran), null when it has none. */
  readonly fromYear: number | null;
  readonly year: number;
  /**
   * One batch: copy the sheet, then write the new sheet (all cell edits at the source's addresses),
   * then drop blocks bottom-up. The source sheet is only read.
   */
  readonly edits: readonly Edit[];
  /**
   * A second batch, once the new sheet exists: remove the copied Rakit highlights (the preflight
   * finds Rakit's rules only on a sheet that already exists), highlight the signature date left to
   * complete, and show the new sheet.
   */
  readonly finishEdits: readonly Edit[];
  readonly review: RolloverReview;
  readonly changes: readonly RolloverChange[];
  readonly notes: readonly RolloverNote[];
}

export type RolloverProblem =
  | { readonly kind: "invalidYear"; readonly year: number }
  | { readonly kind: "invalidName"; readonly name: string; readonly why: SheetNameProblem }
  | { readonly kind: "nameTaken"; readonly name: string };

export type SheetNameProblem = "empty" | "tooLong" | "badCharacter" | "apostropheEdge" | "reserved";

export interface RolloverRefused {
  readonly ok: false;
  readonly problem: RolloverProblem;
}

export type RolloverResult = RolloverPlan | RolloverRefused;
