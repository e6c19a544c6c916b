/**
 * One worksheet: a sparse cell store (rows of columns), row and column properties, merged areas,
 * conditional formats, print setup and protection. Coordinates are 0-based.
 */
import type { CellError } from "../../core/snapshot";
import { cloneChart, type ChartModel } from "./chart";
import { cloneKept, cloneKeptPart, relinkKept, type KeptElement, type KeptPart } from "./kept";
import type { RowEdit } from "./rowMath";
import { cloneConditionalFormat, type ConditionalFormatModel } from "./conditional";
import { clonePageLayout, defaultPageLayout, type PageLayoutModel } from "./pageLayout";
import { contains, intersect, MAX_COLS, MAX_ROWS, type RangeRef } from "./address";
import { isEmptyStyle, type CellStyle, type ColorSpec } from "./style";

/** What a cell holds: a number, text, a boolean or an error. Empty cells hold null. */
export type Scalar = number | string | boolean | CellError;

export interface Cell {
  /** The constant, or for a formula cell its last computed (or cached) result. */
  value: Scalar | null;
  /** Formula text with its leading "=", when the cell has one. */
  formula?: string;
  style?: CellStyle;
  /**
   * Rich-text runs as read from the file, kept so that a round trip keeps in-cell formatting. Valid
   * only while their text equals `value`; writing the cell drops them.
   */
  rich?: readonly { readonly text: string; readonly font?: Readonly<Record<string, unknown>> }[];
}

export interface LineProps {
  /** Row height in points, or column width in the file's character unit. */
  size?: number;
  hidden?: boolean;
  /** Formatting of the whole row or column, for cells that have none of their own. */
  style?: CellStyle;
  /** Kept from the file (row/column outline level). */
  outlineLevel?: number;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** `Excel.WorksheetProtectionOptions`: what users may still do on a protected sheet. */
export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: "Normal" | "Unlocked" | "None";
}

export function defaultProtectionOptions(): ProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
  };
}

export interface SheetProtection {
  protected: boolean;
  options: ProtectionOptions;
  /** The file's password hash (algorithm, hash, salt, spin count), kept so a round trip keeps it. */
  passwordHash?: Readonly<Record<string, unknown>>;
  /** A password set through the API, checked by unprotect(). */
  password?: string;
}

/**
 * Where a sheet read from a file came from: its part in the package, and the whole-row edits made
 * since, so that the writer knows which row of the file each row now is (and can write a row nobody
 * changed exactly as it was read). A copy shares its source's part and history; `loadedId` tells the
 * sheet that owns the part from its copies.
 */
export interface SheetSource {
  readonly part: string;
  readonly loadedId: string;
  readonly edits: RowEdit[];
}

/** What the host keeps of a sheet's file form without modelling it (see kept.ts). */
export interface KeptSheet {
  /**
   * The worksheet element as read, its `<sheetData>` left empty (the rows are the model's). Elements
   * the model owns (merges, print setup, views...) are rewritten from the model when it changed;
   * the others are kept, their references following row edits.
   */
  skeleton: KeptElement | null;
  /** Parts linked from the sheet that hold references: comments, note shapes, drawing, tables. */
  parts: KeptPart[];
}

export class Sheet {
  id: string;
  name: string;
  visibility: SheetVisibility = "Visible";
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly rowProps = new Map<number, LineProps>();
  readonly colProps = new Map<number, LineProps>();
  defaultRowHeight: number | undefined;
  defaultColWidth: number | undefined;
  merges: RangeRef[] = [];
  /** In priority order: index 0 is evaluated first. */
  conditionalFormats: ConditionalFormatModel[] = [];
  pageLayout: PageLayoutModel = defaultPageLayout();
  protection: SheetProtection = { protected: false, options: defaultProtectionOptions() };
  tabColor: ColorSpec | undefined;
  showGridlines = true;
  /** The selected area (and with it the active cell, its top-left). */
  selection: RangeRef = { top: 0, left: 0, bottom: 0, right: 0 };
  /** Frozen panes: rows and columns kept in view. */
  frozen: { rows: number; cols: number } | null = null;
  /** Charts drawn on the sheet, in z-order (the first is at the back). */
  charts: ChartModel[] = [];
  /** The part this sheet was read from, or null for a sheet made in memory. */
  source: SheetSource | null = null;
  kept: KeptSheet = { skeleton: null, parts: [] };

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  // -------------------------------------------------------------------------------------------
  // Cells

