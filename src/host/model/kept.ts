/**
 * What the host keeps from a file without modelling it: XML it writes back as read ("anchored,
 * otherwise opaque"), with the references inside it lifted out so that row edits, sheet renames and
 * copies carry them along. Comments and their note shapes, data validations, hyperlinks, the
 * autofilter, drawings (pictures, shapes, chart anchors), defined names, extension lists: each is a
 * tree of elements kept byte for byte, where an element may carry references into its attributes or
 * text. Only a reference that changed is ever rewritten, so an untouched element writes back exactly
 * as it was read.
 *
 * A reference is one of:
 * - areas: a cell, range or space-separated list of ranges on the element's own sheet
 *   (`sqref="F10:Q49"`, `ref="B5"`); rows deleted from under it shrink it; when nothing is left and
 *   it is the element's key (a comment's cell, a validation's ranges), the element goes too, and a
 *   container left without children after that goes with it;
 * - a row number on the own sheet (a drawing anchor's `<xdr:row>`, a note's `<x:Row>`);
 * - a note's `<x:Anchor>` text (two row numbers inside it);
 * - a formula (a validation's list source, a defined name), rewritten like cell formulas.
 */
import { columnName } from "../../core/address";
import { rectThroughEdit, rowThroughEdit, type RowEdit } from "./rowMath";
import type { RangeRef } from "./address";

export interface KeptElement {
  readonly name: string;
  /** The start tag as read. */
  open: string;
  children: KeptNode[];
  close: string;
  refs?: KeptRef[];
  /** The id of a model object drawn by this element (a chart's anchor in a drawing). */
  link?: string;
}

export type KeptNode = KeptElement | string;

/**
 * Where a reference sits: an attribute (qualified name as written), the element's text, or the text
 * of its first child of a name (`<xm:sqref>` inside an x14 rule: when the ranges go, the rule goes).
 */
export type RefSite =
  | { readonly attr: string }
  | { readonly text: true }
  | { readonly child: string }
  /** Written nowhere: only decides whether the element stays (a note's shape goes with its cell's row). */
  | { readonly guard: true };

export type KeptRef =
  | {
      readonly site: RefSite;
      readonly kind: "areas";
      /** The raw text as read (escaped as in the file). */
      readonly text: string;
      readonly original: readonly RangeRef[];
      areas: RangeRef[];
      /** When all its areas are deleted, the element is removed. */
      readonly key: boolean;
    }
  | {
      readonly site: RefSite;
      readonly kind: "formula";
      readonly text: string;
      readonly original: string;
      formula: string;
    }
  | {
      readonly site: RefSite;
      readonly kind: "row";
      readonly text: string;
      readonly original: number;
      /** 0-based row, or null once deleted (then the element is removed). */
      row: number | null;
      /** 1 when the file counts rows from 1. */
      readonly base: 0 | 1;
      readonly key: boolean;
    }
  | {
      readonly site: RefSite;
      readonly kind: "anchor";
      readonly text: string;
      readonly original: readonly [number, number];
      /** A note's top and bottom rows, 0-based (fields 3 and 7 of its x:Anchor). */
      rows: [number, number];
    };

/** A part the host keeps (comments, a note drawing, a drawing, a table), as a tree of its root. */
export interface KeptPart {
  /** The relationship id the sheet links it by. */
  readonly relId: string;
  /** The relationship's short type: "comments", "vmlDrawing", "drawing", "table", "threadedComment"... */
  readonly kind: string;
  /** The part's name in the file it was read from. */
  readonly part: string;
  readonly prolog: string;
  root: KeptElement;
  readonly epilog: string;
}

export function isKeptElement(node: KeptNode | undefined): node is KeptElement {
  return typeof node === "object" && node !== null;
}

export function cloneKept<T extends KeptNode>(node: T): T {
  if (typeof node === "string") return node;
  const e = node as KeptElement;
  const out: KeptElement = { name: e.name, open: e.open, children: e.children.map(cloneKept), close: e.close };
  if (e.refs) out.refs = e.refs.map(cloneRef);
  if (e.link !== undefined) out.link = e.link;
  return out as T;
}

function cloneRef(ref: KeptRef): KeptRef {
  switch (ref.kind) {
    case "areas":
      return { ...ref, areas: ref.areas.map((r) => ({ ...r })) };
    case "anchor":
      return { ...ref, rows: [ref.rows[0], ref.rows[1]] };
    default:
      return { ...ref };
  }
}

export function cloneKeptPart(part: KeptPart): KeptPart {
  return { ...part, root: cloneKept(part.root) };
}

/** Points links at other model objects (a copied sheet's charts have new ids). */
export function relinkKept(node: KeptNode, ids: ReadonlyMap<string, string>): void {
  if (typeof node === "string") return;
  if (node.link !== undefined) node.link = ids.get(node.link) ?? node.link;
  for (const child of node.children) relinkKept(child, ids);
}

