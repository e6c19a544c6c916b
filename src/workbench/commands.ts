import type { ExcelSession } from "../excel/session";

/**
 * What the workbench's own chrome does to the workbook, each one batch through the session, as a
 * user's action in Excel would be: typing into a cell, clicking a cell, clicking a sheet tab. The grid
 * never writes to the host's model directly, so the pane sees exactly what Excel would show it.
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
  await session.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.getRange(address).values = [[text]];
    if (then !== undefined) worksheet.getRange(then).select();
    await context.sync();
  });
}

/** Empties the cells of a range (Delete in Excel): contents only, formatting stays. */
export async function clearCells(session: ExcelSession, sheet: string, address: string): Promise<void> {
  await session.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).clear("Contents");
    await context.sync();
  });
}

/** Selects a range; the host makes its sheet the active one. */
export async function selectCells(session: ExcelSession, sheet: string, address: string): Promise<void> {
  await session.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}

/** Makes a sheet the active one (a click on its tab). */
export async function activateSheet(session: ExcelSession, sheet: string): Promise<void> {
  await session.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}