  getCell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell, created empty when missing. */
  ensureCell(row: number, col: number): Cell {
    let line = this.rows.get(row);
    if (!line) {
      line = new Map();
      this.rows.set(row, line);
    }
    let cell = line.get(col);
    if (!cell) {
      cell = { value: null };
      const inherited = this.lineStyle(row, col);
      if (inherited) cell.style = inherited;
      line.set(col, cell);
    }
    return cell;
  }

  /** Drops a cell that holds nothing and looks like its row or column, to keep the store sparse. */
  compact(row: number, col: number): void {
    const line = this.rows.get(row);
    const cell = line?.get(col);
    if (!line || !cell) return;
    if (
      cell.value === null &&
      cell.formula === undefined &&
      (isEmptyStyle(cell.style) || cell.style === this.lineStyle(row, col))
    ) {
      line.delete(col);
      if (line.size === 0) this.rows.delete(row);
    }
  }

  setCell(row: number, col: number, cell: Cell | undefined): void {
    if (!cell) {
      const line = this.rows.get(row);
      line?.delete(col);
      if (line && line.size === 0) this.rows.delete(row);
      return;
    }
    let line = this.rows.get(row);
    if (!line) {
      line = new Map();
      this.rows.set(row, line);
    }
    line.set(col, cell);
  }

  /** The formatting a cell without its own style shows: its row's, else its column's. */
  lineStyle(row: number, col: number): CellStyle | undefined {
    return this.rowProps.get(row)?.style ?? this.colProps.get(col)?.style;
  }

  /** The style a cell shows (its own, else its row's or column's). */
  styleAt(row: number, col: number): CellStyle | undefined {
    const cell = this.getCell(row, col);
    if (cell) return cell.style;
    return this.lineStyle(row, col);
  }

  /** Every stored cell, in no particular order. */
  *cells(): IterableIterator<{ row: number; col: number; cell: Cell }> {
    for (const [row, line] of this.rows) for (const [col, cell] of line) yield { row, col, cell };
  }

  /** Stored cells inside a rectangle. */
  *cellsIn(rect: RangeRef): IterableIterator<{ row: number; col: number; cell: Cell }> {
    const width = rect.right - rect.left + 1;
    // A few rows of a long sheet: look those rows up rather than walk every row.
    const rows: Iterable<[number, Map<number, Cell>]> =
      rect.bottom - rect.top + 1 < this.rows.size ? this.rowsBetween(rect.top, rect.bottom) : this.rows;
    for (const [row, line] of rows) {
      if (row < rect.top || row > rect.bottom) continue;
      if (line.size <= width) {
        for (const [col, cell] of line) if (col >= rect.left && col <= rect.right) yield { row, col, cell };
      } else {
        for (let col = rect.left; col <= rect.right; col++) {
          const cell = line.get(col);
          if (cell) yield { row, col, cell };
        }
      }
    }
  }

  private *rowsBetween(top: number, bottom: number): IterableIterator<[number, Map<number, Cell>]> {
    for (let row = top; row <= bottom; row++) {
      const line = this.rows.get(row);
      if (line) yield [row, line];
    }
  }

  /**
   * The used range: the smallest rectangle holding every cell with a value or formula, or (unless
   * `valuesOnly`) with formatting. Null for a blank sheet.
   */
  usedRect(valuesOnly = false): RangeRef | null {
    return this.usedRectIn({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }, valuesOnly);
  }

