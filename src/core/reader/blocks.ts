import type { BudgetLayout, Located, Money, PlanBlock, PlanRow, SubtotalRow, TableHeader } from "../model";
import { a1 } from "../address";
import type { Grid } from "./grid";
import { cellText, isBlankValue } from "./grid";
import { readMoney } from "./money";
import { keepText } from "./normalize";
import type { DataExtent } from "./extent";
import { inheritPelaksana, rowReader } from "./rows";
import { isSubtotalRowAt, readSubtotalRow } from "./subtotal";

/** The rows of one block, by 0-based sheet row: [first, last] less the rows the table repeats. */
interface Span {
  readonly first: number;
  readonly last: number;
  /** The block's data rows, ascending (a header or number row repeated at a page break left out). */
  readonly rows: readonly number[];
  /** False for rows above the first No/Sasaran: they belong to no numbered block. */
  readonly started: boolean;
  /** The subtotal row right under the span's rows, if any (not part of the span). */
  readonly subtotal: number | null;
}

function hasOwnValue(grid: Grid, row: number, col: number | null): boolean {
  return col !== null && !isBlankValue(grid.value(row, col));
}

/**
 * A block starts where No or Sasaran has a value of its own. Merged cells, or blanks below,
 * continue it (so merges need not be known). A No beside a Sasaran merged down from above is a row
 * number inside the block, not a new block.
 */
export function startsBlock(grid: Grid, header: TableHeader, row: number): boolean {
  if (hasOwnValue(grid, row, header.sasaranCol)) return true;
  if (!hasOwnValue(grid, row, header.noCol)) return false;
  return header.sasaranCol === null || !grid.isCoveredFromAbove(row, header.sasaranCol);
}

/**
 * The blocks' row spans. A subtotal row (see subtotal.ts, and the labelled ones the extent found:
 * "Jumlah Sasaran 3", a "Jumlah" with rows under it) closes the block above it and belongs to no
 * span; rows under it start a new block, whether or not they name a sasaran (rows that follow a
 * sasaran's subtotal belong to no sasaran, and the validator says so). A subtotal row with no rows
 * above it since the last one totals nothing Rakit can attribute and is skipped. Rows the table
 * repeats at a page break neither start nor end a block.
 */
export function blockSpans(grid: Grid, header: TableHeader, extent: DataExtent): Span[] {
  const spans: Span[] = [];
  if (extent.lastRow < extent.firstRow) return spans;
  const unnamed = header.noCol === null && header.sasaranCol === null;
  let rows: number[] = [];
  let started = false;
  let afterSubtotal = false;
  const close = (subtotal: number | null): void => {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first !== undefined && last !== undefined) spans.push({ first, last, rows, started, subtotal });
    rows = [];
  };
  // Most tables repeat nothing and label no subtotal: skip the lookups then.
  const skipped = extent.skipped.size > 0 ? extent.skipped : null;
  const labelled = extent.subtotals.size > 0 ? extent.subtotals : null;
  for (let r = extent.firstRow; r <= extent.lastRow; r++) {
    if (skipped?.has(r)) continue;
    if (labelled?.has(r) || isSubtotalRowAt(grid, header, r)) {
      close(r);
      afterSubtotal = true;
      continue;
    }
    if (rows.length === 0) {
      rows.push(r);
      started = unnamed || afterSubtotal || startsBlock(grid, header, r);
      afterSubtotal = false;
      continue;
    }
    if (!startsBlock(grid, header, r)) {
      rows.push(r);
      continue;
    }
    close(null);
    rows.push(r);
    started = true;
  }
  close(null);
  return spans;
}

/**
 * How the table states budgets: one cell per block (merged, or written once with blanks below),
 * or an amount on each row (several amounts in one block, none merged). A table without a budget
 * column has none.
 */
export function decideBudgetLayout(grid: Grid, header: TableHeader, spans: readonly Span[]): BudgetLayout {
  const col = header.budgetCol;
  if (col === null) return "none";
  for (const span of spans) {
    let amounts = 0;
    for (const r of span.rows) {
      if (!grid.isCovered(r, col) && !isBlankValue(grid.value(r, col))) amounts++;
    }
    if (amounts > 1) return "row";
  }
  return "block";
}

