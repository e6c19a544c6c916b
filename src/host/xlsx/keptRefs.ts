/**
 * Finds the references inside XML the host keeps (see model/kept.ts) and attaches them to the tree,
 * so that row edits, renames and copies move them: which attribute or text of which element holds
 * a range, a row or a formula, for each kind of part.
 */
import { parseAreas, type RangeRef } from "../model/address";
import type { KeptElement, KeptRef, RefSite } from "../model/kept";
import { attributesOf, localName, unescapeXml } from "./xml/text";
import { isElement, rawText, type XmlElement } from "./xml/tree";

function areasOf(text: string): RangeRef[] | null {
  try {
    const areas = parseAreas(unescapeXml(text)).map((a) => a.rect);
    return areas.length > 0 ? areas : null;
  } catch {
    // A reference the host cannot read (a name, an R1C1 form) stays as written.
    return null;
  }
}

function rawAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

function addRef(element: KeptElement, ref: KeptRef): void {
  (element.refs ??= []).push(ref);
}

function areasRef(element: KeptElement, site: RefSite, text: string, key: boolean): void {
  const areas = areasOf(text);
  if (areas) addRef(element, { site, kind: "areas", text, original: areas, areas: areas.map((r) => ({ ...r })), key });
}

function formulaRef(element: KeptElement, site: RefSite, text: string): void {
  const formula = unescapeXml(text);
  if (formula.trim() !== "") addRef(element, { site, kind: "formula", text, original: formula, formula });
}

function rowRef(element: KeptElement, text: string, key: boolean, base: 0 | 1, site: RefSite = { text: true }): void {
  const row = Number(text.trim()) - base;
  if (Number.isInteger(row) && row >= 0) addRef(element, { site, kind: "row", text, original: row, row, base, key });
}

function textOf(element: XmlElement): string {
  return rawText(element);
}

/** A worksheet element the model does not own: validations, hyperlinks, autofilter, breaks, extensions. */
export function liftSheetRefs(element: KeptElement): void {
  walk(element, (el, parent) => {
    const local = localName(el.name);
    const sqref = rawAttr(el.open, "sqref");
    if (sqref !== undefined) areasRef(el, { attr: "sqref" }, sqref, true);
    if (local === "hyperlink" || local === "autoFilter" || local === "sortState" || local === "sortCondition") {
      const ref = rawAttr(el.open, "ref");
      if (ref !== undefined) areasRef(el, { attr: "ref" }, ref, true);
    }
    if (local === "hyperlink") {
      const location = rawAttr(el.open, "location");
      if (location !== undefined) formulaRef(el, { attr: "location" }, location);
    }
    if (local === "brk" && parent && localName(parent.name) === "rowBreaks") {
      const id = rawAttr(el.open, "id");
      if (id !== undefined) rowRef(el, id, true, 0, { attr: "id" });
    }
    if (local === "formula1" || local === "formula2" || local === "formula" || el.name === "xm:f") {
      if (el.children.every((c) => typeof c === "string")) formulaRef(el, { text: true }, textOf(el));
    }
    for (const child of el.children) {
      if (isElement(child) && child.name === "xm:sqref") areasRef(el, { child: child.name }, textOf(child), true);
    }
  });
}

/** A part linked from a sheet: comments, threaded comments, a note drawing, a drawing, a table. */
export function liftPartRefs(kind: string, root: KeptElement): void {
  walk(root, (el, parent) => {
    const local = localName(el.name);
    switch (kind) {
      case "comments":
      case "threadedComments":
        if (local === "comment" || local === "threadedComment") {
          const ref = rawAttr(el.open, "ref");
          if (ref !== undefined) areasRef(el, { attr: "ref" }, ref, true);
        }
        break;
      case "vmlDrawing":
        // A note's cell (x:Row) and its box's corners (x:Anchor); the shape goes with its row.
        if (local === "ClientData") {
          for (const child of el.children) {
            if (!isElement(child)) continue;
            if (localName(child.name) === "Row") {
              if (parent) rowRef(parent, textOf(child), true, 0, { guard: true });
              rowRef(child, textOf(child), false, 0);
            }
            if (localName(child.name) === "Anchor") {
              const fields = textOf(child)
                .split(",")
                .map((f) => Number(f.trim()));
              if (fields.length === 8 && fields.every(Number.isFinite))
                addRef(child, {
                  site: { text: true },
                  kind: "anchor",
                  text: textOf(child),
                  original: [fields[2] as number, fields[6] as number],
                  rows: [fields[2] as number, fields[6] as number],
                });
            }
          }
        }
        break;
      case "drawing":
        if (local === "row" && parent && (localName(parent.name) === "from" || localName(parent.name) === "to"))
          rowRef(el, textOf(el), false, 0);
        break;
      case "table":
        if (local === "table" || local === "autoFilter" || local === "sortState" || local === "sortCondition") {
          const ref = rawAttr(el.open, "ref");
          if (ref !== undefined) areasRef(el, { attr: "ref" }, ref, false);
        }
        break;
    }
  });
}

/** A defined name's formula (its element's text). */
export function liftNameRef(element: KeptElement): void {
  formulaRef(element, { text: true }, textOf(element));
}

function walk(
  element: KeptElement,
  f: (el: KeptElement, parent: KeptElement | null) => void,
  parent: KeptElement | null = null,
): void {
  f(element, parent);
  for (const child of element.children) if (isElement(child)) walk(child, f, element);
}

/** The attributes of a kept element's start tag. */
export function keptAttributes(element: KeptElement): Map<string, string> {
  return attributesOf(element.open);
}
