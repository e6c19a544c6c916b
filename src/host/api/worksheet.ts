/**
 * Excel.Worksheet, Excel.WorksheetProtection and Excel.WorksheetFreezePanes.
 */
import { OfficeError, officeError } from "../errors";
import { MAX_COLS, MAX_ROWS, parseAddress, type RangeRef } from "../model/address";
import { fileWidthToPoints, colorToHex, parseColor, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from "../model/style";
import { defaultProtectionOptions, type ProtectionOptions, type SheetVisibility } from "../model/sheet";
import { ClientObject } from "./base";
import { ChartCollection } from "./charts";
import type { Exec } from "./queue";
import { PageLayout } from "./pageLayout";
import { Range } from "./range";
import { requireApi, sheetOf, type RangeTarget } from "./support";

/** A worksheet proxy's target is its sheet's id, so it survives renames and moves. */
export type SheetTarget = string;

export class Worksheet extends ClientObject<SheetTarget> {
  readonly _className = "Worksheet";
  readonly _scalarNames = [
    "name",
    "id",
    "position",
    "visibility",
    "tabColor",
    "showGridlines",
    "standardWidth",
    "standardHeight",
  ] as const;
  override readonly _navNames = ["protection", "pageLayout", "freezePanes", "charts"] as const;
  private _protection: WorksheetProtection | undefined;
  private _charts: ChartCollection | undefined;
  private _pageLayout: PageLayout | undefined;
  private _freezePanes: WorksheetFreezePanes | undefined;

  _readScalar(name: string, id: SheetTarget, exec: Exec): unknown {
    const sheet = sheetOf(exec, id, `Worksheet.${name}`);
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return exec.wb.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor ? colorToHex(sheet.tabColor) : "";
      case "showGridlines":
        return sheet.showGridlines;
      case "standardWidth":
        return sheet.defaultColWidth ?? 8.43;
      case "standardHeight":
        return sheet.defaultRowHeight ?? STANDARD_ROW_HEIGHT;
    }
    return undefined;
  }

  get protection(): WorksheetProtection {
    this._protection ??= new WorksheetProtection(this._ctx, (exec) => this._resolve(exec));
    return this._protection;
  }

  /** The sheet's charts (ExcelApi 1.1). */
  get charts(): ChartCollection {
    this._charts ??= new ChartCollection(this._ctx, (exec) => this._resolve(exec));
    return this._charts;
  }

  /** Print setup (ExcelApi 1.9). */
  get pageLayout(): PageLayout {
    requireApi(this._ctx, "Worksheet.pageLayout", "1.9");
    this._pageLayout ??= new PageLayout(this._ctx, (exec) => this._resolve(exec));
    return this._pageLayout;
  }

  /** Frozen panes (ExcelApi 1.7). */
  get freezePanes(): WorksheetFreezePanes {
    requireApi(this._ctx, "Worksheet.freezePanes", "1.7");
    this._freezePanes ??= new WorksheetFreezePanes(this._ctx, (exec) => this._resolve(exec));
    return this._freezePanes;
  }

  get name(): string {
    return this._get("name");
  }

  /** Renaming rewrites every formula that refers to the sheet, as Excel does. */
  set name(value: string) {
    this._setProp("name", value, (id, exec) => {
      const sheet = sheetOf(exec, id, "Worksheet.name");
      exec.wb.renameSheet(sheet, value);
      exec.touch();
    });
  }

  get id(): string {
    return this._get("id");
  }

  get position(): number {
    return this._get("position");
  }

  set position(value: number) {
    this._setProp("position", value, (id, exec) => {
      const sheet = sheetOf(exec, id, "Worksheet.position");
      if (!Number.isInteger(value) || value < 0 || value >= exec.wb.sheets.length)
        throw officeError("InvalidArgument", "Worksheet.position");
      exec.wb.moveSheet(sheet, value);
    });
  }

  get visibility(): SheetVisibility {
    return this._get("visibility");
  }

  set visibility(value: SheetVisibility) {
    this._setProp("visibility", value, (id, exec) => {
      const sheet = sheetOf(exec, id, "Worksheet.visibility");
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden")
        throw officeError("InvalidArgument", "Worksheet.visibility");
      const others = exec.wb.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (value !== "Visible" && others.length === 0) throw officeError("InvalidOperation", "Worksheet.visibility");
      sheet.visibility = value;
      if (value !== "Visible" && exec.wb.activeSheetId === sheet.id) exec.wb.activeSheetId = others[0]?.id ?? null;
    });
  }

  get tabColor(): string {
    return this._get("tabColor");
  }

  set tabColor(value: string) {
    this._setProp("tabColor", value, (id, exec) => {
      const sheet = sheetOf(exec, id, "Worksheet.tabColor");
      if (value === "") {
        sheet.tabColor = undefined;
        return;
      }
      const color = parseColor(value);
      if (!color) throw officeError("InvalidArgument", "Worksheet.tabColor");
      sheet.tabColor = color;
    });
  }

  get showGridlines(): boolean {
    return this._get("showGridlines");
  }

  set showGridlines(value: boolean) {
    this._setProp("showGridlines", value, (id, exec) => {
      sheetOf(exec, id, "Worksheet.showGridlines").showGridlines = value;
    });
  }

  get standardWidth(): number {
    return this._get("standardWidth");
  }

  get standardHeight(): number {
    return this._get("standardHeight");
  }

  /** Makes the sheet the active one; a hidden sheet cannot be activated (InvalidOperation). */
  activate(): void {
    this._invoke("activate", [], (id, exec) => {
      const sheet = sheetOf(exec, id, "Worksheet.activate");
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Worksheet.activate");
      exec.wb.activeSheetId = sheet.id;
    });
  }

  /** Deletes the sheet. A very hidden sheet, or the last visible one, cannot be deleted. */
  delete(): void {
    this._invoke("delete", [], (id, exec) => {
      // Sheet protection does not stop deleting a sheet (workbook structure protection would).
      const sheet = sheetOf(exec, id, "Worksheet.delete");
      exec.wb.deleteSheet(sheet);
      exec.touch();
    });
  }

  /**
   * Copies the sheet with everything on it (values, formulas, formats, merges, conditional formats,
   * print setup) and names the copy "Name (2)". positionType "None" (the default) puts the copy at
   * the beginning, as the reference says; "Before"/"After" need `relativeTo`. ExcelApi 1.7.
   * "Before"/"After" relative to the sheet itself fails with InvalidArgument on Windows desktop
   * (OfficeDev/office-js#775), the host's default (`quirks.copyBesideItselfFails`).
   */
  copy(positionType: "None" | "Before" | "After" | "Beginning" | "End" = "None", relativeTo?: Worksheet): Worksheet {
    requireApi(this._ctx, "Worksheet.copy", "1.7");
    let created: string | null = null;
    this._enqueue({
      json: {
        op: "call",
        id: this._id,
        name: "copy",
        args: [positionType, relativeTo ? { ref: relativeTo._id } : null],
      },
      location: "Worksheet.copy",
      mutates: true,
      run: (exec) => {
        const id = this._resolve(exec);
        if (id === null) return;
        const sheet = sheetOf(exec, id, "Worksheet.copy");
        let index: number;
        switch (positionType) {
          case "None":
          case "Beginning":
            index = 0;
            break;
          case "End":
            index = exec.wb.sheets.length;
            break;
          case "Before":
          case "After": {
            const rel = relativeTo?._resolve(exec);
            if (!rel) throw officeError("InvalidArgument", "Worksheet.copy");
            // Windows desktop refuses a copy placed beside its own source (office-js#775).
            if (rel === id && exec.settings.quirks.copyBesideItselfFails)
              throw officeError("InvalidArgument", "Worksheet.copy");
            const relIndex = exec.wb.sheets.indexOf(sheetOf(exec, rel, "Worksheet.copy"));
            index = positionType === "Before" ? relIndex : relIndex + 1;
            break;
          }
          default:
            throw officeError("InvalidArgument", "Worksheet.copy");
        }
        created = exec.wb.copySheet(sheet, index).id;
        exec.touch();
      },
    });
    return new Worksheet(this._ctx, (exec) => {
      if (this._resolve(exec) === null) return null;
      if (created === null) throw officeError("GeneralException", "Worksheet.copy");
      return created;
    });
  }

  /** The range at an address ("A1:B2", "5:7", "A:C"), or the whole sheet without one. */
  getRange(address?: string): Range {
    return new Range(this._ctx, (exec) => {
      const id = this._resolve(exec);
      if (id === null) return null;
      const sheet = sheetOf(exec, id, "Worksheet.getRange");
      if (address === undefined || address === "")
        return { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== null) {
        const other = exec.wb.sheetByName(parsed.sheet);
        if (!other) throw officeError("ItemNotFound", "Worksheet.getRange");
        return { sheetId: other.id, rect: parsed.rect };
      }
      return { sheetId: sheet.id, rect: parsed.rect };
    });
  }

  /** The range starting at 0-based (row, column) with the given size (ExcelApi 1.7). */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    requireApi(this._ctx, "Worksheet.getRangeByIndexes", "1.7");
    return new Range(this._ctx, (exec) => {
      const id = this._resolve(exec);
      if (id === null) return null;
      const rect: RangeRef = {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
      const ints = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
      if (
        !ints ||
        rowCount < 1 ||
        columnCount < 1 ||
        rect.top < 0 ||
        rect.left < 0 ||
        rect.bottom >= MAX_ROWS ||
        rect.right >= MAX_COLS
      ) {
        throw officeError("InvalidArgument", "Worksheet.getRangeByIndexes");
      }
      return { sheetId: sheetOf(exec, id, "Worksheet.getRangeByIndexes").id, rect };
    });
  }

  getCell(row: number, column: number): Range {
    return new Range(this._ctx, (exec) => {
      const id = this._resolve(exec);
      if (id === null) return null;
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS)
        throw officeError("InvalidArgument", "Worksheet.getCell");
      return { sheetId: id, rect: { top: row, left: column, bottom: row, right: column } };
    });
  }

  /**
   * The smallest range holding every cell with a value or formatting (`valuesOnly`: a value). A
   * blank sheet gives A1, "it will not throw an error".
   */
  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(this._ctx, (exec) => {
      const id = this._resolve(exec);
      if (id === null) return null;
      const rect = sheetOf(exec, id, "Worksheet.getUsedRange").usedRect(valuesOnly === true);
      return { sheetId: id, rect: rect ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  /** Like getUsedRange, but a null object for a blank sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    requireApi(this._ctx, "Worksheet.getUsedRangeOrNullObject", "1.4");
    return new Range(this._ctx, (exec): RangeTarget | null => {
      const id = this._resolve(exec);
      if (id === null) return null;
      const rect = sheetOf(exec, id, "Worksheet.getUsedRangeOrNullObject").usedRect(valuesOnly === true);
      return rect ? { sheetId: id, rect } : null;
    });
  }

  /** Recalculates (the host recalculates the whole workbook). ExcelApi 1.6. */
  calculate(_markAllDirty: boolean): void {
    requireApi(this._ctx, "Worksheet.calculate", "1.6");
    this._invoke("calculate", [_markAllDirty], (_id, exec) => {
      exec.touch();
      exec.settle();
    });
  }
}

/** Excel.WorksheetProtection: `protected`, `options`, protect() and unprotect(). */
export class WorksheetProtection extends ClientObject<SheetTarget> {
  readonly _className = "WorksheetProtection";
  readonly _scalarNames = ["protected", "options"] as const;

  _readScalar(name: string, id: SheetTarget, exec: Exec): unknown {
    const sheet = sheetOf(exec, id, `WorksheetProtection.${name}`);
    if (name === "protected") return sheet.protection.protected;
    if (name === "options") return { ...sheet.protection.options };
    return undefined;
  }

  get protected(): boolean {
    return this._get("protected");
  }

  get options(): ProtectionOptions {
    return this._get("options");
  }

  /** Protects the sheet. Protecting a protected sheet fails (InvalidOperation), as in Excel. */
  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this._invoke("protect", [options ?? null, password ? "***" : null], (id, exec) => {
      const sheet = sheetOf(exec, id, "WorksheetProtection.protect");
      if (sheet.protection.protected) throw officeError("InvalidOperation", "WorksheetProtection.protect");
      sheet.protection = {
        protected: true,
        options: { ...defaultProtectionOptions(), ...options },
        ...(password ? { password } : {}),
      };
    });
  }

  /** Unprotects the sheet; a wrong password fails (BadPassword). */
  unprotect(password?: string): void {
    this._invoke("unprotect", [password ? "***" : null], (id, exec) => {
      const sheet = sheetOf(exec, id, "WorksheetProtection.unprotect");
      const expected = sheet.protection.password;
      if (sheet.protection.protected && expected !== undefined && expected !== password) {
        throw new OfficeError(
          "BadPassword",
          "The password you supplied is incorrect.",
          "WorksheetProtection.unprotect",
        );
      }
      sheet.protection = { protected: false, options: sheet.protection.options };
    });
  }
}

/** Excel.WorksheetFreezePanes (ExcelApi 1.7): rows and columns kept in view. */
export class WorksheetFreezePanes extends ClientObject<SheetTarget> {
  readonly _className = "WorksheetFreezePanes";
  readonly _scalarNames = [] as const;

  _readScalar(): unknown {
    return undefined;
  }

  freezeRows(count?: number): void {
    this._invoke("freezeRows", [count ?? 1], (id, exec) => {
      const sheet = sheetOf(exec, id, "WorksheetFreezePanes.freezeRows");
      sheet.frozen = { rows: count ?? 1, cols: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this._invoke("freezeColumns", [count ?? 1], (id, exec) => {
      const sheet = sheetOf(exec, id, "WorksheetFreezePanes.freezeColumns");
      sheet.frozen = { rows: 0, cols: count ?? 1 };
    });
  }

  unfreeze(): void {
    this._invoke("unfreeze", [], (id, exec) => {
      sheetOf(exec, id, "WorksheetFreezePanes.unfreeze").frozen = null;
    });
  }

  /** The frozen area, or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    return new Range(this._ctx, (exec) => {
      const id = this._resolve(exec);
      if (id === null) return null;
      const f = sheetOf(exec, id, "WorksheetFreezePanes.getLocationOrNullObject").frozen;
      if (!f || (f.rows === 0 && f.cols === 0)) return null;
      const rect: RangeRef =
        f.cols === 0
          ? { top: 0, bottom: f.rows - 1, left: 0, right: MAX_COLS - 1 }
          : f.rows === 0
            ? { top: 0, bottom: MAX_ROWS - 1, left: 0, right: f.cols - 1 }
            : { top: 0, bottom: f.rows - 1, left: 0, right: f.cols - 1 };
      return { sheetId: id, rect };
    });
  }
}

/** Column width in points for a width in the file's unit (or the standard width). */
export function columnWidthPoints(width: number | undefined): number {
  return fileWidthToPoints(width ?? STANDARD_COLUMN_WIDTH);
}
