/**
 * Excel.ConditionalFormatCollection (Range.conditionalFormats, ExcelApi 1.6) and the formula
 * ("custom") conditional format: rule.formula, format.fill.color, format.font.color/bold/italic.
 * Other rule kinds are listed and deletable but not editable here.
 */
import { officeError } from "../errors";
import { intersect, type RangeRef } from "../model/address";
import type { ConditionalFormatModel, ConditionalFormatType } from "../model/conditional";
import type { Sheet } from "../model/sheet";
import { colorToHex, parseColor } from "../model/style";
import { ClientObject, type ClientResult } from "./base";
import { Collection } from "./collection";
import type { Exec } from "./queue";
import { Range } from "./range";
import { RangeAreas } from "./rangeAreas";
import { assertAllowed, requireApi, sheetOf, type RangeTarget } from "./support";

/**
 * A conditional format as Excel addresses it: by its priority (its index) in the collection it
 * was reached through. `ConditionalFormat.id` is documented as "the priority of the conditional
 * format in the current ConditionalFormatCollection", and after a priority change "you have to
 * re-fetch a new copy of the object at that new priority location": the object stands for a
 * position, not for a rule. So a proxy resolves, at each command, to whatever rule is at that
 * position now; when rules are added or deleted earlier in the same batch, it reaches another
 * rule, or none (ItemNotFound, OfficeDev/office-js#5222).
 */
export interface CfTarget {
  readonly sheetId: string;
  /** The range whose collection the proxy came from (the whole sheet for `getRange().conditionalFormats`). */
  readonly rect: RangeRef;
  readonly index: number;
}

function cfOf(
  exec: Exec,
  t: CfTarget,
  location: string,
): { sheet: Sheet; cf: ConditionalFormatModel; list: ConditionalFormatModel[] } {
  const sheet = sheetOf(exec, t.sheetId, location);
  const list = intersecting(sheet, t.rect);
  const cf = list[t.index];
  if (!cf) throw officeError("ItemNotFound", location);
  return { sheet, cf, list };
}

function intersecting(sheet: Sheet, rect: RangeRef): ConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => intersect(r, rect) !== null));
}

/** The parts of `r` outside `cut` (up to four rectangles). */
function subtract(r: RangeRef, cut: RangeRef): RangeRef[] {
  const i = intersect(r, cut);
  if (!i) return [r];
  const out: RangeRef[] = [];
  if (r.top < i.top) out.push({ ...r, bottom: i.top - 1 });
  if (r.bottom > i.bottom) out.push({ ...r, top: i.bottom + 1 });
  if (r.left < i.left) out.push({ top: i.top, bottom: i.bottom, left: r.left, right: i.left - 1 });
  if (r.right > i.right) out.push({ top: i.top, bottom: i.bottom, left: i.right + 1, right: r.right });
  return out;
}

export class ConditionalFormatCollection extends Collection<RangeTarget, ConditionalFormat, CfTarget> {
  readonly _className = "ConditionalFormatCollection";

  _itemTargets(t: RangeTarget, exec: Exec): CfTarget[] {
    const sheet = sheetOf(exec, t.sheetId, "ConditionalFormatCollection.items");
    return intersecting(sheet, t.rect).map((_cf, index) => ({ sheetId: t.sheetId, rect: t.rect, index }));
  }

  _makeItem(target: CfTarget): ConditionalFormat {
    return new ConditionalFormat(this._ctx, { resolved: target });
  }

