import { a1, rangeA1 } from "../address";
import type { Edit, FontPatch } from "../edits";
import type { Lang } from "../i18n";
import { makeT } from "../i18n";
import type { Money, Plan } from "../model";
import { Grid } from "../reader/grid";
import type { SheetSnapshot } from "../snapshot";
import type { Note } from "./notes";
import { note } from "./notes";
import type { Insertion } from "./rowMap";
import { RowMap } from "./rowMap";
import { rowRange } from "./sheetDraft";
import { budgetUnits, isSubtotalRow, realBlocks, realRows } from "./units";

/**
 * The plan sheet's own totals, as live formulas: a JUMLAH row under the table and, where budgets
 * are per row, a subtotal row under each sasaran.
 *
 * Why subtotal ROWS for the per-row layout: a per-row table has no cell that could hold a block
 * total without changing what a cell means (every budget cell is a row's own amount), and an extra
 * column would change the table's shape and print width. A row under each sasaran is how such
 * tables are usually totalled by hand, keeps the columns, and reads at a glance. The subtotals use
 * SUBTOTAL(9, ...) and so does the JUMLAH row, because SUBTOTAL skips other SUBTOTAL cells: the
 * grand total stays right without listing the data ranges one by one, and stays right if the user
 * adds a row inside a block. Inserted rows look like the seed's total row: the label merged across
 * the columns left of the budget, bold, thin borders, the amount as the budget cells are formatted.
 */

export type InsertedRow =
  | { readonly kind: "total" }
  | { readonly kind: "subtotal"; readonly no: number; readonly first: number; readonly last: number };

export interface TableTotalsOptions {
  readonly lang?: Lang;
  /** Subtotal rows under each sasaran where budgets are per row (default true). */
  readonly subtotals?: boolean;
}

export interface TableTotalsPlan {
  readonly edits: Edit[];
  readonly notes: Note[];
  /** The rows this plan inserts; formulas elsewhere must point at rows' final positions. */
  readonly rows: RowMap<InsertedRow>;
}

export const DEFAULT_MONEY_FORMAT = "#,##0";

/** Formulas compare without "$", spaces or case: "=SUM($R$10:$R$49)" is "=SUM(R10:R49)". */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string): string => {
    const t = f.replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
    return t.startsWith("=") ? t : `=${t}`;
  };
  return norm(a) === norm(b);
}

/** The budget cells' number format, so inserted amounts look like the rest of the column. */
function moneyFormat(plan: Plan, snapshot: SheetSnapshot): string {
  const grid = new Grid(snapshot);
  for (const u of budgetUnits(plan)) {
    const f = grid.numberFormat(u.money.row, u.money.col).trim();
    if (f !== "" && f !== "General" && f !== "@") return f;
  }
  return DEFAULT_MONEY_FORMAT;
}

function columnRange(col: number, top: number, bottom: number): string {
  return `${a1(top, col)}:${a1(bottom, col)}`;
}

