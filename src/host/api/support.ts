/**
 * Checks shared by the API classes: requirement sets (checked when the method is called, as
 * office.js does on the client), sheet lookup at sync, and sheet protection.
 */
import { apiNotFound, officeError } from "../errors";
import { cellCount, type RangeRef } from "../model/address";
import type { Sheet } from "../model/sheet";
import type { RequestContext } from "./context";
import { compareVersions, type Exec } from "./queue";

/** Throws ApiNotFound when the simulated Excel lacks ExcelApi `version` (office.js throwIfApiNotSupported). */
export function requireApi(ctx: RequestContext, apiFullName: string, version: string): void {
  if (compareVersions(ctx._settings.maxApiVersion, version) < 0) throw apiNotFound(apiFullName, "ExcelApi", version);
}

/** The sheet behind a target id; ItemNotFound when it has been deleted. */
export function sheetOf(exec: Exec, sheetId: string, location: string): Sheet {
  const sheet = exec.wb.sheetById(sheetId);
  if (!sheet) throw officeError("ItemNotFound", location);
  return sheet;
}

export interface RangeTarget {
  readonly sheetId: string;
  readonly rect: RangeRef;
}

export interface AreasTarget {
  readonly sheetId: string;
  readonly rects: readonly RangeRef[];
}

/**
 * A protected sheet refuses changes to locked cells (every cell is locked unless its format says
 * otherwise) with AccessDenied.
 */
export function assertCellsEditable(sheet: Sheet, rect: RangeRef, location: string): void {
  if (!sheet.protection.protected) return;
  const stored = [...sheet.cellsIn(rect)];
  if (stored.length < cellCount(rect)) throw officeError("AccessDenied", location);
  for (const { cell } of stored)
    if (cell.style?.protection?.locked !== false) throw officeError("AccessDenied", location);
}

export type ProtectedAction =
  | "formatCells"
  | "formatRows"
  | "formatColumns"
  | "insertRows"
  | "deleteRows"
  | "insertColumns"
  | "deleteColumns"
  | "editObjects"
  | "structure";

/** AccessDenied unless the sheet is unprotected or its protection options allow the action. */
export function assertAllowed(sheet: Sheet, action: ProtectedAction, location: string): void {
  if (!sheet.protection.protected) return;
  const o = sheet.protection.options;
  const allowed: Record<ProtectedAction, boolean> = {
    formatCells: o.allowFormatCells,
    formatRows: o.allowFormatRows,
    formatColumns: o.allowFormatColumns,
    insertRows: o.allowInsertRows,
    deleteRows: o.allowDeleteRows,
    insertColumns: o.allowInsertColumns,
    deleteColumns: o.allowDeleteColumns,
    editObjects: o.allowEditObjects,
    structure: false,
  };
  if (!allowed[action]) throw officeError("AccessDenied", location);
}
