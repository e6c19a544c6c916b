/**
 * What the grid shows of one sheet, read from the host's model as plain data: columns with their
 * widths, every row's top edge, and for the rows drawn (a window, see rowWindow.ts) each visible cell
 * with its text as Excel displays it in the grid's locale, its merge span, its style, the borders it
 * shares with its neighbours and whether it is selected. Pure: the React grid only draws this, and
 * tests read it without a browser.
 */
import { a1, columnName } from "../../core/address";
import { MAX_ROWS, type RangeRef } from "../../host/model/address";
import type { Cell, Scalar, Sheet } from "../../host/model/sheet";
import {
  fileWidthToPoints,
  STANDARD_COLUMN_WIDTH,
  STANDARD_ROW_HEIGHT,
  type BorderEdge,
  type CellStyle,
} from "../../host/model/style";
import { formatValue } from "../../host/model/text";
import type { Workbook } from "../../host/model/workbook";
import { conditionalLooks, type ConditionalLook } from "./conditionalLooks";
import { editText } from "./editText";
import { EN_US, type GridLocale } from "./locale";
import type { RowWindow } from "./rowWindow";

/**
 * The most columns drawn (rows are drawn a window at a time, so every row shows; columns are not: a
 * plan has about twenty).
 */
export const GRID_LIMITS = { cols: 60 } as const;
/** Empty rows and columns drawn past the used range, so there is room to type. */
const MARGIN = { rows: 10, cols: 3 } as const;
/** A blank sheet still shows a page of cells. */
const MINIMUM = { rows: 30, cols: 10 } as const;

const PX_PER_PT = 4 / 3;

export type CellKind = "empty" | "number" | "text" | "boolean" | "error";

export interface Edges {
  readonly top?: BorderEdge;
  readonly right?: BorderEdge;
  readonly bottom?: BorderEdge;
  readonly left?: BorderEdge;
}

export interface GridColumn {
  readonly index: number;
  readonly letter: string;
  readonly widthPx: number;
  readonly hidden: boolean;
  /** Some selected cell is in this column (its header is shaded, as in Excel). */
  readonly selected: boolean;
}

export interface GridCellView {
  readonly row: number;
  readonly col: number;
  /** "F33": the cell, or the top-left cell of its merged area. */
  readonly address: string;
  /** The merged area this cell anchors, or null. */
  readonly merge: RangeRef | null;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
  readonly kind: CellKind;
  readonly style: CellStyle | undefined;
  readonly edges: Edges;
  /**
   * Pixels the text may use: more than the cell's width when it is left-aligned, unwrapped text and
   * the cells to its right are empty (Excel lets such text run on over them). Null: clip to the cell.
   */
  readonly spillPx: number | null;
  /** Text from this cell or one to its left runs on over this cell's right edge: no gridline there. */
  readonly runsOn: boolean;
  /** What the cell's editor starts with: the formula, or the value as typed. */
  readonly editText: string;
  /** Shading from a conditional format whose rule holds here (e.g. Rakit's "Sorot di lembar"). */
  readonly look: ConditionalLook | undefined;
  readonly selected: boolean;
  /** Holds the active cell (the selection's top-left), where typing goes. */
  readonly active: boolean;
}

export interface GridRow {
  readonly index: number;
  readonly heightPx: number;
  readonly hidden: boolean;
  readonly selected: boolean;
  readonly cells: readonly GridCellView[];
}

/** The sheet's shape, whatever rows are drawn: cheap to work out after every batch. */
export interface GridLayout {
  readonly sheet: string;
  readonly columns: readonly GridColumn[];
  /** The rectangle the grid spans, always from A1: every row of it can be scrolled to. */
  readonly extent: RangeRef;
  /** The used range goes past GRID_LIMITS.cols; only its first columns are drawn. */
  readonly truncated: boolean;
  readonly selection: RangeRef;
  /** The active cell: the selection's top-left. */
  readonly active: { readonly row: number; readonly col: number };
  readonly gridlines: boolean;
  /**
   * Row i's top edge in pixels below row 1's, for every row of the extent; one more entry at the end
   * for the last row's bottom. Hidden rows have no height.
   */
  readonly rowTops: readonly number[];
}

export interface GridView extends GridLayout {
  /** The rows drawn: the window asked for, grown upwards to the top of any merged area it cuts. */
  readonly window: RowWindow;
  readonly rows: readonly GridRow[];
}