  /**
   * Adds a conditional format on the range at the top priority. Only "Custom" (formula) rules are
   * implemented by the host.
   */
  add(type: ConditionalFormatType | string): ConditionalFormat {
    let created: string | null = null;
    this._enqueue({
      json: { op: "call", id: this._id, name: "add", args: [type] },
      location: "ConditionalFormatCollection.add",
      mutates: true,
      run: (exec) => {
        const t = this._resolve(exec);
        if (t === null) return;
        const sheet = sheetOf(exec, t.sheetId, "ConditionalFormatCollection.add");
        if (type !== "Custom")
          throw officeError(
            "NotImplemented",
            "ConditionalFormatCollection.add",
            `The in-memory host adds only "Custom" conditional formats, not "${type}".`,
          );
        assertAllowed(sheet, "formatCells", "ConditionalFormatCollection.add");
        const cf: ConditionalFormatModel = {
          id: exec.wb.newConditionalFormatId(),
          ranges: [{ ...t.rect }],
          type: "Custom",
          formula: "",
          style: {},
          stopIfTrue: false,
        };
        sheet.conditionalFormats.unshift(cf);
        created = cf.id;
      },
    });
    // The new rule is first in every collection it belongs to: the proxy stands for position 0.
    return new ConditionalFormat(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      if (created === null) throw officeError("GeneralException", "ConditionalFormatCollection.add");
      return { sheetId: t.sheetId, rect: t.rect, index: 0 };
    });
  }

  getCount(): ClientResult<number> {
    return this._invokeResult(
      "getCount",
      [],
      (t, exec) => intersecting(sheetOf(exec, t.sheetId, "ConditionalFormatCollection.getCount"), t.rect).length,
    );
  }

  /** The format whose id (its priority in this collection, "0", "1"…) is `id`, as of this command. */
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this._ctx, (exec) => this._at(exec, /^\d+$/.test(id) ? Number(id) : -1, "getItem"));
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this._ctx, (exec) =>
      this._at(exec, Number.isInteger(index) ? index : -1, "getItemAt"),
    );
  }

  private _at(exec: Exec, index: number, method: string): CfTarget | null {
    const t = this._resolve(exec);
    if (t === null) return null;
    const location = `ConditionalFormatCollection.${method}`;
    if (index < 0 || index >= intersecting(sheetOf(exec, t.sheetId, location), t.rect).length)
      throw officeError("ItemNotFound", location);
    return { sheetId: t.sheetId, rect: t.rect, index };
  }

  /** Removes conditional formatting from the range's cells; rules left with no cells are deleted. */
  clearAll(): void {
    this._invoke("clearAll", [], (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "ConditionalFormatCollection.clearAll");
      assertAllowed(sheet, "formatCells", "ConditionalFormatCollection.clearAll");
      for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => subtract(r, t.rect));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    });
  }
}

export class ConditionalFormat extends ClientObject<CfTarget> {
  readonly _className = "ConditionalFormat";
  readonly _scalarNames = ["id", "type", "priority", "stopIfTrue"] as const;
  override readonly _navNames = ["custom"] as const;
  private _custom: CustomConditionalFormat | undefined;

  _readScalar(name: string, t: CfTarget, exec: Exec): unknown {
    const { cf } = cfOf(exec, t, `ConditionalFormat.${name}`);
    switch (name) {
      case "id":
        return String(t.index);
      case "type":
        return cf.type;
      case "priority":
        return t.index;
      case "stopIfTrue":
        return cf.stopIfTrue;
    }
    return undefined;
  }

  override _navTarget(name: string, t: CfTarget, exec: Exec): unknown {
    if (name === "custom") {
      const { cf } = cfOf(exec, t, "ConditionalFormat.custom");
      if (cf.type !== "Custom") throw officeError("InvalidOperation", "ConditionalFormat.custom");
    }
    return t;
  }

  get id(): string {
    return this._get("id");
  }
  get type(): ConditionalFormatType {
    return this._get("type");
  }

