/**
 * workbook.xml: the sheets in tab order, the active tab, the defined names (print areas and titles
 * among them) and the calculation properties. Read into plain data; written by patching the part as
 * read, so attributes and elements the host does not know stay as they were.
 */
import { parseAddress, type RangeRef } from "../model/address";
import { REL_NS } from "./opc";
import { isTrue } from "./styles/styleXml";
import { attributesOf, escapeXml, localName, setAttr, withPrefix, unescapeXml } from "./xml/text";
import {
  childElements,
  firstChild,
  insertInOrder,
  parseFragment,
  parseXml,
  rawText,
  serializeDocument,
  setContent,
  type XmlDocument,
  type XmlElement,
} from "./xml/tree";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly element: XmlElement;
}

export interface NameEntry {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly element: XmlElement;
}

export interface WorkbookInfo {
  readonly doc: XmlDocument;
  readonly date1904: boolean;
  readonly activeTab: number;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly NameEntry[];
}

const CT_WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "AlternateContent",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The prefix bound to the relationships namespace on the root ("r:"), if any. */
function relPrefix(root: XmlElement): string | null {
  for (const [name, value] of attributesOf(root.open)) {
    if (value === REL_NS && name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return null;
}

export function readWorkbookPart(xml: string): WorkbookInfo {
  const doc = parseXml(xml);
  const root = doc.root;
  const pr = attributesOf(firstChild(root, "workbookPr")?.open ?? "<x>");
  const views = firstChild(root, "bookViews");
  const view = views ? firstChild(views, "workbookView") : undefined;
  const activeTab = Number(attributesOf(view?.open ?? "<x>").get("activeTab") ?? 0) || 0;
  const sheets: SheetEntry[] = [];
  for (const el of childElements(firstChild(root, "sheets") ?? root, "sheet")) {
    const a = attributesOf(el.open);
    let relId = "";
    for (const [name, value] of a) if (localName(name) === "id" && name.includes(":")) relId = value;
    const state = a.get("state");
    sheets.push({
      name: a.get("name") ?? "",
      sheetId: Number(a.get("sheetId") ?? 0),
      relId,
      state: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
      element: el,
    });
  }
  const names: NameEntry[] = [];
  for (const el of childElements(firstChild(root, "definedNames") ?? root, "definedName")) {
    const a = attributesOf(el.open);
    const local = a.get("localSheetId");
    names.push({ name: a.get("name") ?? "", localSheetId: local === undefined ? null : Number(local), element: el });
  }
  return { doc, date1904: isTrue(pr.get("date1904")), activeTab, sheets, names };
}

// ---------------------------------------------------------------------------------------------
// Print areas and titles, which are defined names

export const PRINT_AREA = "_xlnm.Print_Area";
export const PRINT_TITLES = "_xlnm.Print_Titles";

/** Splits a name's formula into its comma-separated areas (commas inside quotes are a sheet name's). */
function splitAreas(formula: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of formula) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  if (current) out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

export interface PrintNames {
  area: RangeRef[] | null;
  rows: { first: number; last: number } | null;
  cols: { first: number; last: number } | null;
}

/** Reads a print area or print titles name's element; null when its formula is not plain ranges. */
export function readPrintName(element: XmlElement): Partial<PrintNames> | null {
  const formula = unescapeXml(rawText(element)).replace(/^=/, "");
  try {
    const areas = splitAreas(formula).map((a) => parseAddress(a).rect);
    if (attributesOf(element.open).get("name") === PRINT_AREA) return { area: areas };
    const out: Partial<PrintNames> = {};
    for (const r of areas) {
      if (r.left === 0 && r.right === 16_383) out.rows = { first: r.top, last: r.bottom };
      else if (r.top === 0 && r.bottom === 1_048_575) out.cols = { first: r.left, last: r.right };
      else return null;
    }
    return out;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface SheetOut {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly relId: string;
  /** The element as read, for a sheet that was in the file; null for a new sheet. */
  readonly element: XmlElement | null;
}

export interface WorkbookOut {
  readonly sheets: readonly SheetOut[];
  readonly activeTab: number;
  /** The `<definedName>` elements in order, as XML. */
  readonly names: readonly string[];
  /** Excel is to recalculate every formula on opening (the host changed cells). */
  readonly fullCalcOnLoad: boolean;
}

function newElement(prefix: string, name: string, xml: string): XmlElement {
  return parseFragment(prefix ? withPrefix(xml, prefix) : xml)[0] as XmlElement;
}

/** The workbook part patched: sheets, active tab, names and calcPr; the rest as read. */
export function writeWorkbookPart(info: WorkbookInfo, out: WorkbookOut): string {
  const doc = info.doc;
  const root = doc.root;
  const prefix = root.name.includes(":") ? root.name.slice(0, root.name.indexOf(":") + 1) : "";
  let rPrefix = relPrefix(root);
  if (rPrefix === null) {
    root.open = setAttr(root.open, "xmlns:r", REL_NS);
    rPrefix = "r:";
  }

  // Sheets: those read keep their element (name and state patched), new ones get the next sheetId.
  const sheetsEl = firstChild(root, "sheets") ?? newElement(prefix, "sheets", "<sheets></sheets>");
  if (!firstChild(root, "sheets")) insertInOrder(root, sheetsEl, CT_WORKBOOK_ORDER);
  let nextId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  const originalSheets = childElements(sheetsEl, "sheet");
  const sheetNodes = out.sheets.map((s) => {
    if (s.element) {
      let open = s.element.open;
      if (attributesOf(open).get("name") !== s.name) open = setAttr(open, "name", s.name);
      const state = attributesOf(open).get("state") ?? "visible";
      if (state !== s.state) open = setAttr(open, "state", s.state === "visible" ? null : s.state);
      return open === s.element.open ? s.element : { ...s.element, open };
    }
    const state = s.state === "visible" ? "" : ` state="${s.state}"`;
    return newElement(
      prefix,
      "sheet",
      `<sheet name="${escapeXml(s.name)}" sheetId="${nextId++}"${state} ${rPrefix}id="${escapeXml(s.relId)}"/>`,
    );
  });
  const sameSheets =
    sheetNodes.length === originalSheets.length && sheetNodes.every((node, i) => node === originalSheets[i]);
  if (!sameSheets) setContent(sheetsEl, sheetNodes);

  // The active tab (and the first tab shown, which must stay a tab that exists).
  const views = firstChild(root, "bookViews");
  const view = views ? firstChild(views, "workbookView") : undefined;
  if (view) {
    const a = attributesOf(view.open);
    if (Number(a.get("activeTab") ?? 0) !== out.activeTab)
      view.open = setAttr(
        view.open,
        "activeTab",
        out.activeTab === 0 && !a.has("activeTab") ? null : String(out.activeTab),
      );
    if (Number(a.get("firstSheet") ?? 0) >= out.sheets.length) view.open = setAttr(view.open, "firstSheet", "0");
  } else if (out.activeTab !== 0) {
    insertInOrder(
      root,
      newElement(prefix, "bookViews", `<bookViews><workbookView activeTab="${out.activeTab}"/></bookViews>`),
      CT_WORKBOOK_ORDER,
    );
  }

  // Defined names.
  const namesEl = firstChild(root, "definedNames");
  const currentNames = namesEl ? childElements(namesEl, "definedName").map((e) => serializeNode(e)) : [];
  const sameNames = currentNames.length === out.names.length && currentNames.every((x, i) => x === out.names[i]);
  if (!sameNames) {
    if (out.names.length === 0) {
      if (namesEl) root.children = root.children.filter((c) => c !== namesEl);
    } else {
      const nodes = out.names.map((xml) => newElement(prefix, "definedName", xml));
      // An unchanged name keeps its element (and its exact text) from the file.
      const byText = new Map(namesEl ? childElements(namesEl, "definedName").map((e) => [serializeNode(e), e]) : []);
      const kept = out.names.map((xml, i) => byText.get(xml) ?? (nodes[i] as XmlElement));
      if (namesEl) setContent(namesEl, kept);
      else {
        const created = newElement(prefix, "definedNames", "<definedNames></definedNames>");
        setContent(created, kept);
        insertInOrder(root, created, CT_WORKBOOK_ORDER);
      }
    }
  }

  if (out.fullCalcOnLoad) {
    const calc = firstChild(root, "calcPr");
    if (calc) {
      if (!isTrue(attributesOf(calc.open).get("fullCalcOnLoad"))) calc.open = setAttr(calc.open, "fullCalcOnLoad", "1");
    } else insertInOrder(root, newElement(prefix, "calcPr", `<calcPr fullCalcOnLoad="1"/>`), CT_WORKBOOK_ORDER);
  }
  return serializeDocument(doc);
}

function serializeNode(e: XmlElement): string {
  let out = e.open;
  for (const c of e.children) out += typeof c === "string" ? c : serializeNode(c);
  return out + e.close;
}