export interface GridViewOptions {
  /** The rows to draw; all rows of the extent when absent. */
  readonly window?: RowWindow;
  /** The sheet's layout, when already worked out for this state of the workbook. */
  readonly layout?: GridLayout;
  /** Numbers as Excel shows them under these regional settings; en-US (Range.text) when absent. */
  readonly locale?: GridLocale;
}

export function gridLayout(sheet: Sheet): GridLayout {
  const { extent, truncated } = drawnExtent(sheet);
  const selection = sheet.selection;
  const columns: GridColumn[] = [];
  for (let col = 0; col <= extent.right; col++) {
    const props = sheet.colProps.get(col);
    columns.push({
      index: col,
      letter: columnName(col),
      widthPx: columnWidthPx(props?.size ?? sheet.defaultColWidth ?? STANDARD_COLUMN_WIDTH),
      hidden: props?.hidden === true,
      selected: col >= selection.left && col <= selection.right,
    });
  }
  const rowTops: number[] = [0];
  for (let row = 0; row <= extent.bottom; row++) {
    const props = sheet.rowProps.get(row);
    rowTops.push((rowTops[row] as number) + (props?.hidden === true ? 0 : rowHeightPx(sheet, row)));
  }
  return {
    sheet: sheet.name,
    columns,
    extent,
    truncated,
    selection,
    active: { row: selection.top, col: selection.left },
    gridlines: sheet.showGridlines,
    rowTops,
  };
}

export function buildGridView(workbook: Workbook, sheet: Sheet, options: GridViewOptions = {}): GridView {
  const layout = options.layout ?? gridLayout(sheet);
  const locale = options.locale ?? EN_US;
  const { extent, columns, selection, active } = layout;
  const rowWindow = drawnRows(sheet, options.window ?? { top: 0, bottom: extent.bottom }, extent);
  const drawn = { top: rowWindow.top, left: 0, bottom: rowWindow.bottom, right: extent.right };
  const looks = conditionalLooks(workbook, sheet, drawn);

  const anchors = new Map<string, RangeRef>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    if (m.top > drawn.bottom || m.bottom < drawn.top || m.left > drawn.right) continue;
    anchors.set(key(m.top, m.left), m);
    for (let r = m.top; r <= Math.min(m.bottom, drawn.bottom); r++)
      for (let c = m.left; c <= Math.min(m.right, drawn.right); c++)
        if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }

  const rows: GridRow[] = [];
  for (let row = drawn.top; row <= drawn.bottom; row++) {
    const props = sheet.rowProps.get(row);
    const cells: GridCellView[] = [];
    /** The last column text from the left runs on to, in this row. */
    let runsTo = -1;
    for (let col = 0; col <= extent.right; col++) {
      if (covered.has(key(row, col))) continue;
      const merge = anchors.get(key(row, col)) ?? null;
      const area = merge ?? { top: row, left: col, bottom: row, right: col };
      const cell = storedCell(sheet, row, col);
      const value = cell?.value ?? null;
      const style = sheet.styleAt(row, col);
      const spilled = merge ? null : spill(sheet, row, col, style, value, columns, drawn);
      if (spilled) runsTo = spilled.to;
      cells.push({
        row,
        col,
        address: a1(row, col),
        merge,
        rowSpan: Math.min(area.bottom, drawn.bottom) - row + 1,
        colSpan: Math.min(area.right, drawn.right) - col + 1,
        text: formatValue(value, style?.numFmt, locale.separators),
        kind: kindOf(value),
        style,
        edges: edgesOf(sheet, area),
        spillPx: spilled?.width ?? null,
        runsOn: col < runsTo,
        editText: editText(cell, locale),
        look: looks.get(key(row, col)),
        selected: overlaps(area, selection),
        active:
          active.row >= area.top && active.row <= area.bottom && active.col >= area.left && active.col <= area.right,
      });
    }
    rows.push({
      index: row,
      heightPx: rowHeightPx(sheet, row),
      hidden: props?.hidden === true,
      selected: row >= selection.top && row <= selection.bottom,
      cells,
    });
  }

  return { ...layout, window: rowWindow, rows };
}

function rowHeightPx(sheet: Sheet, row: number): number {
  return (sheet.rowProps.get(row)?.size ?? sheet.defaultRowHeight ?? STANDARD_ROW_HEIGHT) * PX_PER_PT;
}

/**
 * The window within the extent, its top moved up to the top of every merged area it would cut: a
 * merged cell is drawn from its top-left cell, so that row must be drawn too. (Its bottom may cut
 * one: the row span is cut there.)
 */
