/**
 * The catalog: standard RAK rows (an indicator with its kegiatan) that Rakit can insert into a plan,
 * and what it knows of each kegiatan code's season. Plain data; the default catalog ships as JSON
 * (data/katalog-standar.json) and an office can keep its own in a "Katalog" sheet. Both are checked
 * by `validateCatalog` / `readCatalogSheet` before anything uses them.
 */

export type SumberDana = "DIPA" | "Hibah";

/**
 * Where a window's dates come from: "official" from a regulation (PKPU 3/2022 for Pemilu 2024),
 * "approximation" Rakit's own estimate of preparation or follow-up months (its source says why),
 * "office" written by an office in its own Katalog sheet.
 */
export type WindowBasis = "official" | "approximation" | "office";

/** A stretch of days, both ends included, ISO dates ("2023-11-28"). */
export interface StageWindow {
  readonly from: string;
  readonly to: string;
  readonly basis: WindowBasis;
  /** Named in the details of every season finding: "PKPU 3/2022 Lampiran ...", "Perkiraan Rakit: ...". */
  readonly source: string;
}

/** A stage (tahapan) of an election: the kegiatan of its codes are planned inside its windows. */
export interface Stage {
  readonly id: string;
  readonly name: string;
  /** The stage's name in English, for English messages; without it they quote `name`. */
  readonly nameEn?: string;
  readonly windows: readonly StageWindow[];
}

/** Routine kegiatan run every month of the year; a stage kegiatan runs inside its stage's windows. */
export type Season = { readonly kind: "routine" } | { readonly kind: "stage"; readonly stage: Stage };

export interface CatalogEntry {
  /** Stable and unique in its catalog, e.g. "3355-06". */
  readonly id: string;
  /** The 4-digit kegiatan (budget) code, e.g. "3355". */
  readonly code: string;
  /** The kegiatan's name, e.g. "Pengelolaan Keuangan dan Barang Milik Negara". */
  readonly name: string;
  /** The Sasaran strategis cell of a new block, usually "name (code)". */
  readonly sasaran: string;
  readonly indicator: string;
  /** The target's unit: "%", "laporan", "dokumen"... */
  readonly satuan: string;
  readonly target: number;
  readonly kegiatan: string;
  /** Default months, 1..12, ascending. */
  readonly months: readonly number[];
  readonly pelaksana: string;
  readonly season: Season;
  readonly sumberDana: SumberDana;
  /** The plan years the entry applies to; "all" for every year (routine kegiatan). */
  readonly years: readonly number[] | "all";
  /** Where the entry comes from ("RAK 2024 Sekretariat KPU Kota Prabumulih, baris 10"). */
  readonly origin?: string;
  readonly note?: string;
}

export interface Catalog {
  readonly name: string;
  /** The catalog's name in English, for English messages; without it they quote `name`. */
  readonly nameEn?: string;
  readonly description?: string;
  readonly stages: readonly Stage[];
  /** In catalog order: the order of first appearance of the codes is the "code order" of blocks. */
  readonly entries: readonly CatalogEntry[];
}

/** The format name and version a catalog JSON file carries. */
export const CATALOG_FORMAT = "rakit-katalog";
export const CATALOG_VERSION = 1;

/** Why a catalog entry (or the file) was rejected; each has a message under `catalog.error.<reason>`. */
export type CatalogErrorReason =
  | "syntax"
  | "format"
  | "version"
  | "notObject"
  | "notArray"
  | "noEntries"
  | "required"
  | "notText"
  | "notNumber"
  | "code"
  | "months"
  | "years"
  | "season"
  | "sumberDana"
  | "date"
  | "windowOrder"
  | "noWindows"
  | "basis"
  | "sourceCount"
  | "unknownStage"
  | "duplicateId"
  | "duplicateStage"
  | "seasonConflict"
  | "stageConflict"
  | "noHeader"
  | "missingColumn";

/**
 * One rejected thing, with where it is: in a JSON file the entry's index (0-based) and the line it
 * starts on; in a Katalog sheet the sheet row (1-based, as Excel shows it) and the column's header.
 */
export interface CatalogError {
  readonly reason: CatalogErrorReason;
  /** The field, as named in the JSON ("months", "stages[2].windows[0].from") or the sheet's header. */
  readonly field: string;
  /** 0-based index of the entry in `entries` (JSON), when the error is in an entry. */
  readonly index?: number;
  /** 0-based index of the stage in `stages` (JSON), when the error is in a stage. */
  readonly stage?: number;
  /** 1-based line of the JSON text. */
  readonly line?: number;
  /** 1-based sheet row (Katalog sheet). */
  readonly row?: number;
  readonly params: Readonly<Record<string, string | number>>;
}

export type CatalogResult =
  { readonly ok: true; readonly catalog: Catalog } | { readonly ok: false; readonly errors: readonly CatalogError[] };
