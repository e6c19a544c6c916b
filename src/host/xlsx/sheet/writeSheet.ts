/**
 * One model sheet written into the package, as a patch of the part it was read from (or of an empty
 * worksheet, for a sheet made in memory): its rows (writeSheetData.ts), the elements the model owns
 * (writeModelled.ts), every other element kept as read with its references where they are now, and
 * the parts it links to (comments, note shapes, drawing and charts, tables). A sheet that did not
 * change is left exactly as it was; a copy gets parts of its own, named afresh.
 */
import type { KeptElement, KeptPart } from "../../model/kept";
import { resolveKept, serializeKept } from "../../model/kept";
import type { Sheet } from "../../model/sheet";
import type { Workbook } from "../../model/workbook";
import { writeDrawing } from "../drawingWriter";
import { CT, REL_NS, relKind, type RelationshipsPart } from "../opc";
import type { PackageOutput } from "../packageOutput";
import type { SharedStrings } from "../sharedStrings";
import type { StyleBook } from "../styles/styleBook";
import { attributesOf, localName } from "../xml/text";
import { childElements, firstChild, isElement, type XmlElement, type XmlNode } from "../xml/tree";
import { readModelled } from "./readModelled";
import { MODELLED, orderOf, splitSheet } from "./skeleton";
import {
  el,
  patchDimension,
  patchFormatPr,
  patchHeaderFooter,
  patchMargins,
  patchPageSetup,
  patchPrintOptions,
  patchSheetPr,
  patchViews,
  sameConditionalFormats,
  sameLines,
  sameProtection,
  writeCols,
  writeConditionalFormats,
  writeMerges,
  writeProtection,
} from "./writeModelled";
import { writeSheetData } from "./writeSheetData";

export interface SaveContext {
  readonly wb: Workbook;
  readonly out: PackageOutput;
  readonly styles: StyleBook;
  readonly strings: SharedStrings;
}

