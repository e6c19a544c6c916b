/**
 * Excel.RangeFormat and its parts: fill, font, borders, protection. Reading a property over cells
 * that differ gives null, as Excel does.
 */
import { officeError } from "../errors";
import { isEntireColumns, isEntireRows, type RangeRef } from "../model/address";
import {
  BORDER_INDEXES,
  edgeOf,
  edgesOf,
  officeBorder,
  ooxmlBorderStyle,
  setBorder,
  type BorderIndex,
  type LineStyle,
  type Weight,
} from "../model/borders";
import { patchStyle, stylesIn, uniform } from "../model/cells";
import type { Sheet } from "../model/sheet";
import {
  colorToHex,
  DEFAULT_FONT,
  fileWidthToPoints,
  parseColor,
  pointsToFileWidth,
  STANDARD_COLUMN_WIDTH,
  STANDARD_ROW_HEIGHT,
  type AlignmentStyle,
  type CellStyle,
  type ColorSpec,
  type StylePatch,
} from "../model/style";
import { ClientObject } from "./base";
import { Collection } from "./collection";
import type { Exec } from "./queue";
import { assertAllowed, sheetOf, type RangeTarget } from "./support";

const H_TO_OOXML: Record<string, AlignmentStyle["horizontal"] | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_TO_OOXML: Record<string, AlignmentStyle["vertical"] | undefined> = {
  Top: "top",
  Center: "middle",
  Bottom: undefined,
  Justify: "justify",
  Distributed: "distributed",
};

function invert(map: Record<string, string | undefined>, fallback: string): (v: string | undefined) => string {
  return (v) => Object.entries(map).find(([, x]) => x === v)?.[0] ?? fallback;
}
const hFromOoxml = invert(H_TO_OOXML, "General");
const vFromOoxml = invert(V_TO_OOXML, "Bottom");

/** Applies a style patch through the range's protection check. */
function patchRange(exec: Exec, t: RangeTarget, location: string, patch: StylePatch): void {
  const sheet = sheetOf(exec, t.sheetId, location);
  assertAllowed(sheet, "formatCells", location);
  patchStyle(sheet, t.rect, patch);
}

function readStyles<V>(exec: Exec, t: RangeTarget, location: string, f: (s: CellStyle | undefined) => V): V | null {
  const sheet = sheetOf(exec, t.sheetId, location);
  return uniform(stylesIn(sheet, t.rect).map(f));
}

function colorArg(value: string, location: string): ColorSpec {
  const color = parseColor(value);
  if (!color) throw officeError("InvalidArgument", location);
  return color;
}

export class RangeFormat extends ClientObject<RangeTarget> {
  readonly _className = "RangeFormat";
  readonly _scalarNames = [
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
    "columnWidth",
    "rowHeight",
    "indentLevel",
    "shrinkToFit",
  ] as const;
  override readonly _navNames = ["fill", "font", "borders", "protection"] as const;
  private _fill: RangeFill | undefined;
  private _font: RangeFont | undefined;
  private _borders: RangeBorderCollection | undefined;
  private _protection: FormatProtection | undefined;

  _readScalar(name: string, t: RangeTarget, exec: Exec): unknown {
    const loc = `RangeFormat.${name}`;
    switch (name) {
      case "horizontalAlignment":
        return readStyles(exec, t, loc, (s) => hFromOoxml(s?.alignment?.horizontal));
      case "verticalAlignment":
        return readStyles(exec, t, loc, (s) => vFromOoxml(s?.alignment?.vertical));
      case "wrapText":
        return readStyles(exec, t, loc, (s) => s?.alignment?.wrapText === true);
      case "indentLevel":
        return readStyles(exec, t, loc, (s) => s?.alignment?.indent ?? 0);
      case "shrinkToFit":
        return readStyles(exec, t, loc, (s) => s?.alignment?.shrinkToFit === true);
      case "columnWidth":
        return columnWidths(sheetOf(exec, t.sheetId, loc), t.rect);
      case "rowHeight":
        return rowHeights(sheetOf(exec, t.sheetId, loc), t.rect);
    }
    return undefined;
  }

