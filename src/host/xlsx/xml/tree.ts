/**
 * A light XML tree that keeps every byte it was parsed from: each element holds its start tag and
 * end tag as written, and its content as child elements and text (comments, processing instructions
 * and CDATA stay in the text). Serialising an element nobody changed gives back exactly its source,
 * so a part patched here differs from the original only where it was patched.
 *
 * Lenient where producers are: an end tag that closes an element left open (old VML writes `<br>`)
 * closes it, and a stray end tag is kept as text.
 */
import { localName, tagName } from "./text";

export interface XmlElement {
  /** The qualified name as written ("x:row", "worksheet"). */
  readonly name: string;
  /** The start tag as written, "<row r=\"1\">" or "<mergeCell ref=\"A1:B2\"/>". */
  open: string;
  children: XmlNode[];
  /** The end tag as written; "" for an empty-element tag or an element the source never closed. */
  close: string;
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  /** What comes before the root element (the XML declaration, whitespace). */
  readonly prolog: string;
  readonly root: XmlElement;
  /** What comes after it. */
  readonly epilog: string;
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === "object" && node !== null;
}

/** Finds the end of the start tag opening at `from` ('>' outside quoted attribute values). */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i] as string;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  return -1;
}

function skipTo(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? xml.length : at + marker.length;
}

/** Parses a whole part. Throws when there is no root element. */
export function parseXml(xml: string): XmlDocument {
  const top: XmlElement = { name: "#document", open: "", children: [], close: "" };
  const unclosed = parseInto(top, xml);
  const index = top.children.findIndex(isElement);
  if (index < 0) throw new Error("no root element");
  // Lenient inside, but a whole part cut short (a tag or element never closed) is damaged, not empty.
  if (unclosed !== null) throw new Error(`damaged XML: <${unclosed}> is never closed (the part is cut short)`);
  const text = (nodes: XmlNode[]): string => nodes.map(serialize).join("");
  return {
    prolog: text(top.children.slice(0, index)),
    root: top.children[index] as XmlElement,
    epilog: text(top.children.slice(index + 1)),
  };
}

/** Parses a fragment (a run of elements and text) into nodes. */
export function parseFragment(xml: string): XmlNode[] {
  const holder: XmlElement = { name: "#fragment", open: "", children: [], close: "" };
  parseInto(holder, xml);
  return holder.children;
}

/** Parses `xml` into `holder`; returns the name of an element or tag left open at the end, else null. */
function parseInto(holder: XmlElement, xml: string): string | null {
  const stack: XmlElement[] = [holder];
  let at = 0;
  let text = "";
  const flush = (): void => {
    if (text) (stack[stack.length - 1] as XmlElement).children.push(text);
    text = "";
  };
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) {
      text += xml.slice(at);
      break;
    }
    text += xml.slice(at, lt);
    const next = xml[lt + 1];
    if (next === "!" || next === "?") {
      const end = xml.startsWith("<!--", lt)
        ? skipTo(xml, lt, "-->")
        : xml.startsWith("<![CDATA[", lt)
          ? skipTo(xml, lt, "]]>")
          : next === "?"
            ? skipTo(xml, lt, "?>")
            : skipTo(xml, lt, ">");
      text += xml.slice(lt, end);
      at = end;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0) {
      text += xml.slice(lt);
      flush();
      return tagName(xml.slice(lt)) || "?";
    }
    const tag = xml.slice(lt, end + 1);
    at = end + 1;
    if (next === "/") {
      const name = tag.slice(2, -1).trim();
      let open = -1;
      for (let i = stack.length - 1; i > 0 && open < 0; i--) if ((stack[i] as XmlElement).name === name) open = i;
      if (open < 0) {
        text += tag;
        continue;
      }
      flush();
      (stack[open] as XmlElement).close = tag;
      stack.length = open;
      continue;
    }
    flush();
    const element: XmlElement = { name: tagName(tag), open: tag, children: [], close: "" };
    (stack[stack.length - 1] as XmlElement).children.push(element);
    if (!tag.endsWith("/>")) stack.push(element);
  }
  flush();
  return stack.length > 1 ? (stack[stack.length - 1] as XmlElement).name : null;
}

export function serialize(node: XmlNode): string {
  if (typeof node === "string") return node;
  let out = node.open;
  for (const child of node.children) out += serialize(child);
  return out + node.close;
}

export function serializeDocument(doc: XmlDocument): string {
  return doc.prolog + serialize(doc.root) + doc.epilog;
}

/** The element's child elements, optionally only those of one local name. */
export function childElements(element: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children)
    if (isElement(c) && (local === undefined || localName(c.name) === local)) out.push(c);
  return out;
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  for (const c of element.children) if (isElement(c) && localName(c.name) === local) return c;
  return undefined;
}

/** Every descendant element of a local name, in document order. */
export function descendants(element: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of element.children) {
    if (!isElement(c)) continue;
    if (localName(c.name) === local) out.push(c);
    descendants(c, local, out);
  }
  return out;
}

/** The element's text content as written (entities not decoded), markup of children included as text. */
export function rawText(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : rawText(c))).join("");
}

/** Replaces the element's content; an empty-element tag becomes a start and end tag pair. */
export function setContent(element: XmlElement, children: XmlNode[]): void {
  element.children = children;
  if (element.close === "" && children.length > 0) {
    element.open = element.open.replace(/\s*\/>$/, ">");
    element.close = `</${element.name}>`;
  }
}

/** The prefix (with its colon) the element's name carries: "x:" for "x:worksheet", "" for none. */
export function prefixOf(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon < 0 ? "" : element.name.slice(0, colon + 1);
}

/**
 * Inserts `child` into `parent` where the schema's element order puts it: before the first child
 * ranked after it in `order` (local names), else at the end.
 */
export function insertInOrder(parent: XmlElement, child: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(localName(child.name));
  const children = [...parent.children];
  let at = children.length;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (typeof c === "object" && order.indexOf(localName(c.name)) > rank) {
      at = i;
      break;
    }
  }
  children.splice(at, 0, child);
  setContent(parent, children);
}

/** A deep copy (the tree is plain data). */
export function cloneNode<T extends XmlNode>(node: T): T {
  if (typeof node === "string") return node;
  const element = node as XmlElement;
  return {
    name: element.name,
    open: element.open,
    children: element.children.map(cloneNode),
    close: element.close,
  } as T;
}