/** Calls `f` for every element of the tree that carries references. */
export function forEachRef(node: KeptNode, f: (ref: KeptRef, element: KeptElement) => void): void {
  if (typeof node === "string") return;
  if (node.refs) for (const ref of node.refs) f(ref, node);
  for (const child of node.children) forEachRef(child, f);
}

/** Moves the own-sheet references of a tree through a row edit on its sheet. */
export function shiftKept(node: KeptNode, edit: RowEdit): void {
  forEachRef(node, (ref) => {
    switch (ref.kind) {
      case "areas":
        ref.areas = ref.areas.map((r) => rectThroughEdit(r, edit)).filter((r): r is RangeRef => r !== null);
        break;
      case "row":
        if (ref.row !== null) ref.row = rowThroughEdit(ref.row, edit, !ref.key);
        break;
      case "anchor":
        ref.rows = [
          rowThroughEdit(ref.rows[0], edit, true) as number,
          rowThroughEdit(ref.rows[1], edit, true) as number,
        ];
        break;
      case "formula":
        break;
    }
  });
}

/** Rewrites the formula references of a tree (row edits and renames on any sheet). */
export function rewriteKeptFormulas(node: KeptNode, rewrite: (formula: string) => string): void {
  forEachRef(node, (ref) => {
    if (ref.kind === "formula") ref.formula = rewrite(ref.formula);
  });
}

// ---------------------------------------------------------------------------------------------
// Writing back

function sameAreas(a: readonly RangeRef[], b: readonly RangeRef[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const o = b[i] as RangeRef;
      return r.top === o.top && r.left === o.left && r.bottom === o.bottom && r.right === o.right;
    })
  );
}

function formatArea(r: RangeRef, absolute: boolean): string {
  const d = absolute ? "$" : "";
  const wholeRows = r.left === 0 && r.right === 16_383;
  if (wholeRows) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  const start = `${d}${columnName(r.left)}${d}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return start;
  return `${start}:${d}${columnName(r.right)}${d}${r.bottom + 1}`;
}

const escapeText = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

/** The reference's text now (escaped for the file), or null when its element must go. */
function refText(ref: KeptRef): string | null {
  switch (ref.kind) {
    case "areas":
      if (ref.areas.length === 0) return ref.key ? null : ref.text;
      if (sameAreas(ref.areas, ref.original)) return ref.text;
      return ref.areas.map((r) => formatArea(r, ref.text.includes("$"))).join(" ");
    case "row":
      if (ref.row === null) return null;
      return ref.row === ref.original ? ref.text : ref.text.replace(/-?\d+/, String(ref.row + ref.base));
    case "anchor": {
      if (ref.rows[0] === ref.original[0] && ref.rows[1] === ref.original[1]) return ref.text;
      let field = 0;
      return ref.text.replace(/-?\d+/g, (n) => {
        const i = field++;
        return i === 2 ? String(ref.rows[0]) : i === 6 ? String(ref.rows[1]) : n;
      });
    }
    case "formula":
      return ref.formula === ref.original ? ref.text : escapeText(ref.formula);
  }
}

function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  return tag.replace(re, (_m, before: string) => `${before}"${value}"`);
}

/**
 * The tree as it is to be written: references in their current place, elements whose key reference
 * was deleted left out (and containers they emptied, with `count` attributes kept true). Null when
 * the root itself goes.
 */
export function resolveKept(node: KeptElement): KeptElement | null {
  let open = node.open;
  let text: string | null = null;
  const childTexts = new Map<string, string>();
  for (const ref of node.refs ?? []) {
    const value = refText(ref);
    if (value === null) return null;
    if (value === ref.text || "guard" in ref.site) continue;
    if ("attr" in ref.site) open = setAttribute(open, ref.site.attr, value);
    else if ("child" in ref.site) childTexts.set(ref.site.child, value);
    else text = value;
  }
  let removed = 0;
  let hadElements = false;
  const children: KeptNode[] = [];
  for (const child of node.children) {
    if (typeof child === "string") {
      children.push(text !== null ? "" : child);
      continue;
    }
    hadElements = true;
    const replaced = childTexts.get(child.name);
    if (replaced !== undefined) {
      childTexts.delete(child.name);
      children.push({ name: child.name, open: child.open, children: [replaced], close: child.close });
      continue;
    }
    const kept = resolveKept(child);
    if (kept) children.push(kept);
    else removed++;
  }
  if (text !== null) {
    children.length = 0;
    children.push(text);
  }
  if (removed > 0) {
    const left = children.filter(isKeptElement).length;
    if (hadElements && left === 0) return null;
    if (/\scount\s*=/.test(open)) open = setAttribute(open, "count", String(left));
  }
  const out: KeptElement = { name: node.name, open, children: children.filter((c) => c !== ""), close: node.close };
  if (node.link !== undefined) out.link = node.link;
  return out;
}

export function serializeKept(node: KeptNode): string {
  if (typeof node === "string") return node;
  let out = node.open;
  for (const child of node.children) out += serializeKept(child);
  return out + node.close;
}