  get fill(): RangeFill {
    this._fill ??= new RangeFill(this._ctx, (exec) => this._resolve(exec));
    return this._fill;
  }
  get font(): RangeFont {
    this._font ??= new RangeFont(this._ctx, (exec) => this._resolve(exec));
    return this._font;
  }
  get borders(): RangeBorderCollection {
    this._borders ??= new RangeBorderCollection(this._ctx, (exec) => this._resolve(exec));
    return this._borders;
  }
  get protection(): FormatProtection {
    this._protection ??= new FormatProtection(this._ctx, (exec) => this._resolve(exec));
    return this._protection;
  }

  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._setProp("horizontalAlignment", value, (t, exec) => {
      if (!(value in H_TO_OOXML)) throw officeError("InvalidArgument", "RangeFormat.horizontalAlignment");
      patchRange(exec, t, "RangeFormat.horizontalAlignment", { alignment: { horizontal: H_TO_OOXML[value] } });
    });
  }

  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._setProp("verticalAlignment", value, (t, exec) => {
      if (!(value in V_TO_OOXML)) throw officeError("InvalidArgument", "RangeFormat.verticalAlignment");
      patchRange(exec, t, "RangeFormat.verticalAlignment", { alignment: { vertical: V_TO_OOXML[value] } });
    });
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._setProp("wrapText", value, (t, exec) =>
      patchRange(exec, t, "RangeFormat.wrapText", { alignment: { wrapText: value || undefined } }),
    );
  }

  get indentLevel(): number {
    return this._get("indentLevel");
  }
  set indentLevel(value: number) {
    this._setProp("indentLevel", value, (t, exec) =>
      patchRange(exec, t, "RangeFormat.indentLevel", { alignment: { indent: value || undefined } }),
    );
  }

  get shrinkToFit(): boolean {
    return this._get("shrinkToFit");
  }
  set shrinkToFit(value: boolean) {
    this._setProp("shrinkToFit", value, (t, exec) =>
      patchRange(exec, t, "RangeFormat.shrinkToFit", { alignment: { shrinkToFit: value || undefined } }),
    );
  }

  /** Width of the range's columns in points; null when they differ. */
  get columnWidth(): number | null {
    return this._get("columnWidth");
  }
  set columnWidth(points: number) {
    this._setProp("columnWidth", points, (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "RangeFormat.columnWidth");
      assertAllowed(sheet, "formatColumns", "RangeFormat.columnWidth");
      if (!(points >= 0)) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
      const width = pointsToFileWidth(points);
      for (let c = t.rect.left; c <= t.rect.right; c++) sheet.setLineProp(sheet.colProps, c, { size: width });
    });
  }

  /** Height of the range's rows in points; null when they differ. */
  get rowHeight(): number | null {
    return this._get("rowHeight");
  }
  set rowHeight(points: number) {
    this._setProp("rowHeight", points, (t, exec) => {
      const sheet = sheetOf(exec, t.sheetId, "RangeFormat.rowHeight");
      assertAllowed(sheet, "formatRows", "RangeFormat.rowHeight");
      if (!(points >= 0 && points <= 409)) throw officeError("InvalidArgument", "RangeFormat.rowHeight");
      for (let r = t.rect.top; r <= t.rect.bottom; r++) sheet.setLineProp(sheet.rowProps, r, { size: points });
    });
  }

  /** Excel measures text to fit columns; the host cannot, so widths stay as they are. */
  autofitColumns(): void {
    this._invoke("autofitColumns", [], () => undefined, false);
  }

  /** As autofitColumns: heights stay as they are. */
  autofitRows(): void {
    this._invoke("autofitRows", [], () => undefined, false);
  }
}

function columnWidths(sheet: Sheet, rect: RangeRef): number | null {
  const widths = new Set<number>();
  let explicit = 0;
  for (const [c, p] of sheet.colProps) {
    if (c < rect.left || c > rect.right || p.size === undefined) continue;
    widths.add(fileWidthToPoints(p.size));
    explicit++;
  }
  if (explicit < rect.right - rect.left + 1)
    widths.add(fileWidthToPoints(sheet.defaultColWidth ?? STANDARD_COLUMN_WIDTH));
  return widths.size === 1 ? ([...widths][0] as number) : null;
}

function rowHeights(sheet: Sheet, rect: RangeRef): number | null {
  const heights = new Set<number>();
  let explicit = 0;
  for (const [r, p] of sheet.rowProps) {
    if (r < rect.top || r > rect.bottom || p.size === undefined) continue;
    heights.add(p.size);
    explicit++;
  }
  if (explicit < rect.bottom - rect.top + 1) heights.add(sheet.defaultRowHeight ?? STANDARD_ROW_HEIGHT);
  return heights.size === 1 ? ([...heights][0] as number) : null;
}

/** Excel.RangeFill. Cells without a fill report "#FFFFFF". */
export class RangeFill extends ClientObject<RangeTarget> {
  readonly _className = "RangeFill";
  readonly _scalarNames = ["color", "pattern"] as const;

