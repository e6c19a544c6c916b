/**
 * Excel.Workbook and Excel.Application.
 */
import { officeError } from "../errors";
import type { CalculationMode } from "../model/workbook";
import { ClientObject } from "./base";
import type { RequestContext } from "./context";
import type { Exec } from "./queue";
import { Range } from "./range";
import { requireApi } from "./support";
import { WorksheetCollection } from "./worksheetCollection";

/** The workbook itself is the target of the workbook-level proxies. */
export type WorkbookTarget = "workbook";

export class Workbook extends ClientObject<WorkbookTarget> {
  readonly _className = "Workbook";
  readonly _scalarNames = ["name"] as const;
  override readonly _navNames = ["worksheets", "application"] as const;
  private _worksheets: WorksheetCollection | undefined;
  private _application: Application | undefined;

  constructor(ctx: RequestContext) {
    super(ctx, { resolved: "workbook" });
  }

  get worksheets(): WorksheetCollection {
    this._worksheets ??= new WorksheetCollection(this._ctx, (exec) =>
      this._resolve(exec) === null ? null : "workbook",
    );
    return this._worksheets;
  }

  get application(): Application {
    this._application ??= new Application(this._ctx, (exec) => this._resolve(exec));
    return this._application;
  }

  get name(): string {
    return this._get("name");
  }

  _readScalar(name: string): unknown {
    if (name === "name") return "Book1";
    return undefined;
  }

  /** The selected range: the active sheet's selection (A1 in a workbook nobody has touched). */
  getSelectedRange(): Range {
    return new Range(this._ctx, (exec) => {
      const sheet = exec.wb.activeSheet;
      if (!sheet) throw officeError("ItemNotFound", "Workbook.getSelectedRange");
      return { sheetId: sheet.id, rect: sheet.selection };
    });
  }

  /** The active cell: the top-left cell of the selection (ExcelApi 1.7). */
  getActiveCell(): Range {
    requireApi(this._ctx, "Workbook.getActiveCell", "1.7");
    return new Range(this._ctx, (exec) => {
      const sheet = exec.wb.activeSheet;
      if (!sheet) throw officeError("ItemNotFound", "Workbook.getActiveCell");
      const { top, left } = sheet.selection;
      return { sheetId: sheet.id, rect: { top, left, bottom: top, right: left } };
    });
  }
}

export class Application extends ClientObject<WorkbookTarget> {
  readonly _className = "Application";
  readonly _scalarNames = ["calculationMode"] as const;

  get calculationMode(): CalculationMode {
    return this._get("calculationMode");
  }

  /** Excel.CalculationMode: "Automatic", "AutomaticExceptTables" or "Manual" (ExcelApi 1.8 to set). */
  set calculationMode(mode: CalculationMode) {
    requireApi(this._ctx, "Application.calculationMode", "1.8");
    this._setProp(
      "calculationMode",
      mode,
      (_t, exec) => {
        if (mode !== "Automatic" && mode !== "AutomaticExceptTables" && mode !== "Manual")
          throw officeError("InvalidArgument", "Application.calculationMode");
        exec.wb.calculationMode = mode;
        exec.touch();
      },
      true,
    );
  }

  /** Recalculates the workbook ("Recalculate", "Full", "FullRebuild" all recompute everything here). */
  calculate(_calculationType: string): void {
    this._invoke("calculate", [_calculationType], (_t, exec: Exec) => {
      const mode = exec.wb.calculationMode;
      exec.wb.calculationMode = "Automatic";
      exec.touch();
      exec.settle();
      exec.wb.calculationMode = mode;
    });
  }

  _readScalar(name: string, _t: WorkbookTarget, exec: Exec): unknown {
    if (name === "calculationMode") return exec.wb.calculationMode;
    return undefined;
  }
}
