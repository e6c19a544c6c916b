/**
 * Excel.RangeAreas (several rectangles of one sheet, ExcelApi 1.9) and Excel.RangeCollection
 * (its `areas`). Range.getMergedAreasOrNullObject returns one.
 */
import { officeError } from "../errors";
import { cellCount, formatAddress, isEntireColumns, isEntireRows, type RangeRef } from "../model/address";
import { ClientResult } from "./base";
import { ClientObject } from "./base";
import { Collection } from "./collection";
import type { Exec } from "./queue";
import { Range } from "./range";
import { sheetOf, type AreasTarget, type RangeTarget } from "./support";
import { Worksheet } from "./worksheet";

export class RangeAreas extends ClientObject<AreasTarget> {
  readonly _className = "RangeAreas";
  readonly _scalarNames = [
    "address",
    "addressLocal",
    "areaCount",
    "cellCount",
    "isEntireColumn",
    "isEntireRow",
  ] as const;
  override readonly _navNames = ["areas", "worksheet"] as const;
  private _areas: RangeCollection | undefined;
  private _worksheet: Worksheet | undefined;

  override _navTarget(name: string, target: AreasTarget): unknown {
    return name === "worksheet" ? target.sheetId : target;
  }

  _readScalar(name: string, t: AreasTarget, exec: Exec): unknown {
    const sheet = sheetOf(exec, t.sheetId, `RangeAreas.${name}`);
    switch (name) {
      case "address":
      case "addressLocal":
        return t.rects.map((r) => formatAddress(sheet.name, r)).join(",");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + cellCount(r), 0);
      case "isEntireRow":
        return t.rects.every(isEntireRows);
      case "isEntireColumn":
        return t.rects.every(isEntireColumns);
    }
    return undefined;
  }

  /** "Sheet1!A1:B2,Sheet1!D4": each area with the sheet name, comma-separated. */
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }

  get areas(): RangeCollection {
    this._areas ??= new RangeCollection(this._ctx, (exec) => this._resolve(exec));
    return this._areas;
  }

  get worksheet(): Worksheet {
    this._worksheet ??= new Worksheet(this._ctx, (exec) => this._resolve(exec)?.sheetId ?? null);
    return this._worksheet;
  }
}

export class RangeCollection extends Collection<AreasTarget, Range, RangeTarget> {
  readonly _className = "RangeCollection";

  _itemTargets(t: AreasTarget): RangeTarget[] {
    return t.rects.map((rect: RangeRef) => ({ sheetId: t.sheetId, rect }));
  }

  _makeItem(target: RangeTarget): Range {
    return new Range(this._ctx, { resolved: target });
  }

  getCount(): ClientResult<number> {
    return this._invokeResult("getCount", [], (t) => t.rects.length);
  }

  getItemAt(index: number): Range {
    return new Range(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      const rect = t.rects[index];
      if (!rect) throw officeError("ItemNotFound", "RangeCollection.getItemAt");
      return { sheetId: t.sheetId, rect };
    });
  }
}