  _readScalar(name: string, t: RangeTarget, exec: Exec): unknown {
    if (name === "color") {
      return readStyles(exec, t, "RangeFill.color", (s) => {
        const f = s?.fill;
        if (!f || f.type !== "pattern" || f.pattern === "none") return "#FFFFFF";
        return colorToHex(f.fgColor, "#000000");
      });
    }
    if (name === "pattern") {
      return readStyles(exec, t, "RangeFill.pattern", (s) => {
        const f = s?.fill;
        if (!f || f.type !== "pattern" || f.pattern === "none") return "None";
        return f.pattern === "solid" ? "Solid" : f.pattern;
      });
    }
    return undefined;
  }

  /** "#RRGGBB" (or an HTML colour name) when setting; the fill's colour when read. */
  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._setProp("color", value, (t, exec) => {
      const color = colorArg(value, "RangeFill.color");
      patchRange(exec, t, "RangeFill.color", { fill: { type: "pattern", pattern: "solid", fgColor: color } });
    });
  }

  get pattern(): string | null {
    return this._get("pattern");
  }

  /** Removes the fill. */
  clear(): void {
    this._invoke("clear", [], (t, exec) => patchRange(exec, t, "RangeFill.clear", { fill: null }));
  }
}

const UNDERLINE_TO_OOXML: Record<string, FontUnderline> = {
  None: undefined,
  Single: "single",
  Double: "double",
  SingleAccountant: "singleAccounting",
  DoubleAccountant: "doubleAccounting",
};
type FontUnderline = "single" | "double" | "singleAccounting" | "doubleAccounting" | undefined;

/** Excel.RangeFont. Unset properties read as the workbook default (Calibri 11, black). */
export class RangeFont extends ClientObject<RangeTarget> {
  readonly _className = "RangeFont";
  readonly _scalarNames = ["name", "size", "color", "bold", "italic", "underline", "strikethrough"] as const;

  _readScalar(name: string, t: RangeTarget, exec: Exec): unknown {
    const loc = `RangeFont.${name}`;
    switch (name) {
      case "name":
        return readStyles(exec, t, loc, (s) => s?.font?.name ?? DEFAULT_FONT.name);
      case "size":
        return readStyles(exec, t, loc, (s) => s?.font?.size ?? DEFAULT_FONT.size);
      case "color":
        return readStyles(exec, t, loc, (s) => colorToHex(s?.font?.color, "#000000"));
      case "bold":
        return readStyles(exec, t, loc, (s) => s?.font?.bold === true);
      case "italic":
        return readStyles(exec, t, loc, (s) => s?.font?.italic === true);
      case "strikethrough":
        return readStyles(exec, t, loc, (s) => s?.font?.strike === true);
      case "underline":
        return readStyles(exec, t, loc, (s) => {
          const u = s?.font?.underline;
          if (u === true || u === "single") return "Single";
          return Object.entries(UNDERLINE_TO_OOXML).find(([, v]) => v === u && u !== undefined)?.[0] ?? "None";
        });
    }
    return undefined;
  }

