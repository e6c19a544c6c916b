/**
 * Excel.PageLayout (ExcelApi 1.9), Excel.HeaderFooterGroup and Excel.HeaderFooter: print setup.
 * Sheet protection does not block page setup, as in Excel.
 */
import { officeError } from "../errors";
import { isEntireColumns, isEntireRows, MAX_COLS, MAX_ROWS, parseAreas, type RangeRef } from "../model/address";
import {
  PAPER_TYPES,
  type HeaderFooterState,
  type HeaderFooterTexts,
  type PageLayoutModel,
  type PaperType,
  type ZoomOptions,
} from "../model/pageLayout";
import type { Sheet } from "../model/sheet";
import { ClientObject } from "./base";
import type { Exec } from "./queue";
import { Range } from "./range";
import { RangeAreas } from "./rangeAreas";
import { sheetOf } from "./support";

type SheetTarget = string;

const SIMPLE = [
  "orientation",
  "paperSize",
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printHeadings",
  "blackAndWhite",
  "draftMode",
  "zoom",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
  "firstPageNumber",
  "printOrder",
] as const;
type SimpleName = (typeof SIMPLE)[number];

function layoutOf(exec: Exec, id: SheetTarget, location: string): PageLayoutModel {
  return sheetOf(exec, id, location).pageLayout;
}

/** A print area or title argument (Range, RangeAreas or address string) as rectangles of `sheet`. */
function areasArg(arg: Range | RangeAreas | string, sheet: Sheet, exec: Exec, location: string): RangeRef[] {
  if (typeof arg === "string") {
    const parsed = parseAreas(arg);
    if (parsed.length === 0) throw officeError("InvalidArgument", location);
    for (const p of parsed)
      if (p.sheet !== null && p.sheet.toLowerCase() !== sheet.name.toLowerCase())
        throw officeError("InvalidArgument", location);
    return parsed.map((p) => p.rect);
  }
  const t = arg._resolve(exec);
  if (t === null || t.sheetId !== sheet.id) throw officeError("InvalidArgument", location);
  return "rects" in t ? t.rects.map((r) => ({ ...r })) : [{ ...t.rect }];
}

export class PageLayout extends ClientObject<SheetTarget> {
  readonly _className = "PageLayout";
  readonly _scalarNames: readonly string[] = SIMPLE;
  override readonly _navNames = ["headersFooters"] as const;
  private _headersFooters: HeaderFooterGroup | undefined;

  _readScalar(name: string, id: SheetTarget, exec: Exec): unknown {
    const p = layoutOf(exec, id, `PageLayout.${name}`);
    if (name === "paperSize") return p.paperSize ?? "Letter";
    if (name === "zoom") return { ...p.zoom };
    if (name === "firstPageNumber") return p.firstPageNumber ?? "";
    return p[name as SimpleName];
  }

  get headersFooters(): HeaderFooterGroup {
    this._headersFooters ??= new HeaderFooterGroup(this._ctx, (exec) => this._resolve(exec));
    return this._headersFooters;
  }

  private _simple<K extends SimpleName>(
    name: K,
    value: unknown,
    check: (v: unknown) => boolean,
    store?: (p: PageLayoutModel, exec: Exec) => void,
  ): void {
    this._setProp(name, value, (id, exec) => {
      if (!check(value)) throw officeError("InvalidArgument", `PageLayout.${name}`);
      const p = layoutOf(exec, id, `PageLayout.${name}`);
      if (store) store(p, exec);
      else (p as unknown as Record<string, unknown>)[name] = value;
    });
  }

  get orientation(): string {
    return this._get("orientation");
  }
  /** "Portrait" or "Landscape". */
  set orientation(value: string) {
    this._simple("orientation", value, (v) => v === "Portrait" || v === "Landscape");
  }

