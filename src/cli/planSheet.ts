import { readPlan } from "../core/reader";
import { listSheets, readSheets } from "../excel/readWorkbook";
import { FileFailure } from "./failures";
import { openWorkbook, type OpenWorkbook } from "./workbook";

export interface PlanSheet {
  readonly book: OpenWorkbook;
  /** The sheet whose table the command works on. */
  readonly sheet: string;
}

/**
 * Opens a workbook for a command that works on one RAK table (totals, highlight): the sheet named
 * with --sheet, or else the first sheet, in tab order, that holds one. Throws a FileFailure naming
 * the file when there is none.
 */
export async function openPlanSheet(file: string, sheet: string | null): Promise<PlanSheet> {
  const book = await openWorkbook(file);
  const names = await listSheets(book.session);
  if (names.length === 0) throw new FileFailure(file, { kind: "noSheets" });
  if (sheet !== null && !names.includes(sheet))
    throw new FileFailure(file, { kind: "sheetNotFound", sheet, sheets: names });
  for (const name of sheet === null ? names : [sheet]) {
    const [snapshot] = await readSheets(book.session, [name]);
    if (snapshot && readPlan(snapshot).ok) return { book, sheet: name };
  }
  throw new FileFailure(file, { kind: "noTable", sheets: sheet === null ? names : [sheet] });
}
