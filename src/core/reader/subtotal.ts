import type { SubtotalRow, TableHeader } from "../model";
import { a1 } from "../address";
import type { Grid } from "./grid";
import { cellText, isBlankValue } from "./grid";
import { readMoney } from "./money";
import { keepText } from "./normalize";

const SUBTOTAL_FORMULA = /^=\s*SUBTOTAL\s*\(/i;

/**
 * A subtotal row: its budget cell sums the rows above with SUBTOTAL (Rakit writes
 * "Subtotal Sasaran n" rows so under each sasaran where budgets are per row; some offices total
 * their blocks the same way by hand), and it plans no period. Such a row is neither a data row nor
 * the start of a block: read as one, it would add an unnumbered sasaran and count its amount twice.
 * A row with marks in its period cells is a data row whatever its budget formula says.
 */
export function isSubtotalRowAt(grid: Grid, header: TableHeader, row: number): boolean {
  const col = header.budgetCol;
  if (col === null || grid.isCovered(row, col)) return false;
  if (!SUBTOTAL_FORMULA.test(grid.formula(row, col))) return false;
  return header.periodCols.every((c) => isBlankValue(grid.value(row, c)));
}

/** The row's label: its first text in the columns left of the periods and the budget. */
function subtotalLabel(grid: Grid, header: TableHeader, row: number): SubtotalRow["label"] {
  const limit = Math.min(...header.periodCols, header.budgetCol ?? header.lastCol + 1);
  for (let c = header.firstCol; c < limit; c++) {
    const v = grid.value(row, c);
    if (typeof v === "string" && !isBlankValue(v))
      return { value: keepText(cellText(v)), address: a1(row, c), row, col: c };
  }
  return { value: "", address: a1(row, header.firstCol), row, col: header.firstCol };
}

export function readSubtotalRow(grid: Grid, header: TableHeader, row: number): SubtotalRow {
  return {
    row,
    label: subtotalLabel(grid, header, row),
    amount: readMoney(grid, row, header.budgetCol as number),
  };
}
