/**
 * The Open Packaging Conventions the host needs: part names, relationships and content types.
 * Part names are zip entry names without a leading "/" ("xl/worksheets/sheet1.xml"); relationship
 * targets are resolved against their source part (relative, absolute "/xl/...", percent-encoded).
 * Relationship types are matched by their last segment, so transitional and strict OOXML
 * ("http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet") read alike.
 */
import { attributesOf, escapeXml, setAttr } from "./xml/text";
import {
  childElements,
  parseFragment,
  parseXml,
  serializeDocument,
  setContent,
  type XmlDocument,
  type XmlElement,
} from "./xml/tree";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE_BASE = `${REL_NS}/`;

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** The relationship type URI for a short name ("worksheet", "drawing"), transitional form. */
export function relType(short: string): string {
  return REL_TYPE_BASE + short;
}

/** The short name of a relationship type ("worksheet" for either namespace's URI). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name, resolved ("xl/drawings/drawing1.xml"); the target as written when external. */
  readonly target: string;
  readonly external: boolean;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml"; "_rels/.rels" for the package. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** A relationship target resolved against its source part ("" for the package root). */
export function resolveTarget(source: string, target: string): string {
  const clean = decodeTarget(target.split("#")[0] as string).replace(/\\/g, "/");
  if (clean.startsWith("/")) return clean.replace(/^\/+/, "");
  const parts = source.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The relative target from `source` to part `target` ("../drawings/drawing2.xml"). */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - common;
  return [...Array<string>(ups).fill(".."), ...to.slice(common)].map(encodeSegment).join("/");
}

function encodeSegment(segment: string): string {
  return segment === ".." ? segment : encodeURI(segment).replace(/#/g, "%23");
}

const EMPTY_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** A relationships part, editable: relationships added or removed, the rest kept as written. */
export class RelationshipsPart {
  private readonly doc: XmlDocument;
  private changed = false;
  readonly existed: boolean;

  constructor(
    readonly source: string,
    xml: string | null,
  ) {
    this.existed = xml !== null;
    this.doc = parseXml(xml ?? EMPTY_RELS);
  }

  get relationships(): Relationship[] {
    return childElements(this.doc.root, "Relationship").map((el) => {
      const a = attributesOf(el.open);
      const external = a.get("TargetMode") === "External";
      const target = a.get("Target") ?? "";
      return {
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        target: external ? target : resolveTarget(this.source, target),
        external,
      };
    });
  }

  byId(id: string): Relationship | undefined {
    return this.relationships.find((r) => r.id === id);
  }

  ofKind(kind: string): Relationship[] {
    return this.relationships.filter((r) => relKind(r.type) === kind);
  }

  /** Adds a relationship to a part (or an external target); returns its new id. */
  add(type: string, target: string, external = false): string {
    const taken = new Set(this.relationships.map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    return this.addWithId(`rId${n}`, type, target, external);
  }

  /** Adds a relationship under a given id (a copied part keeps its source's ids). */
  addWithId(id: string, type: string, target: string, external = false): string {
    const written = external ? target : relativeTarget(this.source, target);
    const mode = external ? ` TargetMode="External"` : "";
    const element = parseFragment(
      `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(written)}"${mode}/>`,
    )[0] as XmlElement;
    setContent(this.doc.root, [...this.doc.root.children, element]);
    this.changed = true;
    return id;
  }

  /** Points an existing relationship at another part. */
  retarget(id: string, target: string): void {
    for (const el of childElements(this.doc.root, "Relationship")) {
      if (attributesOf(el.open).get("Id") !== id) continue;
      el.open = setAttr(el.open, "Target", relativeTarget(this.source, target));
      this.changed = true;
    }
  }

  remove(id: string): void {
    const before = this.doc.root.children.length;
    this.doc.root.children = this.doc.root.children.filter(
      (c) => typeof c === "string" || attributesOf(c.open).get("Id") !== id,
    );
    if (this.doc.root.children.length !== before) this.changed = true;
  }

  /** The part's text when it changed (or is new and not empty), else null. */
  serialize(): string | null {
    if (!this.changed) return null;
    return serializeDocument(this.doc);
  }
}

const EMPTY_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`;

/** [Content_Types].xml: which content type each part has, by override or by extension. */
export class ContentTypes {
  private readonly doc: XmlDocument;
  private changed = false;

  constructor(xml: string | null) {
    this.doc = parseXml(xml ?? EMPTY_TYPES);
  }

  typeOf(part: string): string | undefined {
    for (const el of childElements(this.doc.root, "Override")) {
      const a = attributesOf(el.open);
      if ((a.get("PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase())
        return a.get("ContentType");
    }
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    for (const el of childElements(this.doc.root, "Default")) {
      const a = attributesOf(el.open);
      if ((a.get("Extension") ?? "").toLowerCase() === ext) return a.get("ContentType");
    }
    return undefined;
  }

  private hasDefault(ext: string): boolean {
    return childElements(this.doc.root, "Default").some(
      (el) => (attributesOf(el.open).get("Extension") ?? "").toLowerCase() === ext.toLowerCase(),
    );
  }

  /** Gives a new part its content type (an Override), unless its extension's Default already says so. */
  add(part: string, type: string): void {
    if (this.typeOf(part) === type) return;
    this.append(`<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`);
  }

  /** Makes sure an extension has a Default (a copied picture's "png"). */
  ensureDefault(ext: string, type: string): void {
    if (this.hasDefault(ext)) return;
    const element = parseFragment(
      `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`,
    )[0] as XmlElement;
    setContent(this.doc.root, [element, ...this.doc.root.children]);
    this.changed = true;
  }

  remove(part: string): void {
    const before = this.doc.root.children.length;
    this.doc.root.children = this.doc.root.children.filter(
      (c) =>
        typeof c === "string" ||
        (attributesOf(c.open).get("PartName") ?? "").replace(/^\//, "").toLowerCase() !== part.toLowerCase(),
    );
    if (this.doc.root.children.length !== before) this.changed = true;
  }

  private append(xml: string): void {
    setContent(this.doc.root, [...this.doc.root.children, parseFragment(xml)[0] as XmlElement]);
    this.changed = true;
  }

  serialize(): string | null {
    return this.changed ? serializeDocument(this.doc) : null;
  }
}
