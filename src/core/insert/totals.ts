import { a1, columnIndex } from "../address";
import type { Note } from "../budget/notes";
import { note } from "../budget/notes";
import type { RowMap } from "../budget/rowMap";
import { sameFormula } from "../budget/tableTotals";
import type { Edit, InsertRowsEdit } from "../edits";
import type { Money, Plan } from "../model";
import { shiftFormulaRows } from "./shiftFormula";

/**
 * Totals that must still cover every row once the new rows are in. Excel grows a range only when
 * the insertion cuts through it: `=SUM(R10:R49)` under the table stays R10:R49 when rows go in at
 * row 50 (the end of the last sasaran), and a subtotal `=SUBTOTAL(9,R13:R16)` stays put when rows go
 * in under its sasaran. So, for a total of one range (SUM or SUBTOTAL(9, ...)) that covered its rows
 * before, the planner works out what Excel will make of it and, where that misses new rows, writes
 * the formula over the final rows. A total that is anything else is left as it is, with a note.
 */

interface RangeFormula {
  readonly fn: "SUM" | "SUBTOTAL";
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/** "=SUM(R10:R49)" or "=SUBTOTAL(9,R10:R49)" (any "$", spaces, case), rows 0-based; else null. */
export function parseRangeFormula(formula: string): RangeFormula | null {
  const f = formula.replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
  const m = /^=(SUM\(|SUBTOTAL\(9,)([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\)$/.exec(f);
  if (!m || m[2] !== m[4]) return null;
  return {
    fn: m[1] === "SUM(" ? "SUM" : "SUBTOTAL",
    col: columnIndex(m[2] as string),
    top: Number(m[3]) - 1,
    bottom: Number(m[5]) - 1,
  };
}

export function rangeFormula(fn: RangeFormula["fn"], col: number, top: number, bottom: number): string {
  const range = `${a1(top, col)}:${a1(bottom, col)}`;
  return fn === "SUM" ? `=SUM(${range})` : `=SUBTOTAL(9,${range})`;
}

/** The formula after Excel has applied the inserts, in the order they are applied. */
export function formulaAfter(formula: string, sheet: string, inserts: readonly InsertRowsEdit[]): string {
  return inserts.reduce((f, e) => shiftFormulaRows(f, sheet, e.sheet, e.row, e.count), formula);
}

interface Fix {
  readonly edits: Edit[];
  readonly notes: Note[];
}

/**
 * A one-range total over rows [top, bottom] (as read) that should cover [newTop, newBottom] (final):
 * nothing to do when Excel's own shifting gets there, else the formula written anew.
 */
function fixRangeTotal(
  plan: Plan,
  money: Money,
  covers: { top: number; bottom: number },
  finalRange: { top: number; bottom: number },
  rows: RowMap<unknown>,
  inserts: readonly InsertRowsEdit[],
  noteKey: "insert.note.totalUpdated" | "insert.note.subtotalUpdated",
): Fix {
  const formula = money.formula as string;
  const parsed = parseRangeFormula(formula);
  const address = a1(rows.final(money.row), money.col);
  if (!parsed || parsed.col !== plan.header.budgetCol || parsed.top !== covers.top || parsed.bottom !== covers.bottom) {
    return { edits: [], notes: [note("insert.note.totalCheck", { address, formula })] };
  }
  const expected = rangeFormula(parsed.fn, parsed.col, finalRange.top, finalRange.bottom);
  if (sameFormula(formulaAfter(formula, plan.sheet, inserts), expected)) return { edits: [], notes: [] };
  return {
    edits: [{ kind: "setFormulas", sheet: plan.sheet, address, formulas: [[expected]] }],
    notes: [note(noteKey, { address, formula: expected })],
  };
}

/** The JUMLAH row under the table. */
export function fixGrandTotal(plan: Plan, rows: RowMap<unknown>, inserts: readonly InsertRowsEdit[]): Fix {
  const money = plan.total?.amount;
  if (!plan.total || !money || money.formula === null || plan.header.budgetCol === null || rows.count === 0)
    return { edits: [], notes: [] };
  // Rows between the table and the total (none in a Rakit-made table) count as covered if the range reaches them.
  const covers = { top: plan.firstDataRow, bottom: plan.total.row - 1 };
  const finalRange = { top: rows.final(plan.firstDataRow), bottom: rows.final(plan.total.row) - 1 };
  const parsed = parseRangeFormula(money.formula);
  if (parsed && parsed.top === plan.firstDataRow && parsed.bottom === plan.lastDataRow)
    return fixRangeTotal(
      plan,
      money,
      { top: parsed.top, bottom: parsed.bottom },
      finalRange,
      rows,
      inserts,
      "insert.note.totalUpdated",
    );
  return fixRangeTotal(plan, money, covers, finalRange, rows, inserts, "insert.note.totalUpdated");
}

/** A block's subtotal row, when rows were added to the block (`added` rows at its end). */
export function fixSubtotal(
  plan: Plan,
  block: { readonly firstRow: number; readonly lastRow: number; readonly subtotal: Money },
  added: number,
  rows: RowMap<unknown>,
  inserts: readonly InsertRowsEdit[],
): Fix {
  if (block.subtotal.formula === null) return { edits: [], notes: [] };
  const finalRange = { top: rows.final(block.firstRow), bottom: rows.final(block.lastRow) + added };
  return fixRangeTotal(
    plan,
    block.subtotal,
    { top: block.firstRow, bottom: block.lastRow },
    finalRange,
    rows,
    inserts,
    "insert.note.subtotalUpdated",
  );
}