  private _font(name: string, value: unknown, patch: () => StylePatch["font"]): void {
    this._setProp(name, value, (t, exec) => patchRange(exec, t, `RangeFont.${name}`, { font: patch() }));
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._font("name", value, () => ({ name: value }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._font("size", value, () => {
      if (!(value >= 1 && value <= 409)) throw officeError("InvalidArgument", "RangeFont.size");
      return { size: value };
    });
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._font("color", value, () => ({ color: colorArg(value, "RangeFont.color") }));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._font("bold", value, () => ({ bold: value || undefined }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._font("italic", value, () => ({ italic: value || undefined }));
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(value: boolean) {
    this._font("strikethrough", value, () => ({ strike: value || undefined }));
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(value: string) {
    this._font("underline", value, () => {
      if (!(value in UNDERLINE_TO_OOXML)) throw officeError("InvalidArgument", "RangeFont.underline");
      return { underline: UNDERLINE_TO_OOXML[value] };
    });
  }
}

export interface BorderTarget {
  readonly range: RangeTarget;
  readonly index: BorderIndex;
}

/** Excel.RangeBorderCollection: the eight border indexes of a range. */
export class RangeBorderCollection extends Collection<RangeTarget, RangeBorder, BorderTarget> {
  readonly _className = "RangeBorderCollection";

  _itemTargets(t: RangeTarget): BorderTarget[] {
    return BORDER_INDEXES.map((index) => ({ range: t, index }));
  }

  _makeItem(target: BorderTarget): RangeBorder {
    return new RangeBorder(this._ctx, { resolved: target });
  }

  /** "EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp". */
  getItem(index: BorderIndex | string): RangeBorder {
    return new RangeBorder(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      if (!BORDER_INDEXES.includes(index as BorderIndex))
        throw officeError("InvalidArgument", "RangeBorderCollection.getItem");
      return { range: t, index: index as BorderIndex };
    });
  }

  getItemAt(i: number): RangeBorder {
    return new RangeBorder(this._ctx, (exec) => {
      const t = this._resolve(exec);
      if (t === null) return null;
      const index = BORDER_INDEXES[i];
      if (!index) throw officeError("InvalidArgument", "RangeBorderCollection.getItemAt");
      return { range: t, index };
    });
  }
}

/** Excel.RangeBorder: one side of a range's cells. */
export class RangeBorder extends ClientObject<BorderTarget> {
  readonly _className = "RangeBorder";
  readonly _scalarNames = ["sideIndex", "style", "weight", "color"] as const;

  _readScalar(name: string, t: BorderTarget, exec: Exec): unknown {
    if (name === "sideIndex") return t.index;
    const sheet = sheetOf(exec, t.range.sheetId, `RangeBorder.${name}`);
    const edges = edgesOf(t.index, t.range.rect).map(({ row, col, side }) =>
      edgeOf(sheet.styleAt(row, col), side, t.index),
    );
    if (name === "style") return uniform(edges.map((e) => officeBorder(e).style)) ?? null;
    if (name === "weight") return uniform(edges.map((e) => officeBorder(e).weight)) ?? null;
    if (name === "color") return uniform(edges.map((e) => colorToHex(e?.color, "#000000")));
    return undefined;
  }

  get sideIndex(): string {
    return this._get("sideIndex");
  }

  get style(): LineStyle | null {
    return this._get("style");
  }
  set style(value: LineStyle) {
    this._setProp("style", value, (t, exec) =>
      this._apply(t, exec, "RangeBorder.style", (cur) => ({ style: value, weight: cur.weight, color: cur.color })),
    );
  }

  get weight(): Weight | null {
    return this._get("weight");
  }
  set weight(value: Weight) {
    this._setProp("weight", value, (t, exec) =>
      this._apply(t, exec, "RangeBorder.weight", (cur) => ({
        style: cur.style === "None" ? "Continuous" : cur.style,
        weight: value,
        color: cur.color,
      })),
    );
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._setProp("color", value, (t, exec) =>
      this._apply(t, exec, "RangeBorder.color", (cur) => ({
        style: cur.style === "None" ? "Continuous" : cur.style,
        weight: cur.weight,
        color: colorArg(value, "RangeBorder.color"),
      })),
    );
  }

  /** Sets the border from the current state of its first edge (style, weight, colour). */
  private _apply(
    t: BorderTarget,
    exec: Exec,
    location: string,
    next: (cur: { style: LineStyle; weight: Weight; color: ColorSpec | undefined }) => {
      style: LineStyle;
      weight: Weight;
      color: ColorSpec | undefined;
    },
  ): void {
    const sheet = sheetOf(exec, t.range.sheetId, location);
    assertAllowed(sheet, "formatCells", location);
    if (isEntireColumns(t.range.rect) && isEntireRows(t.range.rect)) throw officeError("NotImplemented", location);
    const first = edgesOf(t.index, t.range.rect)[0];
    const edge = first ? edgeOf(sheet.styleAt(first.row, first.col), first.side, t.index) : undefined;
    const cur = { ...officeBorder(edge), color: edge?.color };
    const want = next(cur);
    if (!["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"].includes(want.style))
      throw officeError("InvalidArgument", location);
    const style = ooxmlBorderStyle(want.style, want.weight);
    setBorder(sheet, t.range.rect, t.index, style ? { style, ...(want.color ? { color: want.color } : {}) } : null);
  }
}

/** Excel.FormatProtection: whether cells are locked (and formulas hidden) when the sheet is protected. */
export class FormatProtection extends ClientObject<RangeTarget> {
  readonly _className = "FormatProtection";
  readonly _scalarNames = ["locked", "formulaHidden"] as const;

  _readScalar(name: string, t: RangeTarget, exec: Exec): unknown {
    if (name === "locked")
      return readStyles(exec, t, "FormatProtection.locked", (s) => s?.protection?.locked !== false);
    if (name === "formulaHidden")
      return readStyles(exec, t, "FormatProtection.formulaHidden", (s) => s?.protection?.hidden === true);
    return undefined;
  }

  get locked(): boolean {
    return this._get("locked");
  }
  set locked(value: boolean) {
    this._setProp("locked", value, (t, exec) =>
      patchRange(exec, t, "FormatProtection.locked", { protection: { locked: value ? undefined : false } }),
    );
  }

  get formulaHidden(): boolean {
    return this._get("formulaHidden");
  }
  set formulaHidden(value: boolean) {
    this._setProp("formulaHidden", value, (t, exec) =>
      patchRange(exec, t, "FormatProtection.formulaHidden", { protection: { hidden: value || undefined } }),
    );
  }
}
