import { applyPlanned } from "../app/applyPlanned";
import { parseRangeA1 } from "../core/address";
import type { Edit } from "../core/edits";
import type { ExcelSession } from "../excel/session";

/**
 * What the workbench's own chrome does to the workbook, as a user's action in Excel would be:
 * typing into a cell, clicking a cell, clicking a sheet tab. Each is a planned edit applied through
 * the adapter, like every other write: the grid never touches the host's model or Office.js itself,
 * so the pane sees exactly what Excel would show it.
 */

/**
 * Writes what the user typed into one cell. The text goes in as typed input (Range.values with a
 * string): "12" becomes the number 12, "=SUM(A1:A3)" a formula, "v" text, "" empties the cell.
 * `then` is selected in the same batch (Enter moves down, Tab right, as in Excel).
 */
export async function writeCell(
  session: ExcelSession,
  sheet: string,
  address: string,
  text: string,
  then?: string,
): Promise<void> {
  const edits: Edit[] = [{ kind: "setValues", sheet, address, values: [[text]], typed: true }];
  if (then !== undefined) edits.push({ kind: "select", sheet, address: then });
  await applyPlanned(session, sheet, null, edits);
}

/** Empties the cells of a range (Delete in Excel): contents only, formatting stays. */
export async function clearCells(session: ExcelSession, sheet: string, address: string): Promise<void> {
  const r = parseRangeA1(address);
  const values = Array.from({ length: r.bottom - r.top + 1 }, () => Array<string>(r.right - r.left + 1).fill(""));
  await applyPlanned(session, sheet, null, [{ kind: "setValues", sheet, address, values }]);
}

/** Selects a range; its sheet becomes the active one. */
export async function selectCells(session: ExcelSession, sheet: string, address: string): Promise<void> {
  await applyPlanned(session, sheet, null, [{ kind: "select", sheet, address }]);
}

/** Makes a sheet the active one (a click on its tab). */
export async function activateSheet(session: ExcelSession, sheet: string): Promise<void> {
  await applyPlanned(session, sheet, null, [{ kind: "activateSheet", sheet }]);
}
