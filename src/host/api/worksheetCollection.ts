/**
 * Excel.WorksheetCollection.
 */
import { officeError } from "../errors";
import type { ClientResult } from "./base";
import { Collection } from "./collection";
import type { Exec } from "./queue";
import { requireApi } from "./support";
import type { WorkbookTarget } from "./workbook";
import { Worksheet } from "./worksheet";

export class WorksheetCollection extends Collection<WorkbookTarget, Worksheet, string> {
  readonly _className = "WorksheetCollection";

  _itemTargets(_t: WorkbookTarget, exec: Exec): string[] {
    return exec.wb.sheets.map((s) => s.id);
  }

  _makeItem(sheetId: string): Worksheet {
    return new Worksheet(this._ctx, { resolved: sheetId });
  }

  /** ItemNotFound at sync when there is no such sheet (names match without regard to case). */
  getItem(key: string): Worksheet {
    return new Worksheet(this._ctx, (exec) => {
      const sheet = exec.wb.sheetByName(key) ?? exec.wb.sheetById(key);
      if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getItem");
      return sheet.id;
    });
  }

  /** A null object (isNullObject true after sync) when there is no such sheet. ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet {
    requireApi(this._ctx, "WorksheetCollection.getItemOrNullObject", "1.4");
    return new Worksheet(this._ctx, (exec) => (exec.wb.sheetByName(key) ?? exec.wb.sheetById(key))?.id ?? null);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this._ctx, (exec) => {
      const sheet = exec.wb.activeSheet;
      if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getActiveWorksheet");
      return sheet.id;
    });
  }

  /** Adds a sheet at the end ("Sheet4" when no name is given); it does not become active. */
  add(name?: string): Worksheet {
    let created: string | null = null;
    this._enqueue({
      json: { op: "call", id: this._id, name: "add", args: [name ?? null] },
      location: "WorksheetCollection.add",
      mutates: true,
      run: (exec) => {
        created = exec.wb.addSheet(name).id;
      },
    });
    return new Worksheet(this._ctx, () => {
      if (created === null) throw officeError("GeneralException", "WorksheetCollection.add");
      return created;
    });
  }

  getCount(visibleOnly?: boolean): ClientResult<number> {
    requireApi(this._ctx, "WorksheetCollection.getCount", "1.4");
    return this._invokeResult("getCount", [visibleOnly], (_t, exec) =>
      visibleOnly ? exec.wb.sheets.filter((s) => s.visibility === "Visible").length : exec.wb.sheets.length,
    );
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    requireApi(this._ctx, "WorksheetCollection.getFirst", "1.5");
    return new Worksheet(this._ctx, (exec) => {
      const s = exec.wb.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw officeError("ItemNotFound", "WorksheetCollection.getFirst");
      return s.id;
    });
  }

  getLast(visibleOnly?: boolean): Worksheet {
    requireApi(this._ctx, "WorksheetCollection.getLast", "1.5");
    return new Worksheet(this._ctx, (exec) => {
      const list = exec.wb.sheets.filter((x) => !visibleOnly || x.visibility === "Visible");
      const s = list[list.length - 1];
      if (!s) throw officeError("ItemNotFound", "WorksheetCollection.getLast");
      return s.id;
    });
  }
}
