import type { SheetSnapshot } from "../core/snapshot";
import { RakitExcelError, toRakitError } from "./errors";
import { readSnapshot } from "./readSnapshot";
import { supports, type ExcelSession } from "./session";

/** The names of the workbook's worksheets, in tab order. */
export async function listSheets(session: ExcelSession): Promise<string[]> {
  return session.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** The name of the active worksheet. */
export async function activeSheetName(session: ExcelSession): Promise<string> {
  return session.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}

/**
 * Snapshots of the named sheets (every sheet when `names` is null). A name that isn't in the
 * workbook is an itemNotFound error naming it.
 */
export async function readSheets(session: ExcelSession, names: readonly string[] | null): Promise<SheetSnapshot[]> {
  const all = await listSheets(session);
  const wanted = names ?? all;
  for (const name of wanted) {
    if (!all.includes(name)) throw new RakitExcelError("itemNotFound", "ItemNotFound", { name });
  }
  const mergedAreas = supports(session, "mergedAreas");
  const snapshots: SheetSnapshot[] = [];
  // One run per sheet keeps each batch's proxies small; within a run, readSnapshot syncs per chunk.
  for (const name of wanted) {
    try {
      snapshots.push(await session.run((context) => readSnapshot(context, name, { mergedAreas })));
    } catch (error) {
      throw toRakitError(error);
    }
  }
  return snapshots;
}