  /**
   * 0 is evaluated first. Setting it moves the rule to that position in this collection (negative
   * counts from the back; out of bounds clamps), shifting the others; the proxy keeps standing for
   * its old position, as the reference warns.
   */
  get priority(): number {
    return this._get("priority");
  }
  set priority(value: number) {
    this._setProp("priority", value, (t, exec) => {
      const { sheet, cf, list } = cfOf(exec, t, "ConditionalFormat.priority");
      const others = list.filter((c) => c !== cf);
      if (others.length === 0) return;
      const wanted = value < 0 ? others.length + 1 + value : value;
      const at = Math.max(0, Math.min(Math.trunc(wanted), others.length));
      const rest = sheet.conditionalFormats.filter((c) => c !== cf);
      const before = others[at];
      const last = others[others.length - 1] as ConditionalFormatModel;
      rest.splice(before ? rest.indexOf(before) : rest.indexOf(last) + 1, 0, cf);
      sheet.conditionalFormats = rest;
    });
  }

  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this._setProp("stopIfTrue", value, (t, exec) => {
      cfOf(exec, t, "ConditionalFormat.stopIfTrue").cf.stopIfTrue = value;
    });
  }

  /** The formula rule and its format; InvalidOperation at sync for other rule kinds. */
  get custom(): CustomConditionalFormat {
    this._custom ??= new CustomConditionalFormat(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      return this._navTarget("custom", t, exec) as CfTarget;
    });
    return this._custom;
  }

  delete(): void {
    this._invoke("delete", [], (t, exec) => {
      const { sheet, cf } = cfOf(exec, t, "ConditionalFormat.delete");
      assertAllowed(sheet, "formatCells", "ConditionalFormat.delete");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }

  /** The range the rule applies to; InvalidOperation when it applies to several. */
  getRange(): Range {
    return new Range(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      const { cf } = cfOf(exec, t, "ConditionalFormat.getRange");
      if (cf.ranges.length !== 1) throw officeError("InvalidOperation", "ConditionalFormat.getRange");
      return { sheetId: t.sheetId, rect: { ...(cf.ranges[0] as RangeRef) } };
    });
  }

  /** The range, or a null object when the rule applies to several ranges (ExcelApi 1.8). */
  getRangeOrNullObject(): Range {
    requireApi(this._ctx, "ConditionalFormat.getRangeOrNullObject", "1.8");
    return new Range(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      const { cf } = cfOf(exec, t, "ConditionalFormat.getRangeOrNullObject");
      return cf.ranges.length === 1 ? { sheetId: t.sheetId, rect: { ...(cf.ranges[0] as RangeRef) } } : null;
    });
  }

  /** Every range the rule applies to (ExcelApi 1.9). */
  getRanges(): RangeAreas {
    requireApi(this._ctx, "ConditionalFormat.getRanges", "1.9");
    return new RangeAreas(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      const { cf } = cfOf(exec, t, "ConditionalFormat.getRanges");
      return { sheetId: t.sheetId, rects: cf.ranges.map((r) => ({ ...r })) };
    });
  }
}

export class CustomConditionalFormat extends ClientObject<CfTarget> {
  readonly _className = "CustomConditionalFormat";
  readonly _scalarNames = [] as const;
  override readonly _navNames = ["rule", "format"] as const;
  private _rule: ConditionalFormatRule | undefined;
  private _format: ConditionalRangeFormat | undefined;

  _readScalar(): unknown {
    return undefined;
  }

  get rule(): ConditionalFormatRule {
    this._rule ??= new ConditionalFormatRule(this._ctx, (exec) => this._resolve(exec));
    return this._rule;
  }

  get format(): ConditionalRangeFormat {
    this._format ??= new ConditionalRangeFormat(this._ctx, (exec) => this._resolve(exec));
    return this._format;
  }
}

export class ConditionalFormatRule extends ClientObject<CfTarget> {
  readonly _className = "ConditionalFormatRule";
  readonly _scalarNames = ["formula", "formulaLocal"] as const;

  _readScalar(name: string, t: CfTarget, exec: Exec): unknown {
    const { cf } = cfOf(exec, t, `ConditionalFormatRule.${name}`);
    return cf.formula;
  }

  /** The rule's formula, relative to the top-left cell of the range ("=$F10=\"\""). */
  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this._setProp("formula", value, (t, exec) => this._write(t, exec, value));
  }

  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(value: string) {
    this._setProp("formulaLocal", value, (t, exec) => this._write(t, exec, value));
  }

  private _write(t: CfTarget, exec: Exec, value: string): void {
    const { sheet, cf } = cfOf(exec, t, "ConditionalFormatRule.formula");
    assertAllowed(sheet, "formatCells", "ConditionalFormatRule.formula");
    if (typeof value !== "string" || value.trim() === "")
      throw officeError("InvalidArgument", "ConditionalFormatRule.formula");
    cf.formula = value;
  }
}

export class ConditionalRangeFormat extends ClientObject<CfTarget> {
  readonly _className = "ConditionalRangeFormat";
  readonly _scalarNames = ["numberFormat"] as const;
  override readonly _navNames = ["fill", "font"] as const;
  private _fill: ConditionalRangeFill | undefined;
  private _font: ConditionalRangeFont | undefined;

