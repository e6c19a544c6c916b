/**
 * The worksheet elements the model owns, written back: each compares the model with what the file
 * held (read the same way, readModelled.ts) and, only where they differ, patches the file's element
 * (attributes it does not model stay) or writes a new one. An element whose model did not change is
 * returned as it was read.
 */
import { columnName } from "../../../core/address";
import { formatRect, type RangeRef } from "../../model/address";
import type { ConditionalFormatModel } from "../../model/conditional";
import { joinHeaderFooter, paperCode, type HeaderFooterTexts, type PageLayoutModel } from "../../model/pageLayout";
import type { LineProps, Sheet, SheetProtection } from "../../model/sheet";
import { STANDARD_COLUMN_WIDTH, type ColorSpec } from "../../model/style";
import type { StyleBook } from "../styles/styleBook";
import { colorXml } from "../styles/styleXml";
import { attributesOf, escapeXml, localName, setAttr, withPrefix } from "../xml/text";
import { childElements, firstChild, insertInOrder, parseFragment, setContent, type XmlElement } from "../xml/tree";
import type { KeptRule, ModelledSheet } from "./readModelled";

export function el(prefix: string, xml: string): XmlElement {
  return parseFragment(withPrefix(xml, prefix))[0] as XmlElement;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameColor(a: ColorSpec | undefined, b: ColorSpec | undefined): boolean {
  return same(a ?? null, b ?? null);
}

function isFit(p: PageLayoutModel): boolean {
  return p.zoom.horizontalFitToPages !== undefined && p.zoom.horizontalFitToPages !== null;
}

// ---------------------------------------------------------------------------------------------
// sheetPr: tab colour and fit-to-page

const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"];

export function patchSheetPr(
  prefix: string,
  element: XmlElement | undefined,
  base: { tabColor: ColorSpec | undefined; fit: boolean },
  now: { tabColor: ColorSpec | undefined; fit: boolean },
): XmlElement | undefined {
  if (sameColor(base.tabColor, now.tabColor) && base.fit === now.fit) return element;
  const pr = element ?? el(prefix, "<sheetPr/>");
  if (!sameColor(base.tabColor, now.tabColor)) {
    pr.children = pr.children.filter((c) => typeof c === "string" || localName(c.name) !== "tabColor");
    if (now.tabColor) insertInOrder(pr, el(prefix, colorXml("tabColor", now.tabColor)), SHEET_PR_ORDER);
  }
  if (base.fit !== now.fit) {
    const setUp = firstChild(pr, "pageSetUpPr");
    if (setUp) setUp.open = setAttr(setUp.open, "fitToPage", now.fit ? "1" : null);
    else if (now.fit) insertInOrder(pr, el(prefix, `<pageSetUpPr fitToPage="1"/>`), SHEET_PR_ORDER);
  }
  return pr;
}

// ---------------------------------------------------------------------------------------------
// dimension

export function patchDimension(prefix: string, element: XmlElement | undefined, sheet: Sheet): XmlElement {
  const used = sheet.usedRect(false);
  const ref = used ? formatRect(used) : "A1";
  if (element) {
    element.open = setAttr(element.open, "ref", ref);
    return element;
  }
  return el(prefix, `<dimension ref="${ref}"/>`);
}

// ---------------------------------------------------------------------------------------------
// sheetViews

export interface ViewState {
  readonly tabSelected: boolean;
  readonly showGridlines: boolean;
  readonly selection: RangeRef;
  readonly frozen: { rows: number; cols: number } | null;
}

export function patchViews(
  prefix: string,
  element: XmlElement | undefined,
  base: ViewState,
  now: ViewState,
): XmlElement | undefined {
  if (same(base, now)) return element;
  const views = element ?? el(prefix, `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  let view = firstChild(views, "sheetView");
  if (!view) {
    view = el(prefix, `<sheetView workbookViewId="0"/>`);
    setContent(views, [view]);
  }
  if (base.tabSelected !== now.tabSelected) view.open = setAttr(view.open, "tabSelected", now.tabSelected ? "1" : null);
  if (base.showGridlines !== now.showGridlines)
    view.open = setAttr(view.open, "showGridLines", now.showGridlines ? null : "0");
  if (!same(base.frozen, now.frozen) || !same(base.selection, now.selection)) {
    const kept = view.children.filter(
      (c) => typeof c === "string" || !["pane", "selection"].includes(localName(c.name)),
    );
    const extra: XmlElement[] = [];
    const active = formatRect({ ...now.selection, bottom: now.selection.top, right: now.selection.left });
    if (now.frozen && (now.frozen.rows > 0 || now.frozen.cols > 0)) {
      const { rows, cols } = now.frozen;
      const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
      const topLeft = `${columnName(cols)}${rows + 1}`;
      const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
      extra.push(el(prefix, `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`));
      extra.push(el(prefix, `<selection pane="${pane}" activeCell="${active}" sqref="${active}"/>`));
    } else {
      extra.push(el(prefix, `<selection activeCell="${active}" sqref="${active}"/>`));
    }
    // pane and selection come first in CT_SheetView (before pivotSelection and extLst).
    setContent(view, [...extra, ...kept]);
  }
  return views;
}

// ---------------------------------------------------------------------------------------------
// sheetFormatPr

export function patchFormatPr(
  prefix: string,
  element: XmlElement | undefined,
  base: Pick<ModelledSheet, "defaultRowHeight" | "defaultColWidth">,
  now: Pick<Sheet, "defaultRowHeight" | "defaultColWidth">,
): XmlElement | undefined {
  if (base.defaultRowHeight === now.defaultRowHeight && base.defaultColWidth === now.defaultColWidth) return element;
  const pr = element ?? el(prefix, `<sheetFormatPr defaultRowHeight="15"/>`);
  if (base.defaultRowHeight !== now.defaultRowHeight) {
    pr.open = setAttr(pr.open, "defaultRowHeight", String(now.defaultRowHeight ?? 15));
    pr.open = setAttr(pr.open, "customHeight", now.defaultRowHeight !== undefined ? "1" : null);
  }
  if (base.defaultColWidth !== now.defaultColWidth)
    pr.open = setAttr(
      pr.open,
      "defaultColWidth",
      now.defaultColWidth !== undefined ? String(now.defaultColWidth) : null,
    );
  return pr;
}

// ---------------------------------------------------------------------------------------------
// cols

function sameLine(a: LineProps | undefined, b: LineProps | undefined): boolean {
  return (
    a?.size === b?.size &&
    !!a?.hidden === !!b?.hidden &&
    a?.style === b?.style &&
    (a?.outlineLevel ?? 0) === (b?.outlineLevel ?? 0)
  );
}

export function sameLines(a: ReadonlyMap<number, LineProps>, b: ReadonlyMap<number, LineProps>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!sameLine(v, b.get(k))) return false;
  return true;
}

export function writeCols(prefix: string, sheet: Sheet, styles: StyleBook): XmlElement | undefined {
  const cols = [...sheet.colProps.keys()].sort((a, b) => a - b);
  if (cols.length === 0) return undefined;
  const out: string[] = [];
  let i = 0;
  while (i < cols.length) {
    const first = cols[i] as number;
    const props = sheet.colProps.get(first) as LineProps;
    let last = first;
    while (i + 1 < cols.length && cols[i + 1] === last + 1 && sameLine(sheet.colProps.get(last + 1), props)) {
      last++;
      i++;
    }
    i++;
    const width = props.size ?? sheet.defaultColWidth ?? STANDARD_COLUMN_WIDTH;
    let xml = `<col min="${first + 1}" max="${last + 1}" width="${width}"`;
    if (props.style) xml += ` style="${styles.indexOf(props.style)}"`;
    if (props.hidden) xml += ` hidden="1"`;
    if (props.size !== undefined) xml += ` customWidth="1"`;
    if (props.outlineLevel) xml += ` outlineLevel="${props.outlineLevel}"`;
    out.push(`${xml}/>`);
  }
  return el(prefix, `<cols>${out.join("")}</cols>`);
}

// ---------------------------------------------------------------------------------------------
// sheetProtection

/** The legacy 16-bit hash Excel accepts in `password` (ECMA-376 Part 4, 14.7.1), for a password set through the API. */
export function legacyPasswordHash(password: string): string {
  let hash = 0;
  for (let i = 0; i < password.length; i++) {
    const value = password.charCodeAt(i) << (i + 1);
    hash ^= (value & 0x7fff) | (value >> 15);
  }
  hash ^= password.length;
  hash ^= 0xce4b;
  return hash.toString(16).toUpperCase();
}

const FLAG_ATTRS: [string, keyof SheetProtection["options"]][] = [
  ["formatCells", "allowFormatCells"],
  ["formatColumns", "allowFormatColumns"],
  ["formatRows", "allowFormatRows"],
  ["insertColumns", "allowInsertColumns"],
  ["insertRows", "allowInsertRows"],
  ["insertHyperlinks", "allowInsertHyperlinks"],
  ["deleteColumns", "allowDeleteColumns"],
  ["deleteRows", "allowDeleteRows"],
  ["sort", "allowSort"],
  ["autoFilter", "allowAutoFilter"],
  ["pivotTables", "allowPivotTables"],
];

export function writeProtection(prefix: string, p: SheetProtection): XmlElement | undefined {
  if (!p.protected) return undefined;
  let attrs = "";
  if (p.password !== undefined) attrs += ` password="${legacyPasswordHash(p.password)}"`;
  else for (const [k, v] of Object.entries(p.passwordHash ?? {})) attrs += ` ${k}="${escapeXml(String(v))}"`;
  attrs += ` sheet="1"`;
  if (!p.options.allowEditObjects) attrs += ` objects="1"`;
  if (!p.options.allowEditScenarios) attrs += ` scenarios="1"`;
  for (const [attr, key] of FLAG_ATTRS) if (p.options[key]) attrs += ` ${attr}="0"`;
  if (p.options.selectionMode !== "Normal") attrs += ` selectLockedCells="1"`;
  if (p.options.selectionMode === "None") attrs += ` selectUnlockedCells="1"`;
  return el(prefix, `<sheetProtection${attrs}/>`);
}

export function sameProtection(a: SheetProtection, b: SheetProtection): boolean {
  if (!a.protected && !b.protected) return true;
  return same(
    { ...a, passwordHash: a.passwordHash ?? null, password: a.password ?? null },
    { ...b, passwordHash: b.passwordHash ?? null, password: b.password ?? null },
  );
}

// ---------------------------------------------------------------------------------------------
// mergeCells

export function writeMerges(prefix: string, merges: readonly RangeRef[]): XmlElement | undefined {
  if (merges.length === 0) return undefined;
  const cells = merges.map((m) => `<mergeCell ref="${formatRect(m)}"/>`).join("");
  return el(prefix, `<mergeCells count="${merges.length}">${cells}</mergeCells>`);
}

// ---------------------------------------------------------------------------------------------
// conditionalFormatting

function cfSignature(cf: ConditionalFormatModel): string {
  const raw = cf.raw as KeptRule | undefined;
  return JSON.stringify([cf.ranges, cf.type, cf.formula, cf.style, cf.stopIfTrue, raw?.xml ?? null]);
}

export function sameConditionalFormats(
  a: readonly ConditionalFormatModel[],
  b: readonly ConditionalFormatModel[],
): boolean {
  return a.length === b.length && a.every((cf, i) => cfSignature(cf) === cfSignature(b[i] as ConditionalFormatModel));
}

/** One `<conditionalFormatting>` per rule, in priority order (priority 1 first). */
export function writeConditionalFormats(
  prefix: string,
  cfs: readonly ConditionalFormatModel[],
  styles: StyleBook,
): XmlElement[] {
  return cfs.map((cf, index) => {
    const priority = index + 1;
    const sqref = cf.ranges.map(formatRect).join(" ");
    const raw = cf.raw as KeptRule | undefined;
    let rule: string;
    const untouched =
      raw &&
      (cf.type !== "Custom" ||
        (raw.formula === cf.formula && same(raw.style, cf.style) && raw.stopIfTrue === cf.stopIfTrue));
    if (raw && untouched) {
      const element = parseFragment(raw.xml)[0] as XmlElement;
      element.open = setAttr(element.open, "priority", String(priority));
      rule = serializeElement(element);
    } else {
      const dxfId = raw && raw.dxfId !== undefined && same(raw.style, cf.style) ? raw.dxfId : styles.addDxf(cf.style);
      const stop = cf.stopIfTrue ? ` stopIfTrue="1"` : "";
      rule =
        `<cfRule type="expression" dxfId="${dxfId}" priority="${priority}"${stop}>` +
        `<formula>${escapeXml(cf.formula.replace(/^=/, ""))}</formula></cfRule>`;
    }
    const element = el(prefix, `<conditionalFormatting sqref="${sqref}"></conditionalFormatting>`);
    setContent(element, [el(prefix, rule)]);
    return element;
  });
}

function serializeElement(e: XmlElement): string {
  let out = e.open;
  for (const c of e.children) out += typeof c === "string" ? c : serializeElement(c);
  return out + e.close;
}

// ---------------------------------------------------------------------------------------------
// printOptions, pageMargins, pageSetup, headerFooter

function flagAttr(tag: string, name: string, was: boolean, now: boolean): string {
  return was === now ? tag : setAttr(tag, name, now ? "1" : null);
}

export function patchPrintOptions(
  prefix: string,
  element: XmlElement | undefined,
  base: PageLayoutModel,
  now: PageLayoutModel,
): XmlElement | undefined {
  const keys = ["centerHorizontally", "centerVertically", "printGridlines", "printHeadings"] as const;
  if (keys.every((k) => base[k] === now[k])) return element;
  const po = element ?? el(prefix, "<printOptions/>");
  po.open = flagAttr(po.open, "horizontalCentered", base.centerHorizontally, now.centerHorizontally);
  po.open = flagAttr(po.open, "verticalCentered", base.centerVertically, now.centerVertically);
  po.open = flagAttr(po.open, "headings", base.printHeadings, now.printHeadings);
  po.open = flagAttr(po.open, "gridLines", base.printGridlines, now.printGridlines);
  return po;
}

const MARGINS = [
  ["left", "leftMargin"],
  ["right", "rightMargin"],
  ["top", "topMargin"],
  ["bottom", "bottomMargin"],
  ["header", "headerMargin"],
  ["footer", "footerMargin"],
] as const;

function inches(points: number): string {
  return String(Math.round((points / 72) * 1e6) / 1e6);
}

export function patchMargins(
  prefix: string,
  element: XmlElement | undefined,
  base: PageLayoutModel,
  now: PageLayoutModel,
): XmlElement | undefined {
  if (MARGINS.every(([, k]) => base[k] === now[k])) return element;
  if (!element) {
    const attrs = MARGINS.map(([a, k]) => ` ${a}="${inches(now[k])}"`).join("");
    return el(prefix, `<pageMargins${attrs}/>`);
  }
  for (const [a, k] of MARGINS) if (base[k] !== now[k]) element.open = setAttr(element.open, a, inches(now[k]));
  return element;
}

export function pageSetupChanged(base: PageLayoutModel, now: PageLayoutModel): boolean {
  return !same(setupOf(base), setupOf(now));
}

function setupOf(p: PageLayoutModel): Record<string, unknown> {
  return {
    orientation: p.orientation,
    paperSize: p.paperSize,
    zoom: isFit(p)
      ? { w: p.zoom.horizontalFitToPages ?? 1, h: p.zoom.verticalFitToPages ?? 1 }
      : { scale: p.zoom.scale ?? 100 },
    firstPageNumber: p.firstPageNumber,
    printOrder: p.printOrder,
    blackAndWhite: p.blackAndWhite,
    draftMode: p.draftMode,
  };
}

export function patchPageSetup(
  prefix: string,
  element: XmlElement | undefined,
  base: PageLayoutModel,
  now: PageLayoutModel,
): XmlElement | undefined {
  if (!pageSetupChanged(base, now)) return element;
  const ps = element ?? el(prefix, "<pageSetup/>");
  let tag = ps.open;
  if (base.paperSize !== now.paperSize)
    tag = setAttr(tag, "paperSize", now.paperSize ? String(paperCode(now.paperSize)) : null);
  if (base.orientation !== now.orientation)
    tag = setAttr(tag, "orientation", now.orientation === "Landscape" ? "landscape" : "portrait");
  const a = setupOf(base).zoom as Record<string, number>;
  const b = setupOf(now).zoom as Record<string, number>;
  if (!same(a, b)) {
    if (isFit(now)) {
      tag = setAttr(tag, "fitToWidth", String(b.w));
      tag = setAttr(tag, "fitToHeight", String(b.h));
    } else {
      tag = setAttr(tag, "scale", String(b.scale));
    }
  }
  if (base.firstPageNumber !== now.firstPageNumber) {
    tag = setAttr(tag, "firstPageNumber", now.firstPageNumber !== null ? String(now.firstPageNumber) : null);
    tag = setAttr(tag, "useFirstPageNumber", now.firstPageNumber !== null ? "1" : null);
  }
  if (base.printOrder !== now.printOrder)
    tag = setAttr(tag, "pageOrder", now.printOrder === "OverThenDown" ? "overThenDown" : null);
  if (base.blackAndWhite !== now.blackAndWhite) tag = setAttr(tag, "blackAndWhite", now.blackAndWhite ? "1" : null);
  if (base.draftMode !== now.draftMode) tag = setAttr(tag, "draft", now.draftMode ? "1" : null);
  ps.open = tag;
  return ps;
}

function headerFooterOf(p: PageLayoutModel): Record<string, string | boolean> {
  const state = p.headerFooterState;
  const differentFirst = state === "FirstAndDefault" || state === "FirstOddAndEven";
  const differentOddEven = state === "OddAndEven" || state === "FirstOddAndEven";
  const odd = differentOddEven ? p.oddPages : p.defaultForAllPages;
  const header = (t: HeaderFooterTexts): string => joinHeaderFooter(t.leftHeader, t.centerHeader, t.rightHeader) ?? "";
  const footer = (t: HeaderFooterTexts): string => joinHeaderFooter(t.leftFooter, t.centerFooter, t.rightFooter) ?? "";
  return {
    differentFirst,
    differentOddEven,
    oddHeader: header(odd),
    oddFooter: footer(odd),
    evenHeader: differentOddEven ? header(p.evenPages) : "",
    evenFooter: differentOddEven ? footer(p.evenPages) : "",
    firstHeader: differentFirst ? header(p.firstPage) : "",
    firstFooter: differentFirst ? footer(p.firstPage) : "",
  };
}

export function patchHeaderFooter(
  prefix: string,
  element: XmlElement | undefined,
  base: PageLayoutModel,
  now: PageLayoutModel,
): XmlElement | undefined {
  const a = headerFooterOf(base);
  const b = headerFooterOf(now);
  if (same(a, b)) return element;
  const texts = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"].filter(
    (k) => b[k],
  );
  if (texts.length === 0 && !b.differentFirst && !b.differentOddEven) return undefined;
  let open = element ? element.open.replace(/\s*\/>$/, ">") : "<headerFooter>";
  if (!element && prefix) open = `<${prefix}headerFooter>`;
  open = setAttr(open, "differentOddEven", b.differentOddEven ? "1" : null);
  open = setAttr(open, "differentFirst", b.differentFirst ? "1" : null);
  const hf: XmlElement = { name: `${prefix}headerFooter`, open, children: [], close: `</${prefix}headerFooter>` };
  setContent(
    hf,
    texts.map((k) => el(prefix, `<${k}>${escapeXml(String(b[k]))}</${k}>`)),
  );
  return hf;
}

/** The attributes of an element, or of nothing. */
export function attrsOf(element: XmlElement | undefined): Map<string, string> {
  return attributesOf(element?.open ?? "<x>");
}

export { childElements };
