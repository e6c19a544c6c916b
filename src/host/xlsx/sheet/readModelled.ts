/**
 * The worksheet elements the model owns, read into model values: sheet properties (tab colour,
 * fit to page), views (frozen panes, gridlines, selection), default sizes, columns, merges,
 * conditional formats, protection and print setup. The writer reads the file's elements the same
 * way to see what changed since (see writeSheet.ts).
 */
import { parseAddress, parseAreas, type RangeRef } from "../../model/address";
import type { ConditionalFormatModel, ConditionalFormatType } from "../../model/conditional";
import {
  defaultPageLayout,
  emptyHeaderFooter,
  paperTypeFromCode,
  splitHeaderFooter,
  type HeaderFooterTexts,
  type PageLayoutModel,
} from "../../model/pageLayout";
import { defaultProtectionOptions, type LineProps, type SheetProtection } from "../../model/sheet";
import type { ColorSpec } from "../../model/style";
import type { StyleBook } from "../styles/styleBook";
import { isTrue, readColor } from "../styles/styleXml";
import { attributesOf, unescapeXml } from "../xml/text";
import { childElements, firstChild, rawText, serialize, type XmlElement } from "../xml/tree";

export interface ModelledSheet {
  tabColor: ColorSpec | undefined;
  showGridlines: boolean;
  tabSelected: boolean;
  selection: RangeRef;
  frozen: { rows: number; cols: number } | null;
  defaultRowHeight: number | undefined;
  defaultColWidth: number | undefined;
  colProps: Map<number, LineProps>;
  merges: RangeRef[];
  conditionalFormats: ConditionalFormatModel[];
  protection: SheetProtection;
  /** Print setup without the print area and titles (those are defined names, in the workbook). */
  pageLayout: PageLayoutModel;
}

/** A conditional format's rule as read, kept in the model's `raw` (immutable, shared by copies). */
export interface KeptRule {
  /** The `<cfRule>` element as written. */
  readonly xml: string;
  readonly dxfId: number | undefined;
  /** For a formula rule: what the model read, to tell whether the model changed it. */
  readonly formula: string;
  readonly style: ConditionalFormatModel["style"];
  readonly stopIfTrue: boolean;
}

function children(root: XmlElement, local: string): XmlElement[] {
  return childElements(root, local);
}