function blockNumber(
  grid: Grid,
  row: number,
  col: number | null,
  fallbackCol: number,
  started: boolean,
): Located<number | null> {
  const c = col ?? fallbackCol;
  const base = { address: a1(row, c), row, col: c };
  if (col === null || !started) return { ...base, value: null };
  const v = grid.value(row, col);
  if (typeof v === "number") return { ...base, value: Number.isFinite(v) ? v : null };
  if (typeof v === "string") {
    const m = /^\s*(\d{1,6})\s*[.)]?\s*$/.exec(v.length > 20 ? "" : v);
    return { ...base, value: m ? Number(m[1]) : null };
  }
  return { ...base, value: null };
}

function blockTitle(
  grid: Grid,
  row: number,
  col: number | null,
  fallbackCol: number,
  started: boolean,
): Located<string> {
  const c = col ?? fallbackCol;
  const value = col !== null && started ? keepText(cellText(grid.value(row, col))) : "";
  return { value, address: a1(row, c), row, col: c };
}

/** The 4-digit kegiatan code in parentheses, "(6709)"; the last one when there are several. */
export function kegiatanCode(title: string): string | null {
  let code: string | null = null;
  const re = /\((\d{4})\)/g;
  for (let m = re.exec(title); m !== null; m = re.exec(title)) code = m[1] as string;
  return code;
}

/** The block's budget cell: its first amount, else the cell on its first row. */
function blockBudgetCell(grid: Grid, span: Span, col: number): Money {
  for (const r of span.rows) {
    if (!isBlankValue(grid.value(r, col))) return readMoney(grid, r, col);
  }
  const m = grid.masterOf(span.first, col);
  return readMoney(grid, m.row, m.col);
}

/** Sum of the rows' amounts; unknown (null) when a row holds an error or no row has an amount. */
function sumRows(rows: readonly PlanRow[]): number | null {
  let sum = 0;
  let any = false;
  for (const row of rows) {
    if (!row.budget) continue;
    if (row.budget.error !== null) return null;
    if (row.budget.amount !== null) {
      sum += row.budget.amount;
      any = true;
    }
  }
  return any ? sum : null;
}

export interface BlocksResult {
  readonly blocks: PlanBlock[];
  readonly budgetLayout: BudgetLayout;
}

export function readBlocks(grid: Grid, header: TableHeader, extent: DataExtent): BlocksResult {
  const spans = blockSpans(grid, header, extent);
  const budgetLayout = decideBudgetLayout(grid, header, spans);
  const readRow = rowReader(grid, header);
  const budgetCol = header.budgetCol;
  const fallback = header.firstCol;
  const blocks: PlanBlock[] = spans.map((span) => {
    const rows: PlanRow[] = [];
    for (const r of span.rows) {
      // Per-row layout: a row's own cell is its amount; a cell merged down from above belongs to
      // the row it starts on, so it is not counted twice.
      const own = budgetLayout === "row" && budgetCol !== null && !grid.isCoveredFromAbove(r, budgetCol);
      rows.push(readRow(r, own ? readMoney(grid, r, budgetCol as number) : null));
    }
    if (grid.mergesUnknown) inheritPelaksana(rows);
    const title = blockTitle(grid, span.first, header.sasaranCol, fallback, span.started);
    const budgetCell = budgetLayout === "block" && budgetCol !== null ? blockBudgetCell(grid, span, budgetCol) : null;
    const budget =
      budgetLayout === "block" ? (budgetCell?.amount ?? null) : budgetLayout === "row" ? sumRows(rows) : null;
    // Without a budget column a subtotal row has no amount to record: it is only left out of the data.
    const subtotalRow: SubtotalRow | null =
      span.subtotal === null || budgetCol === null ? null : readSubtotalRow(grid, header, span.subtotal);
    return {
      no: blockNumber(grid, span.first, header.noCol, fallback, span.started),
      title,
      code: kegiatanCode(title.value),
      budgetCell,
      budget,
      firstRow: span.first,
      lastRow: span.last,
      rows,
      ...(subtotalRow ? { subtotalRow } : {}),
    };
  });
  return { blocks, budgetLayout };
}
