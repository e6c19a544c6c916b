/**
 * Planned edits: what the core wants done to a workbook, as plain data. The adapter (src/excel)
 * applies a list of them in one batch; the core never touches a workbook itself.
 *
 * Addresses are A1 strings without the sheet name ("B3:D5"); `sheet` names the worksheet. Rows in
 * insert/delete edits are 0-based sheet rows.
 */

export type ScalarValue = string | number | boolean;

export interface SetValuesEdit {
  readonly kind: "setValues";
  readonly sheet: string;
  /** The rectangle the values fill; its size must match `values`. */
  readonly address: string;
  readonly values: readonly (readonly ScalarValue[])[];
  /** Preflight: the target cells must be empty before the write. */
  readonly requireEmpty?: boolean;
  /**
   * The strings are what a user typed, to be read as Excel reads typing ("12" a number, "=…" a
   * formula). Without it every string arrives as that very text, which is what Rakit's own texts need.
   */
  readonly typed?: boolean;
}

export interface SetFormulasEdit {
  readonly kind: "setFormulas";
  readonly sheet: string;
  readonly address: string;
  /** Formulas in English, A1 style ("=SUM(R10:R49)"); a constant may stand in a cell too. */
  readonly formulas: readonly (readonly ScalarValue[])[];
  readonly requireEmpty?: boolean;
}

export interface SetNumberFormatEdit {
  readonly kind: "setNumberFormat";
  readonly sheet: string;
  readonly address: string;
  /** One format for the whole rectangle, or one per cell. */
  readonly format: string | readonly (readonly string[])[];
}

export interface SetFillEdit {
  readonly kind: "setFill";
  readonly sheet: string;
  readonly address: string;
  /** "#RRGGBB", or null to clear the fill. */
  readonly color: string | null;
}

export interface FontPatch {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly size?: number;
  readonly name?: string;
}

export interface SetFontEdit {
  readonly kind: "setFont";
  readonly sheet: string;
  readonly address: string;
  readonly font: FontPatch;
}

export interface BorderPatch {
  /** Thin borders on every edge of every cell in the range. */
  readonly style: "thin" | "none";
  readonly color?: string;
}

export interface SetBordersEdit {
  readonly kind: "setBorders";
  readonly sheet: string;
  readonly address: string;
  readonly borders: BorderPatch;
}

export interface InsertRowsEdit {
  readonly kind: "insertRows";
  readonly sheet: string;
  /** 0-based row the new rows take; the rows from here down shift down by `count`. */
  readonly row: number;
  readonly count: number;
}

export interface DeleteRowsEdit {
  readonly kind: "deleteRows";
  readonly sheet: string;
  readonly row: number;
  readonly count: number;
}

export interface MergeEdit {
  readonly kind: "merge";
  readonly sheet: string;
  readonly address: string;
}

export interface UnmergeEdit {
  readonly kind: "unmerge";
  readonly sheet: string;
  readonly address: string;
}

/**
 * A formula-based conditional format. Excel's rules carry no name, so Rakit marks its own by
 * the formula: every Rakit rule's formula starts with `RAKIT_CF_MARK` (a no-op term), which is how
 * `removeConditionalFormats` finds them again and leaves the sheet's own rules alone.
 */
export interface AddConditionalFormatEdit {
  readonly kind: "addConditionalFormat";
  readonly sheet: string;
  readonly address: string;
  /** The formula, relative to the range's top-left cell, e.g. "=COUNTA($F10:$Q10)=0". */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface RemoveConditionalFormatsEdit {
  readonly kind: "removeConditionalFormats";
  readonly sheet: string;
  /** Only Rakit's own rules (recognised by `RAKIT_CF_MARK`) are removed. */
}

export interface CopySheetEdit {
  readonly kind: "copySheet";
  readonly sheet: string;
  readonly newName: string;
}

export interface RenameSheetEdit {
  readonly kind: "renameSheet";
  readonly sheet: string;
  readonly newName: string;
}

export interface AddSheetEdit {
  readonly kind: "addSheet";
  readonly sheet: string;
}

export type Orientation = "portrait" | "landscape";
export type PaperSize = "a4" | "folio";

export interface PageLayoutPatch {
  readonly orientation?: Orientation;
  readonly paper?: PaperSize;
  /** A1 range, e.g. "A1:S60". */
  readonly printArea?: string;
  /** Rows repeated at the top of every page, 0-based inclusive. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly fitToPagesWide?: number;
  readonly centerFooter?: string;
}

export interface PageLayoutEdit {
  readonly kind: "pageLayout";
  readonly sheet: string;
  readonly layout: PageLayoutPatch;
}

/** Makes a sheet the active one, keeping its own selection (a click on its tab). */
export interface ActivateSheetEdit {
  readonly kind: "activateSheet";
  readonly sheet: string;
}

export interface SelectEdit {
  readonly kind: "select";
  readonly sheet: string;
  readonly address: string;
}

/**
 * Empties a sheet Rakit owns (the "Rekap Anggaran" and "RPD Draf" sheets) before it is written
 * again, so a re-run leaves one clean copy instead of old rows and a second chart: every value,
 * formula, format and merge goes, and so do the sheet's charts. The sheet itself stays (other
 * sheets' formulas that point into it keep working).
 */
export interface ClearSheetEdit {
  readonly kind: "clearSheet";
  readonly sheet: string;
}

/** Chart types Rakit draws; names as in Office.js `Excel.ChartType`. */
export type ChartType = "ColumnClustered";

/**
 * A chart over a block of cells on the same sheet (`worksheet.charts.add`, ExcelApi 1.1): the
 * first column holds the categories, the first row the series names, series by columns.
 */
export interface AddChartEdit {
  readonly kind: "addChart";
  readonly sheet: string;
  readonly type: ChartType;
  /** The source data, header row included, e.g. "B21:C33". */
  readonly dataAddress: string;
  readonly title: string;
  /** The cells the chart covers (its top-left and bottom-right corners), e.g. "E21:L38". */
  readonly anchor: string;
}

/** Column width in points (Office.js `format.columnWidth`) for every column `address` spans. */
export interface SetColumnWidthEdit {
  readonly kind: "setColumnWidth";
  readonly sheet: string;
  /** Any range in the columns, e.g. "B1" or "B1:D1". */
  readonly address: string;
  readonly width: number;
}

export type Edit =
  | SetValuesEdit
  | SetFormulasEdit
  | SetNumberFormatEdit
  | SetFillEdit
  | SetFontEdit
  | SetBordersEdit
  | InsertRowsEdit
  | DeleteRowsEdit
  | MergeEdit
  | UnmergeEdit
  | AddConditionalFormatEdit
  | RemoveConditionalFormatsEdit
  | CopySheetEdit
  | RenameSheetEdit
  | AddSheetEdit
  | PageLayoutEdit
  | SelectEdit
  | ActivateSheetEdit
  | ClearSheetEdit
  | AddChartEdit
  | SetColumnWidthEdit;

export type EditKind = Edit["kind"];

/**
 * A list of edits with what it was planned against. `basedOn` is the fingerprint of the snapshot
 * the plan came from: the adapter refuses to apply the plan if the sheet has changed since.
 */
export interface EditPlan {
  readonly sheet: string;
  readonly basedOn: string | null;
  readonly edits: readonly Edit[];
}

/** The term every Rakit conditional-format formula starts with, so Rakit can find its own rules. */
export const RAKIT_CF_MARK = 'N("rakit")+';