function num(v: string | undefined): number | undefined {
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function readModelled(root: XmlElement, styles: StyleBook, newCfId: () => string): ModelledSheet {
  const sheetPr = firstChild(root, "sheetPr");
  const view = firstChild(firstChild(root, "sheetViews") ?? root, "sheetView");
  const views = readView(view);
  const formatPr = attributesOf(firstChild(root, "sheetFormatPr")?.open ?? "<x>");
  const defaultRowHeight = num(formatPr.get("defaultRowHeight"));
  return {
    tabColor: readColor(sheetPr ? firstChild(sheetPr, "tabColor") : undefined),
    ...views,
    defaultRowHeight: defaultRowHeight !== undefined && defaultRowHeight !== 15 ? defaultRowHeight : undefined,
    defaultColWidth: num(formatPr.get("defaultColWidth")),
    colProps: readCols(firstChild(root, "cols"), styles),
    merges: readMerges(firstChild(root, "mergeCells")),
    conditionalFormats: readConditionalFormats(children(root, "conditionalFormatting"), styles, newCfId),
    protection: readProtection(firstChild(root, "sheetProtection")),
    pageLayout: readPageLayout(root),
  };
}

function readView(
  view: XmlElement | undefined,
): Pick<ModelledSheet, "showGridlines" | "tabSelected" | "selection" | "frozen"> {
  const out: Pick<ModelledSheet, "showGridlines" | "tabSelected" | "selection" | "frozen"> = {
    showGridlines: true,
    tabSelected: false,
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
    frozen: null,
  };
  if (!view) return out;
  const a = attributesOf(view.open);
  out.showGridlines = isTrue(a.get("showGridLines"), true);
  out.tabSelected = isTrue(a.get("tabSelected"));
  const pane = firstChild(view, "pane");
  if (pane) {
    const p = attributesOf(pane.open);
    const state = p.get("state");
    if (state === "frozen" || state === "frozenSplit") {
      const rows = Math.round(num(p.get("ySplit")) ?? 0);
      const cols = Math.round(num(p.get("xSplit")) ?? 0);
      if (rows > 0 || cols > 0) out.frozen = { rows, cols };
    }
  }
  // The active cell is in the selection of the active pane (the last one Excel writes).
  const selections = childElements(view, "selection");
  const active = selections[selections.length - 1];
  const cell = active ? attributesOf(active.open).get("activeCell") : undefined;
  if (cell) {
    try {
      out.selection = parseAddress(cell).rect;
    } catch {
      // An odd activeCell in a file is not worth refusing the file for; A1 stays selected.
    }
  }
  return out;
}

function readCols(cols: XmlElement | undefined, styles: StyleBook): Map<number, LineProps> {
  const out = new Map<number, LineProps>();
  if (!cols) return out;
  for (const col of childElements(cols, "col")) {
    const a = attributesOf(col.open);
    const min = (num(a.get("min")) ?? 1) - 1;
    const max = Math.min(16_383, (num(a.get("max")) ?? min + 1) - 1);
    const styleIndex = num(a.get("style"));
    const props: LineProps = {};
    const width = num(a.get("width"));
    if (width !== undefined) props.size = width;
    if (isTrue(a.get("hidden"))) props.hidden = true;
    const outline = num(a.get("outlineLevel"));
    if (outline) props.outlineLevel = outline;
    if (styleIndex) props.style = styles.style(styleIndex);
    if (props.style === undefined) delete props.style;
    if (Object.keys(props).length === 0) continue;
    for (let c = Math.max(0, min); c <= max; c++) out.set(c, props);
  }
  return out;
}

function readMerges(merges: XmlElement | undefined): RangeRef[] {
  if (!merges) return [];
  const out: RangeRef[] = [];
  for (const m of childElements(merges, "mergeCell")) {
    const ref = attributesOf(m.open).get("ref");
    if (!ref) continue;
    try {
      const rect = parseAddress(ref).rect;
      if (rect.top !== rect.bottom || rect.left !== rect.right) out.push(rect);
    } catch {
      // A merge the host cannot read is not worth refusing the file for.
    }
  }
  return out;
}

const CF_TYPES: Record<string, ConditionalFormatType> = {
  expression: "Custom",
  cellIs: "CellValue",
  colorScale: "ColorScale",
  dataBar: "DataBar",
  iconSet: "IconSet",
  top10: "TopBottom",
  containsText: "ContainsText",
  notContainsText: "ContainsText",
  beginsWith: "ContainsText",
  endsWith: "ContainsText",
};

export function readConditionalFormats(
  blocks: readonly XmlElement[],
  styles: StyleBook,
  newId: () => string,
): ConditionalFormatModel[] {
  const found: { priority: number; order: number; cf: ConditionalFormatModel }[] = [];
  let order = 0;
  for (const block of blocks) {
    let ranges: RangeRef[];
    try {
      ranges = parseAreas(attributesOf(block.open).get("sqref") ?? "").map((p) => p.rect);
    } catch {
      continue;
    }
    if (ranges.length === 0) continue;
    for (const rule of childElements(block, "cfRule")) {
      const a = attributesOf(rule.open);
      const kind = a.get("type") ?? "";
      const type = CF_TYPES[kind] ?? "PresetCriteria";
      const dxfId = num(a.get("dxfId"));
      const custom = kind === "expression";
      const formulaEl = firstChild(rule, "formula");
      const formula = custom ? `=${unescapeXml(formulaEl ? rawText(formulaEl) : "")}` : "";
      const style = custom && dxfId !== undefined ? styles.dxfStyle(dxfId) : {};
      const stopIfTrue = isTrue(a.get("stopIfTrue"));
      const raw: KeptRule = { xml: serialize(rule), dxfId, formula, style, stopIfTrue };
      const cf: ConditionalFormatModel = {
        id: newId(),
        ranges: ranges.map((r) => ({ ...r })),
        type,
        formula,
        style: { ...style },
        stopIfTrue,
        raw,
      };
      found.push({ priority: num(a.get("priority")) ?? Number.MAX_SAFE_INTEGER, order: order++, cf });
    }
  }
  return found.sort((a, b) => a.priority - b.priority || a.order - b.order).map((f) => f.cf);
}

/** Sheet protection flags: an attribute set to 0 allows what it names (absent means protected). */
const PROTECTION_FLAGS: Record<string, keyof ReturnType<typeof defaultProtectionOptions>> = {
  autoFilter: "allowAutoFilter",
  deleteColumns: "allowDeleteColumns",
  deleteRows: "allowDeleteRows",
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  insertColumns: "allowInsertColumns",
  insertHyperlinks: "allowInsertHyperlinks",
  insertRows: "allowInsertRows",
  pivotTables: "allowPivotTables",
  sort: "allowSort",
};

const HASH_ATTRIBUTES = ["algorithmName", "hashValue", "saltValue", "spinCount", "password"];

export function readProtection(el: XmlElement | undefined): SheetProtection {
  const options = defaultProtectionOptions();
  if (!el) return { protected: false, options };
  const a = attributesOf(el.open);
  if (!isTrue(a.get("sheet"))) return { protected: false, options };
  for (const [flag, key] of Object.entries(PROTECTION_FLAGS)) {
    const v = a.get(flag);
    if (v !== undefined && !isTrue(v)) (options as unknown as Record<string, unknown>)[key] = true;
  }
  if (isTrue(a.get("selectLockedCells")))
    options.selectionMode = isTrue(a.get("selectUnlockedCells")) ? "None" : "Unlocked";
  const hash: Record<string, unknown> = {};
  for (const k of HASH_ATTRIBUTES) {
    const v = a.get(k);
    if (v !== undefined) hash[k] = k === "spinCount" ? Number(v) : v;
  }
  return { protected: true, options, ...(Object.keys(hash).length > 0 ? { passwordHash: hash } : {}) };
}

/** Print setup from pageSetUpPr, printOptions, pageMargins, pageSetup and headerFooter. */
export function readPageLayout(root: XmlElement): PageLayoutModel {
  const base = defaultPageLayout();
  const sheetPr = firstChild(root, "sheetPr");
  const setUpPr = sheetPr ? firstChild(sheetPr, "pageSetUpPr") : undefined;
  const fit = isTrue(attributesOf(setUpPr?.open ?? "<x>").get("fitToPage"));
  const ps = attributesOf(firstChild(root, "pageSetup")?.open ?? "<x>");
  const po = attributesOf(firstChild(root, "printOptions")?.open ?? "<x>");
  const pm = attributesOf(firstChild(root, "pageMargins")?.open ?? "<x>");
  const inch = (v: string | undefined, fallback: number): number => {
    const n = num(v);
    return n === undefined ? fallback : n * 72;
  };
  const paper = num(ps.get("paperSize"));
  const layout: PageLayoutModel = {
    ...base,
    orientation: ps.get("orientation") === "landscape" ? "Landscape" : "Portrait",
    paperSize: paper !== undefined ? paperTypeFromCode(paper) : null,
    centerHorizontally: isTrue(po.get("horizontalCentered")),
    centerVertically: isTrue(po.get("verticalCentered")),
    printGridlines: isTrue(po.get("gridLines")),
    printHeadings: isTrue(po.get("headings")),
    blackAndWhite: isTrue(ps.get("blackAndWhite")),
    draftMode: isTrue(ps.get("draft")),
    zoom: fit
      ? { horizontalFitToPages: num(ps.get("fitToWidth")) ?? 1, verticalFitToPages: num(ps.get("fitToHeight")) ?? 1 }
      : { scale: num(ps.get("scale")) ?? 100 },
    leftMargin: inch(pm.get("left"), base.leftMargin),
    rightMargin: inch(pm.get("right"), base.rightMargin),
    topMargin: inch(pm.get("top"), base.topMargin),
    bottomMargin: inch(pm.get("bottom"), base.bottomMargin),
    headerMargin: inch(pm.get("header"), base.headerMargin),
    footerMargin: inch(pm.get("footer"), base.footerMargin),
    firstPageNumber: isTrue(ps.get("useFirstPageNumber")) ? (num(ps.get("firstPageNumber")) ?? null) : null,
    printOrder: ps.get("pageOrder") === "overThenDown" ? "OverThenDown" : "DownThenOver",
  };
  const hf = firstChild(root, "headerFooter");
  const text = (name: string): string | undefined => {
    const el = hf ? firstChild(hf, name) : undefined;
    return el ? unescapeXml(rawText(el)) : undefined;
  };
  const texts = (header?: string, footer?: string): HeaderFooterTexts => {
    const h = splitHeaderFooter(header);
    const f = splitHeaderFooter(footer);
    return {
      leftHeader: h.left,
      centerHeader: h.center,
      rightHeader: h.right,
      leftFooter: f.left,
      centerFooter: f.center,
      rightFooter: f.right,
    };
  };
  const ha = attributesOf(hf?.open ?? "<x>");
  const differentOddEven = isTrue(ha.get("differentOddEven"));
  const differentFirst = isTrue(ha.get("differentFirst"));
  const odd = texts(text("oddHeader"), text("oddFooter"));
  layout.defaultForAllPages = odd;
  layout.oddPages = { ...odd };
  layout.evenPages = differentOddEven ? texts(text("evenHeader"), text("evenFooter")) : emptyHeaderFooter();
  layout.firstPage = differentFirst ? texts(text("firstHeader"), text("firstFooter")) : emptyHeaderFooter();
  layout.headerFooterState = differentFirst
    ? differentOddEven
      ? "FirstOddAndEven"
      : "FirstAndDefault"
    : differentOddEven
      ? "OddAndEven"
      : "Default";
  return layout;
}