  get paperSize(): string {
    return this._get("paperSize");
  }
  /** An Excel.PaperType name: "A4", "Folio" (OOXML paperSize 14), "Legal"... */
  set paperSize(value: string) {
    this._simple(
      "paperSize",
      value,
      (v) => (PAPER_TYPES as readonly string[]).includes(v as string),
      (p) => (p.paperSize = value as PaperType),
    );
  }

  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this._simple("centerHorizontally", value, (v) => typeof v === "boolean");
  }
  get centerVertically(): boolean {
    return this._get("centerVertically");
  }
  set centerVertically(value: boolean) {
    this._simple("centerVertically", value, (v) => typeof v === "boolean");
  }
  get printGridlines(): boolean {
    return this._get("printGridlines");
  }
  set printGridlines(value: boolean) {
    this._simple("printGridlines", value, (v) => typeof v === "boolean");
  }
  get printHeadings(): boolean {
    return this._get("printHeadings");
  }
  set printHeadings(value: boolean) {
    this._simple("printHeadings", value, (v) => typeof v === "boolean");
  }
  get blackAndWhite(): boolean {
    return this._get("blackAndWhite");
  }
  set blackAndWhite(value: boolean) {
    this._simple("blackAndWhite", value, (v) => typeof v === "boolean");
  }
  get draftMode(): boolean {
    return this._get("draftMode");
  }
  set draftMode(value: boolean) {
    this._simple("draftMode", value, (v) => typeof v === "boolean");
  }
  get printOrder(): string {
    return this._get("printOrder");
  }
  set printOrder(value: string) {
    this._simple("printOrder", value, (v) => v === "DownThenOver" || v === "OverThenDown");
  }
  get firstPageNumber(): number | "" {
    return this._get("firstPageNumber");
  }
  set firstPageNumber(value: number | "") {
    this._simple(
      "firstPageNumber",
      value,
      (v) => v === "" || (typeof v === "number" && Number.isInteger(v)),
      (p) => (p.firstPageNumber = value === "" ? null : value),
    );
  }

  /**
   * Print zoom: {scale} (10-400 %) or {horizontalFitToPages, verticalFitToPages} (0 = automatic).
   * It must be set as a whole object ("x.zoom = {...}"); setting a member of the loaded object
   * does nothing, as the reference says. With `quirks.fitToPagesIgnored` a fit-to-pages zoom is
   * silently dropped (office-js#1860).
   */
  get zoom(): ZoomOptions {
    return this._get("zoom");
  }
  set zoom(value: ZoomOptions) {
    this._simple(
      "zoom",
      value,
      (v) => {
        if (!v || typeof v !== "object") return false;
        const z = v as ZoomOptions;
        if (z.scale !== undefined && z.scale !== null && !(z.scale >= 10 && z.scale <= 400)) return false;
        for (const f of [z.horizontalFitToPages, z.verticalFitToPages])
          if (f !== undefined && f !== null && !(Number.isInteger(f) && f >= 0)) return false;
        return true;
      },
      (p, exec) => {
        const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
        // Windows desktop drops a fit-to-pages zoom unless the Page Layout tab is showing, without an
        // error (office-js#1860); a scale still applies.
        if (fit && exec.settings.quirks.fitToPagesIgnored) return;
        p.zoom = fit
          ? { horizontalFitToPages: value.horizontalFitToPages ?? 0, verticalFitToPages: value.verticalFitToPages ?? 0 }
          : { scale: value.scale ?? 100 };
      },
    );
  }

  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(value: number) {
    this._simple("leftMargin", value, isMargin);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(value: number) {
    this._simple("rightMargin", value, isMargin);
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(value: number) {
    this._simple("topMargin", value, isMargin);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(value: number) {
    this._simple("bottomMargin", value, isMargin);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(value: number) {
    this._simple("headerMargin", value, isMargin);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(value: number) {
    this._simple("footerMargin", value, isMargin);
  }

  /** Margins in "Points", "Inches" or "Centimeters"; the ones not given stay. */
  setPrintMargins(
    unit: "Points" | "Inches" | "Centimeters",
    options: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>,
  ): void {
    this._invoke("setPrintMargins", [unit, options], (id, exec) => {
      const factor = unit === "Points" ? 1 : unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : NaN;
      if (Number.isNaN(factor)) throw officeError("InvalidArgument", "PageLayout.setPrintMargins");
      const p = layoutOf(exec, id, "PageLayout.setPrintMargins");
      for (const [k, v] of Object.entries(options)) {
        if (v === undefined) continue;
        (p as unknown as Record<string, number>)[`${k}Margin`] = v * factor;
      }
    });
  }

  /** Sets the print area: a Range, RangeAreas or address ("A1:S60"). */
  setPrintArea(printArea: Range | RangeAreas | string): void {
    this._invoke("setPrintArea", [printArea], (id, exec) => {
      const sheet = sheetOf(exec, id, "PageLayout.setPrintArea");
      sheet.pageLayout.printArea = areasArg(printArea, sheet, exec, "PageLayout.setPrintArea");
    });
  }

  getPrintArea(): RangeAreas {
    return this._printArea(false);
  }

  getPrintAreaOrNullObject(): RangeAreas {
    return this._printArea(true);
  }

  private _printArea(orNull: boolean): RangeAreas {
    return new RangeAreas(this._ctx, (exec) => {
      const id = this._resolve(exec);
      if (id === null) return null;
      const area = layoutOf(exec, id, "PageLayout.getPrintArea").printArea;
      if (!area) {
        if (orNull) return null;
        throw officeError("ItemNotFound", "PageLayout.getPrintArea");
      }
      return { sheetId: id, rects: area.map((r) => ({ ...r })) };
    });
  }

  /** Rows repeated at the top of every page; the range must span entire rows ("$7:$9"). */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this._invoke("setPrintTitleRows", [printTitleRows], (id, exec) => {
      const sheet = sheetOf(exec, id, "PageLayout.setPrintTitleRows");
      const rects = areasArg(printTitleRows, sheet, exec, "PageLayout.setPrintTitleRows");
      const r = rects[0] as RangeRef;
      if (rects.length !== 1 || !isEntireRows(r)) throw officeError("InvalidArgument", "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = { first: r.top, last: r.bottom };
    });
  }

  /** Columns repeated at the left of every page; the range must span entire columns. */
  setPrintTitleColumns(printTitleColumns: Range | string): void {
    this._invoke("setPrintTitleColumns", [printTitleColumns], (id, exec) => {
      const sheet = sheetOf(exec, id, "PageLayout.setPrintTitleColumns");
      const rects = areasArg(printTitleColumns, sheet, exec, "PageLayout.setPrintTitleColumns");
      const r = rects[0] as RangeRef;
      if (rects.length !== 1 || !isEntireColumns(r))
        throw officeError("InvalidArgument", "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = { first: r.left, last: r.right };
    });
  }

  getPrintTitleRows(): Range {
    return this._titles("rows", false);
  }
  getPrintTitleRowsOrNullObject(): Range {
    return this._titles("rows", true);
  }
  getPrintTitleColumns(): Range {
    return this._titles("cols", false);
  }
  getPrintTitleColumnsOrNullObject(): Range {
    return this._titles("cols", true);
  }

  private _titles(kind: "rows" | "cols", orNull: boolean): Range {
    return new Range(this._ctx, (exec) => {
      const id = this._resolve(exec);
      if (id === null) return null;
      const p = layoutOf(exec, id, "PageLayout.getPrintTitles");
      const span = kind === "rows" ? p.printTitleRows : p.printTitleColumns;
      if (!span) {
        if (orNull) return null;
        throw officeError(
          "ItemNotFound",
          kind === "rows" ? "PageLayout.getPrintTitleRows" : "PageLayout.getPrintTitleColumns",
        );
      }
      const rect: RangeRef =
        kind === "rows"
          ? { top: span.first, bottom: span.last, left: 0, right: MAX_COLS - 1 }
          : { top: 0, bottom: MAX_ROWS - 1, left: span.first, right: span.last };
      return { sheetId: id, rect };
    });
  }
}

function isMargin(v: unknown): boolean {
  return typeof v === "number" && v >= 0;
}

type Which = "defaultForAllPages" | "firstPage" | "evenPages" | "oddPages";

export class HeaderFooterGroup extends ClientObject<SheetTarget> {
  readonly _className = "HeaderFooterGroup";
  readonly _scalarNames = ["state", "useSheetMargins", "useSheetScale"] as const;
  override readonly _navNames = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const;
  private readonly _parts = new Map<Which, HeaderFooter>();

  _readScalar(name: string, id: SheetTarget, exec: Exec): unknown {
    const p = layoutOf(exec, id, `HeaderFooterGroup.${name}`);
    if (name === "state") return p.headerFooterState;
    return true;
  }

  override _navTarget(name: string, id: SheetTarget): unknown {
    return { sheetId: id, which: name };
  }

  /** "Default", "FirstAndDefault", "OddAndEven" or "FirstOddAndEven". */
  get state(): HeaderFooterState {
    return this._get("state");
  }
  set state(value: HeaderFooterState) {
    this._setProp("state", value, (id, exec) => {
      if (!["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"].includes(value))
        throw officeError("InvalidArgument", "HeaderFooterGroup.state");
      layoutOf(exec, id, "HeaderFooterGroup.state").headerFooterState = value;
    });
  }

  get useSheetMargins(): boolean {
    return this._get("useSheetMargins");
  }
  get useSheetScale(): boolean {
    return this._get("useSheetScale");
  }

  private _part(which: Which): HeaderFooter {
    let part = this._parts.get(which);
    if (!part) {
      part = new HeaderFooter(this._ctx, (exec) => {
        const id = this._resolve(exec);
        return id === null ? null : { sheetId: id, which };
      });
      this._parts.set(which, part);
    }
    return part;
  }

  get defaultForAllPages(): HeaderFooter {
    return this._part("defaultForAllPages");
  }
  get firstPage(): HeaderFooter {
    return this._part("firstPage");
  }
  get evenPages(): HeaderFooter {
    return this._part("evenPages");
  }
  get oddPages(): HeaderFooter {
    return this._part("oddPages");
  }
}

interface PartTarget {
  readonly sheetId: string;
  readonly which: Which;
}

const TEXTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

/** One set of header and footer texts; Excel's codes ("&P", "&N", "&D"...) are kept as written. */
export class HeaderFooter extends ClientObject<PartTarget> {
  readonly _className = "HeaderFooter";
  readonly _scalarNames = TEXTS;

  _readScalar(name: string, t: PartTarget, exec: Exec): unknown {
    const texts: HeaderFooterTexts = layoutOf(exec, t.sheetId, `HeaderFooter.${name}`)[t.which];
    return texts[name as keyof HeaderFooterTexts];
  }

  private _text(name: keyof HeaderFooterTexts, value: string): void {
    this._setProp(name, value, (t, exec) => {
      if (typeof value !== "string") throw officeError("InvalidArgument", `HeaderFooter.${name}`);
      layoutOf(exec, t.sheetId, `HeaderFooter.${name}`)[t.which][name] = value;
    });
  }

  get leftHeader(): string {
    return this._get("leftHeader");
  }
  set leftHeader(v: string) {
    this._text("leftHeader", v);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(v: string) {
    this._text("centerHeader", v);
  }
  get rightHeader(): string {
    return this._get("rightHeader");
  }
  set rightHeader(v: string) {
    this._text("rightHeader", v);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(v: string) {
    this._text("leftFooter", v);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this._text("centerFooter", v);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(v: string) {
    this._text("rightFooter", v);
  }
}