  /**
   * The used range within a rectangle: the smallest rectangle inside it holding every cell with a
   * value or formula (or, unless `valuesOnly`, formatting); null when it holds none. Costs the stored
   * rows in the rectangle's rows, never the rectangle's area.
   */
  usedRectIn(rect: RangeRef, valuesOnly = false): RangeRef | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const width = rect.right - rect.left + 1;
    const visit = (row: number, line: Map<number, Cell>): void => {
      const check = (col: number, cell: Cell): void => {
        const used = cell.value !== null || cell.formula !== undefined || (!valuesOnly && !isEmptyStyle(cell.style));
        if (!used) return;
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (col < left) left = col;
        if (col > right) right = col;
      };
      if (line.size <= width) {
        for (const [col, cell] of line) if (col >= rect.left && col <= rect.right) check(col, cell);
      } else {
        for (let col = rect.left; col <= rect.right; col++) {
          const cell = line.get(col);
          if (cell) check(col, cell);
        }
      }
    };
    if (rect.bottom - rect.top + 1 < this.rows.size) {
      for (let row = rect.top; row <= rect.bottom; row++) {
        const line = this.rows.get(row);
        if (line) visit(row, line);
      }
    } else {
      for (const [row, line] of this.rows) if (row >= rect.top && row <= rect.bottom) visit(row, line);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  // -------------------------------------------------------------------------------------------
  // Merges

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  mergesIntersecting(rect: RangeRef): RangeRef[] {
    return this.merges.filter((m) => intersect(m, rect) !== null);
  }

  /** True when a cell is covered by a merge and is not its top-left (anchor) cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  mergesInside(rect: RangeRef): RangeRef[] {
    return this.merges.filter((m) => contains(rect, m));
  }

  // -------------------------------------------------------------------------------------------
  // Row heights and column widths

  rowHeight(row: number): number | undefined {
    return this.rowProps.get(row)?.size;
  }

  colWidth(col: number): number | undefined {
    return this.colProps.get(col)?.size;
  }

  setLineProp(map: Map<number, LineProps>, index: number, patch: Partial<LineProps>): void {
    const next: LineProps = { ...map.get(index), ...patch };
    const empty =
      next.size === undefined && !next.hidden && next.style === undefined && next.outlineLevel === undefined;
    if (empty) map.delete(index);
    else map.set(index, next);
  }

  // -------------------------------------------------------------------------------------------

  /** A deep copy under another id and name (Worksheet.copy and the host's rollback snapshots). */
  clone(
    id: string = this.id,
    name: string = this.name,
    cfId?: (cf: ConditionalFormatModel) => string,
    chartId?: (chart: ChartModel) => string,
  ): Sheet {
    const s = new Sheet(id, name);
    s.visibility = this.visibility;
    for (const [row, line] of this.rows) {
      const copy = new Map<number, Cell>();
      for (const [col, cell] of line) copy.set(col, { ...cell });
      s.rows.set(row, copy);
    }
    for (const [k, v] of this.rowProps) s.rowProps.set(k, { ...v });
    for (const [k, v] of this.colProps) s.colProps.set(k, { ...v });
    s.defaultRowHeight = this.defaultRowHeight;
    s.defaultColWidth = this.defaultColWidth;
    s.merges = this.merges.map((m) => ({ ...m }));
    s.conditionalFormats = this.conditionalFormats.map((cf) => cloneConditionalFormat(cf, cfId ? cfId(cf) : cf.id));
    s.pageLayout = clonePageLayout(this.pageLayout);
    s.protection = {
      ...this.protection,
      options: { ...this.protection.options },
    };
    s.tabColor = this.tabColor;
    s.showGridlines = this.showGridlines;
    s.selection = { ...this.selection };
    s.frozen = this.frozen ? { ...this.frozen } : null;
    s.charts = this.charts.map((c) => cloneChart(c, chartId ? chartId(c) : c.id));
    s.source = this.source ? { ...this.source, edits: [...this.source.edits] } : null;
    s.kept = {
      skeleton: this.kept.skeleton ? cloneKept(this.kept.skeleton) : null,
      parts: this.kept.parts.map(cloneKeptPart),
    };
    if (chartId) {
      const ids = new Map(this.charts.map((c, i) => [c.id, (s.charts[i] as ChartModel).id]));
      for (const part of s.kept.parts) relinkKept(part.root, ids);
    }
    return s;
  }
}