function drawnRows(sheet: Sheet, asked: RowWindow, extent: RangeRef): RowWindow {
  const bottom = Math.max(0, Math.min(asked.bottom, extent.bottom));
  let top = Math.max(0, Math.min(asked.top, bottom));
  let moved = true;
  while (moved) {
    moved = false;
    for (const m of sheet.merges) {
      if (m.top < top && m.bottom >= top && m.left <= extent.right) {
        top = m.top;
        moved = true;
      }
    }
  }
  return { top, bottom };
}

/**
 * From A1 to past the used range (formatting included) and the active cell, with a margin, within
 * GRID_LIMITS.cols and the sheet's last row. Merges count: a title merged across A1:S1 is drawn whole.
 */
function drawnExtent(sheet: Sheet): { extent: RangeRef; truncated: boolean } {
  const used = sheet.usedRect(false);
  let bottom = Math.max(used?.bottom ?? -1, sheet.selection.top);
  let right = Math.max(used?.right ?? -1, sheet.selection.left);
  for (const m of sheet.merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const truncated = right >= GRID_LIMITS.cols;
  bottom = Math.min(Math.max(bottom + MARGIN.rows, MINIMUM.rows - 1), MAX_ROWS - 1);
  right = Math.min(Math.max(right + MARGIN.cols, MINIMUM.cols - 1), GRID_LIMITS.cols - 1);
  return { extent: { top: 0, left: 0, bottom, right }, truncated };
}

/** A file column width (characters) in screen pixels, as Excel draws it at 100%. */
export function columnWidthPx(fileWidth: number): number {
  return fileWidthToPoints(fileWidth) / 0.75;
}

/** How far unwrapped, left-aligned text runs to the right over empty, unmerged cells. */
function spill(
  sheet: Sheet,
  row: number,
  col: number,
  style: CellStyle | undefined,
  value: Scalar | null,
  columns: readonly GridColumn[],
  extent: RangeRef,
): { width: number; to: number } | null {
  if (typeof value !== "string" || value === "" || style?.alignment?.wrapText) return null;
  const h = style?.alignment?.horizontal;
  if (h !== undefined && h !== "left") return null;
  let width = columns[col]?.widthPx ?? 0;
  let next = col + 1;
  while (next <= extent.right && isBlank(sheet, row, next)) {
    width += columns[next]?.hidden ? 0 : (columns[next]?.widthPx ?? 0);
    next++;
  }
  return next === col + 1 ? null : { width, to: next - 1 };
}

function isBlank(sheet: Sheet, row: number, col: number): boolean {
  const cell = storedCell(sheet, row, col);
  return (cell === undefined || (cell.value === null && cell.formula === undefined)) && !sheet.mergeAt(row, col);
}

/**
 * The model's cell (Sheet.getCell, read straight from its row map: the office-addins lint rules take
 * any `getCell` for an Office.js proxy that needs load and sync; this is plain data).
 */
function storedCell(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows.get(row)?.get(col);
}

function kindOf(value: Scalar | null): CellKind {
  if (value === null) return "empty";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "object") return "error";
  return "text";
}

/**
 * The four edges of a cell or merged area. Excel stores a shared edge on either neighbour (the right
 * border of B2 or the left border of C2); both neighbours report it here, so the table draws it
 * whichever side defined it. A merged area takes its right and bottom edges from its last column and row.
 */
function edgesOf(sheet: Sheet, area: RangeRef): Edges {
  const border = (row: number, col: number) => (row < 0 || col < 0 ? undefined : sheet.styleAt(row, col)?.border);
  const edge = (e: BorderEdge | undefined): BorderEdge | undefined =>
    e && e.style !== undefined && e.style !== "none" ? e : undefined;
  return clean({
    top: edge(border(area.top, area.left)?.top) ?? edge(border(area.top - 1, area.left)?.bottom),
    left: edge(border(area.top, area.left)?.left) ?? edge(border(area.top, area.left - 1)?.right),
    right: edge(border(area.top, area.right)?.right) ?? edge(border(area.top, area.right + 1)?.left),
    bottom: edge(border(area.bottom, area.left)?.bottom) ?? edge(border(area.bottom + 1, area.left)?.top),
  });
}

function clean(edges: Record<keyof Edges, BorderEdge | undefined>): Edges {
  const out: { -readonly [K in keyof Edges]?: BorderEdge } = {};
  for (const side of ["top", "right", "bottom", "left"] as const) {
    const e = edges[side];
    if (e) out[side] = e;
  }
  return out;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}
