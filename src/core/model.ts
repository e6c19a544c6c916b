import type { CellValue, ErrorCode } from "./snapshot";

/**
 * The plan model: what the reader understood of a RAK sheet. Every value keeps the A1 address it
 * was read from (`address`, and 0-based `row`/`col`) so that findings and edits can point at it.
 */

/** How the table plans its kegiatan: by month, by quarter, or not at all (no period columns). */
export type PeriodKind = "month" | "quarter" | "none";

export type ColumnRole =
  "no" | "sasaran" | "indikator" | "target" | "kegiatan" | "period" | "budget" | "pelaksana" | "other";

export interface HeaderColumn {
  /** 0-based sheet column. */
  readonly col: number;
  readonly role: ColumnRole;
  /** The header text as written (the lowest header cell that names the column). */
  readonly label: string;
  /** For role "period": 1..12 (months) or 1..4 (quarters). */
  readonly period?: number;
  /**
   * For a yearly target column ("2013" under "Target RPJMD", "Target 2025"): its year. A table may
   * have several; the plan's target is the plan year's (`TableHeader.targetCol`).
   */
  readonly year?: number;
}

export interface TableHeader {
  /** 0-based first and last header rows (the column-number row, if any, is `numberRow`). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly numberRow: number | null;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly columns: readonly HeaderColumn[];
  readonly periodKind: PeriodKind;
  /** Column of each period, index 0 = period 1. */
  readonly periodCols: readonly number[];
  readonly noCol: number | null;
  readonly sasaranCol: number | null;
  readonly indikatorCol: number | null;
  readonly targetCol: number | null;
  readonly kegiatanCol: number | null;
  readonly budgetCol: number | null;
  readonly pelaksanaCol: number | null;
}

/** Something read from one cell. */
export interface Located<T> {
  readonly value: T;
  readonly address: string;
  readonly row: number;
  readonly col: number;
}

export interface Money {
  /** Whole rupiah, or null when the cell is empty, an error or unreadable. */
  readonly amount: number | null;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  /** The cell's value as read. */
  readonly raw: CellValue;
  /** The amount was typed as text ("Rp 1.565.914.000") and parsed. */
  readonly typedAsText: boolean;
  /** The cell holds an error value. */
  readonly error: ErrorCode | null;
  /** The cell holds a formula. */
  readonly formula: string | null;
}

/** How a target bounds its number: "≥ 80" is at least 80, "> 3,75" more than 3.75. */
export type TargetComparator = ">" | ">=" | "<" | "<=";

/**
 * A target as the office typed it: a number with its unit ("2 Lap", "100%", "≥ 80"), or words
 * ("Ada", "WTP", "A", "S2/S3"), which are targets too (`value` null, `raw` the text).
 */
export interface Target {
  /** The number, or null when missing or not a number. */
  readonly value: number | null;
  /** "laporan" in "4 laporan"; "%" when written with a percent sign. */
  readonly unit: string | null;
  /** The bound written before the number, when there is one. */
  readonly comparator?: TargetComparator;
  readonly raw: CellValue;
}

export type PeriodCellKind = "mark" | "number" | "empty" | "invalid" | "error";

export interface PeriodCell {
  readonly period: number;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly raw: CellValue;
  readonly kind: PeriodCellKind;
}

export interface PlanRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly indicator: Located<string>;
  readonly target: Located<Target>;
  readonly kegiatan: Located<string>;
  readonly periodCells: readonly PeriodCell[];
  /** Planned periods, ascending (1-based month or quarter numbers). */
  readonly periods: readonly number[];
  /** The row's own budget, when the table has one per row. */
  readonly budget: Money | null;
  /** Pelaksana as it applies to this row (a merged cell covers all its rows); "" when blank. */
  readonly pelaksana: Located<string>;
  /** True when the pelaksana comes from a merged cell that covers this row. */
  readonly pelaksanaMerged: boolean;
  /** Cells of uninterpreted columns (Ket, Keterangan, ...), by 0-based column. */
  readonly others: readonly Located<CellValue>[];
}

export interface PlanBlock {
  readonly no: Located<number | null>;
  /** The sasaran text (the kegiatan name with its code). */
  readonly title: Located<string>;
  /** The 4-digit kegiatan code in parentheses, e.g. "6709". */
  readonly code: string | null;
  /** The block's budget cell (block layout) or null (row layout). */
  readonly budgetCell: Money | null;
  /** The block's budget: its cell, or the sum of its rows' amounts where each row has its own. */
  readonly budget: number | null;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly rows: readonly PlanRow[];
  /**
   * The subtotal row right under the block's rows, when there is one: Rakit's "Subtotal Sasaran n"
   * (or one made the same way), whose budget cell sums the rows above with SUBTOTAL. It is neither
   * a data row nor a block, and its amount is no budget of its own. Absent when there is none.
   */
  readonly subtotalRow?: SubtotalRow;
}

/** A row that totals the block above it: its label (if any) and its SUBTOTAL budget cell. */
export interface SubtotalRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** The row's first text left of the periods and the budget ("Subtotal Sasaran 1"); "" when none. */
  readonly label: Located<string>;
  readonly amount: Money;
}

export interface SignatureBlock {
  readonly placeDate: Located<string> | null;
  readonly position: Located<string> | null;
  readonly name: Located<string> | null;
  readonly nip: Located<string> | null;
}

export interface PlanMeta {
  readonly title: Located<string> | null;
  readonly unit: Located<string> | null;
  /** The plan year from the title. */
  readonly year: Located<number> | null;
  /** The year on the "Tahun Anggaran" line. */
  readonly tahunAnggaran: Located<number> | null;
  readonly signature: SignatureBlock;
}

export type BudgetLayout = "block" | "row" | "none";

export interface TotalRow {
  readonly row: number;
  readonly label: Located<string>;
  readonly amount: Money | null;
}

export interface Plan {
  readonly sheet: string;
  readonly header: TableHeader;
  readonly meta: PlanMeta;
  readonly budgetLayout: BudgetLayout;
  readonly blocks: readonly PlanBlock[];
  /** 0-based first and last data rows (the total row excluded). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly total: TotalRow | null;
  /** Sum of the block budgets, whole rupiah; null when the table has no budget column at all. */
  readonly totalBudget: number | null;
}
