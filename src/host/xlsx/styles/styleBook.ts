/**
 * The workbook's styles.xml as the host reads and extends it. Each cell format (`cellXfs` entry) is
 * one immutable model style object; a cell keeps the very object its format gave it, so on saving,
 * the object says which format index to write. A style the host made (a cell formatted through the
 * API) gets a format appended at the end, with whatever font, fill, border and number format it
 * needs appended too, reusing an equal one where the file has it. Nothing in the file is changed or
 * reordered: the default font (font 0, Arial 10 in a LibreOffice file) stays the default.
 */
import type { ConditionalFormatStyle } from "../../model/conditional";
import type { CellStyle } from "../../model/style";
import { attributesOf, escapeXml, localName, setAttr, withPrefix } from "../xml/text";
import {
  childElements,
  firstChild,
  parseFragment,
  insertInOrder,
  parseXml,
  serializeDocument,
  setContent,
  type XmlDocument,
  type XmlElement,
} from "../xml/tree";
import {
  alignmentXml,
  borderXml,
  BUILTIN_NUMBER_FORMATS,
  colorXml,
  fillXml,
  fontXml,
  isTrue,
  protectionXml,
  readAlignment,
  readBorder,
  readColor,
  readFill,
  readFont,
  readProtection,
} from "./styleXml";

/** styles.xml as Excel writes it for a new workbook: Calibri 11, the two reserved fills, no borders. */
export const DEFAULT_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