export function planTableTotals(
  plan: Plan,
  snapshot: SheetSnapshot,
  options: TableTotalsOptions = {},
): TableTotalsPlan {
  const budgetCol = plan.header.budgetCol;
  if (budgetCol === null || plan.budgetLayout === "none") {
    return { edits: [], notes: [note("budget.note.noBudgetColumn")], rows: new RowMap() };
  }
  if (plan.lastDataRow < plan.firstDataRow) return { edits: [], notes: [], rows: new RowMap() };

  const t = makeT(options.lang ?? "id", "budget.label");
  const sheet = plan.sheet;
  const { firstCol, lastCol } = plan.header;
  const format = moneyFormat(plan, snapshot);
  const notes: Note[] = [];

  // Subtotal rows already on the sheet (a re-run), by row: the reader records them on their blocks
  // (and a plan built without that knowledge has them as rows).
  const subtotalAt = new Map<number, Money>();
  for (const b of plan.blocks) {
    if (b.subtotalRow) subtotalAt.set(b.subtotalRow.row, b.subtotalRow.amount);
    for (const r of b.rows) if (isSubtotalRow(r) && r.budget) subtotalAt.set(r.row, r.budget);
  }

  const wantSubtotals = plan.budgetLayout === "row" && options.subtotals !== false;
  const insertions: Insertion<InsertedRow>[] = [];
  const existingSubtotals: { money: Money; no: number; first: number; last: number }[] = [];
  realBlocks(plan).forEach(({ block }, pos) => {
    const rows = realRows(block);
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    const no = block.no.value ?? pos + 1;
    const existing = subtotalAt.get(last.row + 1);
    if (existing) existingSubtotals.push({ money: existing, no, first: first.row, last: last.row });
    else if (wantSubtotals)
      insertions.push({ at: last.row + 1, item: { kind: "subtotal", no, first: first.row, last: last.row } });
  });
  const withSubtotals = insertions.length > 0 || subtotalAt.size > 0;
  // After the subtotal rows, so that at the same place the subtotal of the last sasaran comes first.
  if (!plan.total) insertions.push({ at: plan.lastDataRow + 1, item: { kind: "total" } });

  const rows = new RowMap(insertions);
  const edits: Edit[] = rows.edits(sheet);

  const subtotalFormula = (first: number, last: number): string =>
    `=SUBTOTAL(9,${columnRange(budgetCol, rows.final(first), rows.final(last))})`;

  const totalRow = plan.total
    ? rows.final(plan.total.row)
    : (rows.inserted().find((x) => x.item.kind === "total")?.row as number);
  const dataRange = columnRange(budgetCol, rows.final(plan.firstDataRow), totalRow - 1);
  const totalFormula = withSubtotals ? `=SUBTOTAL(9,${dataRange})` : `=SUM(${dataRange})`;

  // The label is merged across the columns left of `labelEnd`: the budget column for JUMLAH (as the
  // seed's style), the first period column for a subtotal, whose month cells stay single and empty
  // (a label merged over them would read, to the reader, as text in every month of a data row).
  const firstPeriodCol = Math.min(budgetCol, ...plan.header.periodCols);
  const labelledRow = (row: number, labelEnd: number, label: string, formula: string, font: FontPatch): void => {
    if (labelEnd > firstCol) {
      if (labelEnd - 1 > firstCol)
        edits.push({ kind: "merge", sheet, address: rangeA1(rowRange(row, firstCol, labelEnd - 1)) });
      edits.push({ kind: "setValues", sheet, address: a1(row, firstCol), values: [[label]], requireEmpty: true });
    }
    edits.push({ kind: "setFormulas", sheet, address: a1(row, budgetCol), formulas: [[formula]], requireEmpty: true });
    edits.push({ kind: "setNumberFormat", sheet, address: a1(row, budgetCol), format });
    edits.push({ kind: "setFont", sheet, address: rangeA1(rowRange(row, firstCol, lastCol)), font });
    edits.push({
      kind: "setBorders",
      sheet,
      address: rangeA1(rowRange(row, firstCol, lastCol)),
      borders: { style: "thin" },
    });
  };

  let inserted = 0;
  for (const { item, row } of rows.inserted()) {
    if (item.kind === "subtotal") {
      labelledRow(row, firstPeriodCol, t("subtotal", { no: item.no }), subtotalFormula(item.first, item.last), {
        bold: true,
        italic: true,
      });
      inserted++;
    } else {
      labelledRow(row, budgetCol, t("total"), totalFormula, { bold: true });
      notes.push(note("budget.note.totalInserted", { label: t("total"), row: row + 1, formula: totalFormula }));
    }
  }
  if (inserted > 0) notes.push(note("budget.note.subtotalsInserted", { count: inserted }));

  for (const s of existingSubtotals) {
    // Checked against the rows as they are now: a right formula stays right through the inserts,
    // which Excel applies to it (no row is inserted inside a sasaran), so it is left alone.
    const money = s.money;
    const now = `=SUBTOTAL(9,${columnRange(budgetCol, s.first, s.last)})`;
    if (money.formula !== null && sameFormula(money.formula, now)) continue;
    const expected = subtotalFormula(s.first, s.last);
    const address = a1(rows.final(money.row), money.col);
    edits.push({ kind: "setFormulas", sheet, address, formulas: [[expected]] });
    edits.push({ kind: "setNumberFormat", sheet, address, format });
    notes.push(note("budget.note.subtotalReplaced", { address, old: money.formula ?? "", formula: expected }));
  }

  if (plan.total) {
    // Rows inserted above it change what the total must cover: it is then written anew.
    const current = rows.count > 0 ? null : (plan.total.amount?.formula ?? null);
    edits.push(...updateTotal(plan, totalRow, budgetCol, totalFormula, current, withSubtotals, format, notes));
  }
  return { edits, notes, rows };
}

/** A total row that is already there is used in place: its amount becomes the formula, if it isn't. */
function updateTotal(
  plan: Plan,
  row: number,
  budgetCol: number,
  formula: string,
  keep: string | null,
  withSubtotals: boolean,
  format: string,
  notes: Note[],
): Edit[] {
  const sheet = plan.sheet;
  const address = a1(row, budgetCol);
  const money = plan.total?.amount ?? null;
  const current = money?.formula ?? null;
  if (keep !== null) {
    // Without subtotal rows in the table, SUBTOTAL(9, range) is the same total as SUM(range).
    const alternative = withSubtotals ? null : formula.replace(/^=SUM\(/, "=SUBTOTAL(9,");
    if (sameFormula(keep, formula) || (alternative !== null && sameFormula(keep, alternative))) {
      notes.push(note("budget.note.totalUpToDate", { address, formula: keep }));
      return [];
    }
  }
  if (current !== null) {
    notes.push(note("budget.note.totalFormulaReplaced", { address, old: current, formula }));
  } else if (money !== null && typeof money.raw === "number") {
    notes.push(note("budget.note.totalNumberReplaced", { address, amount: money.amount ?? money.raw, formula }));
  } else if (money !== null && !(typeof money.raw === "string" && money.raw.trim() === "")) {
    const value = typeof money.raw === "object" ? money.raw.error : String(money.raw);
    notes.push(note("budget.note.totalValueReplaced", { address, value, formula }));
  } else {
    notes.push(note("budget.note.totalFilled", { address, formula }));
  }
  return [
    { kind: "setFormulas", sheet, address, formulas: [[formula]] },
    { kind: "setNumberFormat", sheet, address, format },
  ];
}