  _readScalar(name: string, t: CfTarget, exec: Exec): unknown {
    if (name === "numberFormat") return cfOf(exec, t, "ConditionalRangeFormat.numberFormat").cf.style.numFmt ?? null;
    return undefined;
  }

  get fill(): ConditionalRangeFill {
    this._fill ??= new ConditionalRangeFill(this._ctx, (exec) => this._resolve(exec));
    return this._fill;
  }

  get font(): ConditionalRangeFont {
    this._font ??= new ConditionalRangeFont(this._ctx, (exec) => this._resolve(exec));
    return this._font;
  }

  get numberFormat(): unknown {
    return this._get("numberFormat");
  }
  set numberFormat(value: unknown) {
    this._setProp("numberFormat", value, (t, exec) => {
      const { cf } = cfOf(exec, t, "ConditionalRangeFormat.numberFormat");
      cf.style = { ...cf.style, numFmt: value === null ? undefined : String(value) };
    });
  }
}

export class ConditionalRangeFill extends ClientObject<CfTarget> {
  readonly _className = "ConditionalRangeFill";
  readonly _scalarNames = ["color"] as const;

  _readScalar(_name: string, t: CfTarget, exec: Exec): unknown {
    return colorToHex(cfOf(exec, t, "ConditionalRangeFill.color").cf.style.fill);
  }

  /** "#RRGGBB"; null when the rule sets no fill. */
  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._setProp("color", value, (t, exec) => {
      const { cf } = cfOf(exec, t, "ConditionalRangeFill.color");
      const color = parseColor(value);
      if (!color) throw officeError("InvalidArgument", "ConditionalRangeFill.color");
      cf.style = { ...cf.style, fill: color };
    });
  }

  clear(): void {
    this._invoke("clear", [], (t, exec) => {
      const { cf } = cfOf(exec, t, "ConditionalRangeFill.clear");
      cf.style = { ...cf.style, fill: undefined };
    });
  }
}

export class ConditionalRangeFont extends ClientObject<CfTarget> {
  readonly _className = "ConditionalRangeFont";
  readonly _scalarNames = ["color", "bold", "italic", "underline", "strikethrough"] as const;

  _readScalar(name: string, t: CfTarget, exec: Exec): unknown {
    const s = cfOf(exec, t, `ConditionalRangeFont.${name}`).cf.style;
    switch (name) {
      case "color":
        return colorToHex(s.fontColor);
      case "bold":
        return s.bold ?? null;
      case "italic":
        return s.italic ?? null;
      case "underline":
        return s.underline === undefined ? null : s.underline ? "Single" : "None";
      case "strikethrough":
        return s.strike ?? null;
    }
    return undefined;
  }

  private _style(
    name: string,
    value: unknown,
    patch: (cf: ConditionalFormatModel) => ConditionalFormatModel["style"],
  ): void {
    this._setProp(name, value, (t, exec) => {
      const { cf } = cfOf(exec, t, `ConditionalRangeFont.${name}`);
      cf.style = patch(cf);
    });
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (cf) => {
      const color = parseColor(value);
      if (!color) throw officeError("InvalidArgument", "ConditionalRangeFont.color");
      return { ...cf.style, fontColor: color };
    });
  }
  get bold(): boolean | null {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._style("bold", value, (cf) => ({ ...cf.style, bold: value }));
  }
  get italic(): boolean | null {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._style("italic", value, (cf) => ({ ...cf.style, italic: value }));
  }
  get strikethrough(): boolean | null {
    return this._get("strikethrough");
  }
  set strikethrough(value: boolean) {
    this._style("strikethrough", value, (cf) => ({ ...cf.style, strike: value }));
  }
  get underline(): string | null {
    return this._get("underline");
  }
  set underline(value: string) {
    this._style("underline", value, (cf) => ({ ...cf.style, underline: value !== "None" }));
  }

  clear(): void {
    this._invoke("clear", [], (t, exec) => {
      const { cf } = cfOf(exec, t, "ConditionalRangeFont.clear");
      cf.style = {
        ...cf.style,
        fontColor: undefined,
        bold: undefined,
        italic: undefined,
        underline: undefined,
        strike: undefined,
      };
    });
  }
}