/** styleSheet's children in schema order (CT_Stylesheet), for inserting a missing container. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

function stableKey(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  if (Array.isArray(value)) return `[${value.map(stableKey).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(",")}}`;
}

export class StyleBook {
  private readonly doc: XmlDocument;
  private readonly numFmts = new Map<number, string>();
  private readonly fonts: XmlElement[];
  private readonly fills: XmlElement[];
  private readonly borders: XmlElement[];
  private readonly xfs: XmlElement[];
  private readonly dxfs: XmlElement[];
  private readonly styles: (CellStyle | undefined)[] = [];
  private readonly index = new Map<CellStyle, number>();
  private byKey: Map<string, number> | null = null;
  private fontKeys: Map<string, number> | null = null;
  private fillKeys: Map<string, number> | null = null;
  private borderKeys: Map<string, number> | null = null;
  private changed = false;
  /** Whether the package had a styles part (a new one must be added to it otherwise). */
  readonly existed: boolean;

  constructor(xml: string | null) {
    this.existed = xml !== null;
    this.doc = parseXml(xml ?? DEFAULT_STYLES_XML);
    const list = (name: string): XmlElement[] => {
      const holder = firstChild(this.doc.root, name);
      return holder ? childElements(holder) : [];
    };
    for (const nf of list("numFmts")) {
      const a = attributesOf(nf.open);
      const id = Number(a.get("numFmtId"));
      if (Number.isFinite(id)) this.numFmts.set(id, a.get("formatCode") ?? "General");
    }
    this.fonts = list("fonts");
    this.fills = list("fills");
    this.borders = list("borders");
    this.xfs = list("cellXfs");
    this.dxfs = list("dxfs");
  }

  get formatCount(): number {
    return this.xfs.length;
  }

  /** The number format code of a format id ("#,##0"); "General" for an id the file doesn't define. */
  numberFormat(id: number): string {
    return this.numFmts.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? "General";
  }

  /** The model style of cell format `i` (one shared, frozen object per index); undefined past the end. */
  style(i: number): CellStyle | undefined {
    if (i < 0 || i >= this.xfs.length) return undefined;
    const cached = this.styles[i];
    if (cached) return cached;
    const style = this.readXf(this.xfs[i] as XmlElement);
    this.styles[i] = style;
    this.index.set(style, i);
    return style;
  }

  private readXf(xf: XmlElement): CellStyle {
    const a = attributesOf(xf.open);
    const out: Record<string, unknown> = {};
    const numFmt = this.numberFormat(Number(a.get("numFmtId") ?? 0));
    if (numFmt !== "General") out.numFmt = numFmt;
    const font = this.fonts[Number(a.get("fontId") ?? 0)];
    if (font) out.font = readFont(font);
    const fill = this.fills[Number(a.get("fillId") ?? 0)];
    const fillStyle = fill ? readFill(fill) : undefined;
    if (fillStyle && !(fillStyle.type === "pattern" && fillStyle.pattern === "none")) out.fill = fillStyle;
    const border = this.borders[Number(a.get("borderId") ?? 0)];
    const borderStyle = border ? readBorder(border) : undefined;
    if (borderStyle && Object.keys(borderStyle).length > 0) out.border = borderStyle;
    const alignment = readAlignment(firstChild(xf, "alignment"));
    if (alignment) out.alignment = alignment;
    const protection = readProtection(firstChild(xf, "protection"));
    if (protection) out.protection = protection;
    return Object.freeze(out) as CellStyle;
  }

  /**
   * The cell format index to write for a model style: the index it was read from, an equal format
   * already in the file (one with no named-style parent or quote prefix), or a new format.
   */
  indexOf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.index.get(style);
    if (known !== undefined) return known;
    const key = stableKey(style);
    const keys = this.formatKeys();
    const found = keys.get(key);
    if (found !== undefined) {
      this.index.set(style, found);
      return found;
    }
    const i = this.appendXf(style);
    keys.set(key, i);
    this.index.set(style, i);
    return i;
  }

  private formatKeys(): Map<string, number> {
    if (this.byKey) return this.byKey;
    const keys = new Map<string, number>();
    this.xfs.forEach((xf, i) => {
      const a = attributesOf(xf.open);
      if ((a.get("xfId") ?? "0") !== "0" || isTrue(a.get("quotePrefix")) || isTrue(a.get("pivotButton"))) return;
      const key = stableKey(this.style(i));
      if (!keys.has(key)) keys.set(key, i);
    });
    this.byKey = keys;
    return keys;
  }

  private appendXf(style: CellStyle): number {
    const numFmtId = this.numFmtIdOf(style.numFmt ?? "General");
    const fontId = style.font ? this.findOrAdd("fonts", this.fonts, fontXml(style.font)) : 0;
    const fillId = style.fill ? this.findOrAdd("fills", this.fills, fillXml(style.fill)) : 0;
    const borderId = style.border ? this.findOrAdd("borders", this.borders, borderXml(style.border)) : 0;
    const inner = alignmentXml(style.alignment) + protectionXml(style.protection);
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId !== 0) xml += ` applyNumberFormat="1"`;
    if (fontId !== 0) xml += ` applyFont="1"`;
    if (fillId !== 0) xml += ` applyFill="1"`;
    if (borderId !== 0) xml += ` applyBorder="1"`;
    if (style.alignment) xml += ` applyAlignment="1"`;
    if (style.protection) xml += ` applyProtection="1"`;
    xml += inner ? `>${inner}</xf>` : "/>";
    const i = this.append("cellXfs", this.xfs, xml);
    this.styles[i] = style;
    return i;
  }

  private numFmtIdOf(code: string): number {
    for (const [id, f] of Object.entries(BUILTIN_NUMBER_FORMATS)) if (f === code) return Number(id);
    for (const [id, f] of this.numFmts) if (f === code) return id;
    let id = 164;
    for (const taken of this.numFmts.keys()) if (taken >= id) id = taken + 1;
    this.numFmts.set(id, code);
    const holder = this.container("numFmts");
    this.appendTo(holder, `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** An element equal (as the model reads it) to `xml` in the list, or `xml` appended. */
  private findOrAdd(kind: "fonts" | "fills" | "borders", list: XmlElement[], xml: string): number {
    const read = (el: XmlElement): unknown =>
      kind === "fonts" ? readFont(el) : kind === "fills" ? readFill(el) : readBorder(el);
    let keys = kind === "fonts" ? this.fontKeys : kind === "fills" ? this.fillKeys : this.borderKeys;
    if (!keys) {
      keys = new Map();
      list.forEach((el, i) => {
        const key = stableKey(read(el));
        if (!(keys as Map<string, number>).has(key)) (keys as Map<string, number>).set(key, i);
      });
      if (kind === "fonts") this.fontKeys = keys;
      else if (kind === "fills") this.fillKeys = keys;
      else this.borderKeys = keys;
    }
    const element = parseFragment(xml)[0] as XmlElement;
    const key = stableKey(read(element));
    const found = keys.get(key);
    if (found !== undefined) return found;
    const i = this.append(kind, list, xml);
    keys.set(key, i);
    return i;
  }

  private container(name: string): XmlElement {
    const found = firstChild(this.doc.root, name);
    if (found) return found;
    const prefix = this.doc.root.name.includes(":") ? this.doc.root.name.split(":")[0] + ":" : "";
    const created: XmlElement = {
      name: `${prefix}${name}`,
      open: `<${prefix}${name} count="0">`,
      children: [],
      close: `</${prefix}${name}>`,
    };
    insertInOrder(this.doc.root, created, ORDER);
    this.changed = true;
    return created;
  }

  private appendTo(holder: XmlElement, xml: string): XmlElement {
    const prefix = holder.name.includes(":") ? holder.name.split(":")[0] + ":" : "";
    const element = parseFragment(prefix ? withPrefix(xml, prefix) : xml)[0] as XmlElement;
    setContent(holder, [...holder.children, element]);
    const count = childElements(holder).length;
    if (attributesOf(holder.open).has("count") || localName(holder.name) !== "numFmts")
      holder.open = setAttr(holder.open, "count", String(count));
    this.changed = true;
    return element;
  }

  private append(name: string, list: XmlElement[], xml: string): number {
    list.push(this.appendTo(this.container(name), xml));
    return list.length - 1;
  }

  // -------------------------------------------------------------------------------------------
  // Differential formats (conditional formatting)

  /** A differential format's fill, font and number format as a conditional format's style. */
  dxfStyle(i: number): ConditionalFormatStyle {
    const dxf = this.dxfs[i];
    if (!dxf) return {};
    const style: Record<string, unknown> = {};
    const fill = firstChild(dxf, "fill");
    const pattern = fill ? firstChild(fill, "patternFill") : undefined;
    if (pattern) {
      // In a differential format a solid fill's colour is its bgColor (SpreadsheetML dxf quirk).
      const color = readColor(firstChild(pattern, "bgColor")) ?? readColor(firstChild(pattern, "fgColor"));
      if (color) style.fill = color;
    }
    const font = firstChild(dxf, "font");
    if (font) {
      const f = readFont(font);
      if (f.color) style.fontColor = f.color;
      if (f.bold !== undefined) style.bold = f.bold;
      if (f.italic !== undefined) style.italic = f.italic;
      if (f.underline !== undefined) style.underline = f.underline !== false && f.underline !== "none";
      if (f.strike !== undefined) style.strike = f.strike;
    }
    const nf = firstChild(dxf, "numFmt");
    if (nf) style.numFmt = attributesOf(nf.open).get("formatCode");
    return style as ConditionalFormatStyle;
  }

  /** Appends a differential format for a conditional format's style; returns its index. */
  addDxf(style: ConditionalFormatStyle): number {
    let font = "";
    if (
      style.fontColor ||
      style.bold !== undefined ||
      style.italic !== undefined ||
      style.underline !== undefined ||
      style.strike !== undefined
    ) {
      font =
        "<font>" +
        (style.bold !== undefined ? (style.bold ? "<b/>" : '<b val="0"/>') : "") +
        (style.italic !== undefined ? (style.italic ? "<i/>" : '<i val="0"/>') : "") +
        (style.strike !== undefined ? (style.strike ? "<strike/>" : '<strike val="0"/>') : "") +
        (style.underline !== undefined ? (style.underline ? "<u/>" : '<u val="none"/>') : "") +
        colorXml("color", style.fontColor) +
        "</font>";
    }
    const numFmt = style.numFmt
      ? `<numFmt numFmtId="${this.dxfNumFmtId(style.numFmt)}" formatCode="${escapeXml(style.numFmt)}"/>`
      : "";
    const fill = style.fill
      ? `<fill><patternFill patternType="solid">${colorXml("bgColor", style.fill)}</patternFill></fill>`
      : "";
    return this.append("dxfs", this.dxfs, `<dxf>${font}${numFmt}${fill}</dxf>`);
  }

  private dxfNumFmtId(code: string): number {
    for (const [id, f] of Object.entries(BUILTIN_NUMBER_FORMATS)) if (f === code) return Number(id);
    return this.numFmtIdOf(code);
  }

  /** The styles part's text when anything was added, else null (the part stays as it was). */
  serialize(): string | null {
    return this.changed || !this.existed ? serializeDocument(this.doc) : null;
  }
}