/** An empty worksheet as Excel writes one: what a sheet made in memory is written over. */
export const EMPTY_SHEET_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
  `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

export interface SheetWriteResult {
  /** The sheet's cells differ from the file's (Excel is then asked to recalculate on opening). */
  readonly cellsChanged: boolean;
}

/** Kinds of kept parts written from the model's tree (the rest of a copy's links are copied as they are). */
const TREE_KINDS = new Set(["comments", "vmlDrawing", "drawing", "table", "threadedComment"]);

export function writeWorksheet(
  ctx: SaveContext,
  sheet: Sheet,
  part: string,
  owner: boolean,
  active: boolean,
  activeChanged: boolean,
): SheetWriteResult {
  const { out, styles } = ctx;
  const baseline = sheet.source ? out.originalText(sheet.source.part) : null;
  const xml = baseline ?? EMPTY_SHEET_XML;
  const split = splitSheet(xml);
  const prefix = split.prefix;
  const base = readModelled(split.skeleton.root, styles, () => "");
  const data = writeSheetData(xml, split, sheet, sheet.source ? sheet.source.edits : null, {
    styles,
    strings: ctx.strings,
    date1904: ctx.wb.date1904,
  });

  // The sheet's links: its own relationships part (the file's, for the sheet that owns the part;
  // a new one for a copy, linking copies of what the source linked).
  const rels = out.rels(part);
  const removedRels = new Set<string>();
  const addedElements: XmlElement[] = [];
  if (sheet.source && !owner) copyLinks(ctx, sheet.source.part, rels);
  writeKeptParts(ctx, sheet, owner, rels, removedRels);
  const drawingRel = writeDrawing(ctx, sheet, owner, rels);
  if (drawingRel.removed) removedRels.add(drawingRel.removed);
  if (drawingRel.added) addedElements.push(el(prefix, `<drawing xmlns:r="${REL_NS}" r:id="${drawingRel.added}"/>`));

  const skeleton: KeptElement = sheet.kept.skeleton ?? split.skeleton.root;
  const fresh = new Map<XmlElement, XmlElement>();
  // The modelled elements come from the part as read (they carry no kept references).
  skeleton.children.forEach((child, i) => {
    const original = split.skeleton.root.children[i];
    if (isElement(child) && isElement(original)) fresh.set(child, original);
  });

  const children: XmlNode[] = [];
  const placed = new Set<string>();
  const layout = sheet.pageLayout;
  const fit = (p: typeof layout): boolean =>
    p.zoom.horizontalFitToPages !== undefined && p.zoom.horizontalFitToPages !== null;
  // Which tabs are selected is the file's business until the active sheet changes (Excel marks the
  // active one; some producers mark none).
  const view = {
    tabSelected: owner && !activeChanged ? base.tabSelected : active,
    showGridlines: sheet.showGridlines,
    selection: sheet.selection,
    frozen: sheet.frozen,
  };
  const baseView = {
    tabSelected: base.tabSelected,
    showGridlines: base.showGridlines,
    selection: base.selection,
    frozen: base.frozen,
  };

  const modelled = (name: string, original: XmlElement | undefined): XmlElement | XmlElement[] | undefined => {
    switch (name) {
      case "sheetPr":
        return patchSheetPr(
          prefix,
          original,
          { tabColor: base.tabColor, fit: fit(base.pageLayout) },
          { tabColor: sheet.tabColor, fit: fit(layout) },
        );
      case "dimension":
        return data.changed ? patchDimension(prefix, original, sheet) : original;
      case "sheetViews":
        return patchViews(prefix, original, baseView, view);
      case "sheetFormatPr":
        return patchFormatPr(prefix, original, base, sheet);
      case "cols":
        return sameLines(base.colProps, sheet.colProps) ? original : writeCols(prefix, sheet, styles);
      case "sheetData": {
        const content = data.changed ? data.content : xml.slice(split.dataStart, split.dataEnd);
        if (original && original.close === "" && content === "") return original;
        const open = original ? original.open.replace(/\s*\/>$/, ">") : `<${prefix}sheetData>`;
        return { name: `${prefix}sheetData`, open, children: [content], close: `</${prefix}sheetData>` };
      }
      case "sheetProtection":
        return sameProtection(base.protection, sheet.protection) ? original : writeProtection(prefix, sheet.protection);
      case "mergeCells":
        return JSON.stringify(base.merges) === JSON.stringify(sheet.merges)
          ? original
          : writeMerges(prefix, sheet.merges);
      case "conditionalFormatting":
        return sameConditionalFormats(base.conditionalFormats, sheet.conditionalFormats)
          ? childElements(split.skeleton.root, "conditionalFormatting")
          : writeConditionalFormats(prefix, sheet.conditionalFormats, styles);
      case "printOptions":
        return patchPrintOptions(prefix, original, base.pageLayout, layout);
      case "pageMargins":
        return patchMargins(prefix, original, base.pageLayout, layout);
      case "pageSetup":
        return patchPageSetup(prefix, original, base.pageLayout, layout);
      case "headerFooter":
        return patchHeaderFooter(prefix, original, base.pageLayout, layout);
      default:
        return original;
    }
  };

  const emit = (name: string, original: XmlElement | undefined): void => {
    if (placed.has(name)) return;
    const result = modelled(name, original);
    placed.add(name);
    if (Array.isArray(result)) children.push(...result);
    else if (result) children.push(result);
  };

  /** Emits modelled elements the file lacks but the model now needs, up to schema position `rank`. */
  const fillUpTo = (rank: number): void => {
    for (const name of MODELLED) {
      if (placed.has(name) || orderOf(name) >= rank) continue;
      if (firstChild(split.skeleton.root, name)) continue;
      emit(name, undefined);
    }
  };

  for (const child of skeleton.children) {
    if (!isElement(child)) {
      children.push(child);
      continue;
    }
    const name = localName(child.name);
    fillUpTo(orderOf(name));
    if (MODELLED.has(name)) {
      emit(name, fresh.get(child));
      continue;
    }
    if ((name === "drawing" || name === "legacyDrawing") && removedRels.has(relIdOf(child))) continue;
    for (const added of addedElements.filter((a) => orderOf(a.name) < orderOf(name))) {
      children.push(added);
      addedElements.splice(addedElements.indexOf(added), 1);
    }
    const kept = resolveKept(child);
    if (!kept) continue;
    children.push(dropLinks(kept, removedRels) as XmlElement);
  }
  fillUpTo(Number.MAX_SAFE_INTEGER);
  children.push(...addedElements);

  const root: XmlElement = { name: skeleton.name, open: skeleton.open, children, close: skeleton.close };
  const text = split.skeleton.prolog + serializeKept(root) + split.skeleton.epilog;
  out.setText(part, text);
  if (!owner) out.types.add(part, CT.worksheet);
  return { cellsChanged: data.changed };
}

function relIdOf(element: XmlElement): string {
  for (const [name, value] of attributesOf(element.open))
    if (localName(name) === "id" && name.includes(":")) return value;
  return "";
}

/** A kept element without children that link to removed relationships (a table part whose table went). */
function dropLinks(element: KeptElement, removed: ReadonlySet<string>): KeptElement {
  if (removed.size === 0) return element;
  return {
    ...element,
    children: element.children.filter((c) => typeof c === "string" || !removed.has(relIdOf(c as XmlElement))),
  };
}

/** A copy's relationships: like its source's, linking copies of the parts the source linked. */
function copyLinks(ctx: SaveContext, sourcePart: string, into: RelationshipsPart): void {
  for (const rel of ctx.out.rels(sourcePart).relationships) {
    if (!rel.external && TREE_KINDS.has(relKind(rel.type))) continue;
    ctx.out.copyRelationship(into, rel, () => null);
  }
}

/** Comments, note shapes, tables: written from the model's trees. */
function writeKeptParts(
  ctx: SaveContext,
  sheet: Sheet,
  owner: boolean,
  rels: RelationshipsPart,
  removed: Set<string>,
): void {
  const { out } = ctx;
  for (const kept of sheet.kept.parts) {
    if (kept.kind === "drawing") continue;
    const root = resolveKept(kept.root);
    const empty = !root || (kept.kind === "comments" && !hasDescendant(root, "comment"));
    if (empty) {
      if (owner) rels.remove(kept.relId);
      removed.add(kept.relId);
      continue;
    }
    const text = kept.prolog + serializeKept(root) + kept.epilog;
    if (owner) {
      out.setText(kept.part, text);
      continue;
    }
    const copy = out.copyTree(kept.part, (original) =>
      original === kept.part ? (kept.kind === "table" ? renameTable(ctx, text) : text) : null,
    );
    rels.addWithId(kept.relId, typeOfRel(ctx, sheet, kept), copy, false);
  }
}

function typeOfRel(ctx: SaveContext, sheet: Sheet, kept: KeptPart): string {
  const source = sheet.source?.part;
  const rel = source ? ctx.out.rels(source).byId(kept.relId) : undefined;
  return rel?.type ?? `${REL_NS}/${kept.kind}`;
}

function hasDescendant(node: KeptElement, local: string): boolean {
  return node.children.some((c) => typeof c === "object" && (localName(c.name) === local || hasDescendant(c, local)));
}

/** A copied table needs a name and id of its own in the workbook (Excel refuses duplicates). */
function renameTable(ctx: SaveContext, text: string): string {
  const taken = new Set<string>();
  for (const s of ctx.wb.sheets)
    for (const p of s.kept.parts)
      if (p.kind === "table") {
        const a = attributesOf(p.root.open);
        taken.add((a.get("name") ?? "").toLowerCase());
        taken.add(`#${a.get("id") ?? ""}`);
      }
  return text.replace(/<((?:[\w.-]+:)?)table\b[^>]*>/, (tag) => {
    const a = attributesOf(tag);
    const base = (a.get("name") ?? "Table").replace(/_\d+$/, "");
    let n = 2;
    while (taken.has(`${base}_${n}`.toLowerCase())) n++;
    const name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    let id = 1;
    while (taken.has(`#${id}`)) id++;
    taken.add(`#${id}`);
    return tag
      .replace(/(\sid\s*=\s*")[^"]*"/, `$1${id}"`)
      .replace(/(\sname\s*=\s*")[^"]*"/, `$1${name}"`)
      .replace(/(\sdisplayName\s*=\s*")[^"]*"/, `$1${name}"`);
  });
}
