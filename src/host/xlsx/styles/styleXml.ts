/**
 * The model's style parts (shaped like SpreadsheetML and exceljs: see model/style.ts) to and from
 * styles.xml elements: colours, fonts, fills, borders, alignment, protection and number formats.
 */
import type {
  AlignmentStyle,
  BorderEdge,
  BorderStyle,
  ColorSpec,
  FillStyle,
  FontStyle,
  ProtectionStyle,
} from "../../model/style";
import { attributesOf, escapeXml, localName } from "../xml/text";
import { childElements, serialize, type XmlElement } from "../xml/tree";

/** Excel's built-in number formats by id, with the codes exceljs gives them (the model's strings). */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function isTrue(value: string | undefined, absent = false): boolean {
  if (value === undefined) return absent;
  return value === "1" || value === "true" || value === "on";
}

function num(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading

export function readColor(el: XmlElement | undefined): ColorSpec | undefined {
  if (!el) return undefined;
  const a = attributesOf(el.open);
  const tint = num(a.get("tint"));
  if (a.has("rgb")) return { argb: (a.get("rgb") as string).toUpperCase() };
  if (a.has("theme"))
    return tint !== undefined
      ? { theme: num(a.get("theme")) as number, tint }
      : { theme: num(a.get("theme")) as number };
  if (a.has("indexed")) return { indexed: num(a.get("indexed")) as number };
  return undefined;
}

export function readFont(el: XmlElement): FontStyle {
  const out: Record<string, unknown> = {};
  for (const child of childElements(el)) {
    const a = attributesOf(child.open);
    const val = a.get("val");
    switch (localName(child.name)) {
      case "b":
        out.bold = isTrue(val, true);
        break;
      case "i":
        out.italic = isTrue(val, true);
        break;
      case "strike":
        out.strike = isTrue(val, true);
        break;
      case "outline":
        out.outline = isTrue(val, true);
        break;
      case "u":
        out.underline = val === undefined || val === "single" ? true : val;
        break;
      case "sz":
        out.size = num(val);
        break;
      case "color": {
        const color = readColor(child);
        if (color) out.color = color;
        break;
      }
      case "name":
      case "rFont":
        out.name = val;
        break;
      case "family":
        out.family = num(val);
        break;
      case "charset":
        out.charset = num(val);
        break;
      case "scheme":
        out.scheme = val;
        break;
      case "vertAlign":
        out.vertAlign = val;
        break;
    }
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as FontStyle;
}

export function readFill(el: XmlElement): FillStyle | undefined {
  const inner = childElements(el)[0];
  if (!inner) return undefined;
  if (localName(inner.name) === "gradientFill") return { type: "gradient", xml: serialize(inner) };
  const a = attributesOf(inner.open);
  const pattern = a.get("patternType") ?? "none";
  const fill: Record<string, unknown> = { type: "pattern", pattern };
  for (const c of childElements(inner)) {
    const color = readColor(c);
    if (color && localName(c.name) === "fgColor") fill.fgColor = color;
    if (color && localName(c.name) === "bgColor") fill.bgColor = color;
  }
  return fill as unknown as FillStyle;
}

const EDGES: Record<string, keyof BorderStyle> = {
  left: "left",
  start: "left",
  right: "right",
  end: "right",
  top: "top",
  bottom: "bottom",
  diagonal: "diagonal",
};

export function readBorder(el: XmlElement): BorderStyle {
  const a = attributesOf(el.open);
  const out: Record<string, unknown> = {};
  for (const c of childElements(el)) {
    const side = EDGES[localName(c.name)];
    if (!side) continue;
    const style = attributesOf(c.open).get("style");
    const color = readColor(childElements(c, "color")[0]);
    const edge: Record<string, unknown> = {};
    if (style && style !== "none") edge.style = style;
    if (color && edge.style) edge.color = color;
    if (side === "diagonal") {
      if (isTrue(a.get("diagonalUp"))) edge.up = true;
      if (isTrue(a.get("diagonalDown"))) edge.down = true;
      if (edge.style || edge.up || edge.down) out.diagonal = edge;
    } else if (edge.style) out[side] = edge;
  }
  return out as BorderStyle;
}

export function readAlignment(el: XmlElement | undefined): AlignmentStyle | undefined {
  if (!el) return undefined;
  const a = attributesOf(el.open);
  const out: Record<string, unknown> = {};
  const h = a.get("horizontal");
  if (h && h !== "general") out.horizontal = h;
  const v = a.get("vertical");
  if (v) out.vertical = v === "center" ? "middle" : v;
  if (isTrue(a.get("wrapText"))) out.wrapText = true;
  if (isTrue(a.get("shrinkToFit"))) out.shrinkToFit = true;
  const indent = num(a.get("indent"));
  if (indent) out.indent = indent;
  const rotation = num(a.get("textRotation"));
  if (rotation !== undefined && rotation !== 0) {
    out.textRotation = rotation === 255 ? "vertical" : rotation > 90 ? 90 - rotation : rotation;
  }
  const order = a.get("readingOrder");
  if (order === "1" || order === "2") out.readingOrder = order === "2" ? "rtl" : "ltr";
  return Object.keys(out).length > 0 ? (out as AlignmentStyle) : undefined;
}

export function readProtection(el: XmlElement | undefined): ProtectionStyle | undefined {
  if (!el) return undefined;
  const a = attributesOf(el.open);
  const out: Record<string, unknown> = {};
  if (a.has("locked")) out.locked = isTrue(a.get("locked"));
  if (a.has("hidden")) out.hidden = isTrue(a.get("hidden"));
  return Object.keys(out).length > 0 ? (out as ProtectionStyle) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Writing

export function colorXml(tag: string, c: ColorSpec | undefined): string {
  if (!c) return "";
  if (c.argb !== undefined) return `<${tag} rgb="${escapeXml(c.argb)}"/>`;
  if (c.theme !== undefined)
    return c.tint !== undefined && c.tint !== 0
      ? `<${tag} theme="${c.theme}" tint="${c.tint}"/>`
      : `<${tag} theme="${c.theme}"/>`;
  if (c.indexed !== undefined) return `<${tag} indexed="${c.indexed}"/>`;
  return `<${tag} auto="1"/>`;
}

const flag = (tag: string, v: boolean | undefined): string =>
  v === undefined ? "" : v ? `<${tag}/>` : `<${tag} val="0"/>`;

/** A `<font>` (or, with tag "rPr", a rich-text run's properties) in Excel's element order. */
export function fontXml(f: FontStyle, tag = "font"): string {
  const name = tag === "rPr" ? "rFont" : "name";
  let u = "";
  if (f.underline !== undefined && f.underline !== false && f.underline !== "none")
    u = f.underline === true || f.underline === "single" ? "<u/>" : `<u val="${f.underline}"/>`;
  return (
    `<${tag}>` +
    flag("b", f.bold) +
    flag("i", f.italic) +
    flag("strike", f.strike) +
    flag("outline", f.outline) +
    u +
    (f.vertAlign ? `<vertAlign val="${f.vertAlign}"/>` : "") +
    (f.size !== undefined ? `<sz val="${f.size}"/>` : "") +
    colorXml("color", f.color) +
    (f.name !== undefined ? `<${name} val="${escapeXml(f.name)}"/>` : "") +
    (f.family !== undefined ? `<family val="${f.family}"/>` : "") +
    (f.charset !== undefined ? `<charset val="${f.charset}"/>` : "") +
    (f.scheme !== undefined ? `<scheme val="${f.scheme}"/>` : "") +
    `</${tag}>`
  );
}

export function fillXml(fill: FillStyle): string {
  if (fill.type === "gradient") return `<fill>${String((fill as { xml?: unknown }).xml ?? "")}</fill>`;
  const colors = colorXml("fgColor", fill.fgColor) + colorXml("bgColor", fill.bgColor);
  return colors
    ? `<fill><patternFill patternType="${escapeXml(fill.pattern)}">${colors}</patternFill></fill>`
    : `<fill><patternFill patternType="${escapeXml(fill.pattern)}"/></fill>`;
}

function edgeXml(tag: string, edge: BorderEdge | undefined): string {
  if (!edge || !edge.style) return `<${tag}/>`;
  const color = colorXml("color", edge.color);
  return color ? `<${tag} style="${edge.style}">${color}</${tag}>` : `<${tag} style="${edge.style}"/>`;
}

export function borderXml(b: BorderStyle): string {
  const up = b.diagonal?.up ? ' diagonalUp="1"' : "";
  const down = b.diagonal?.down ? ' diagonalDown="1"' : "";
  return (
    `<border${up}${down}>` +
    edgeXml("left", b.left) +
    edgeXml("right", b.right) +
    edgeXml("top", b.top) +
    edgeXml("bottom", b.bottom) +
    edgeXml("diagonal", b.diagonal) +
    `</border>`
  );
}

export function alignmentXml(a: AlignmentStyle | undefined): string {
  if (!a) return "";
  let attrs = "";
  if (a.horizontal) attrs += ` horizontal="${a.horizontal}"`;
  if (a.vertical) attrs += ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"`;
  if (a.textRotation !== undefined) {
    const r = a.textRotation === "vertical" ? 255 : a.textRotation < 0 ? 90 - a.textRotation : a.textRotation;
    attrs += ` textRotation="${r}"`;
  }
  if (a.wrapText) attrs += ` wrapText="1"`;
  if (a.indent) attrs += ` indent="${a.indent}"`;
  if (a.shrinkToFit) attrs += ` shrinkToFit="1"`;
  if (a.readingOrder) attrs += ` readingOrder="${a.readingOrder === "rtl" ? 2 : 1}"`;
  return attrs ? `<alignment${attrs}/>` : "";
}

export function protectionXml(p: ProtectionStyle | undefined): string {
  if (!p) return "";
  let attrs = "";
  if (p.locked !== undefined) attrs += ` locked="${p.locked ? 1 : 0}"`;
  if (p.hidden !== undefined) attrs += ` hidden="${p.hidden ? 1 : 0}"`;
  return attrs ? `<protection${attrs}/>` : "";
}
