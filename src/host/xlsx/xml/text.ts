/**
 * XML text and start tags as strings: escaping, and reading or changing one attribute of a start
 * tag while every other byte of it stays as written (quotes, spacing, attribute order). The package
 * layer patches parts rather than re-serialising them, and this is what it patches with.
 */

/** Text for element content or a double-quoted attribute ("'Rekap Anggaran'!$B$2" keeps its quotes). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED[name] ?? "";
    },
  );
}

/**
 * SpreadsheetML's escape for characters XML cannot carry ("_x000D_", "_x001B_"; ECMA-376 Part 1,
 * 22.9.2.19 ST_Xstring): decoded when reading cell text, so Excel's and the host's text agree.
 */
export function decodeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// Characters XML 1.0 cannot carry (all C0 controls but tab, line feed and carriage return; U+FFFE/F).
// eslint-disable-next-line no-control-regex -- these are the characters to escape
const UNWRITABLE = new RegExp("_(x[0-9A-Fa-f]{4}_)|[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]", "g");

/** The inverse of decodeXstring: control characters and a literal "_xHHHH_" escaped for the file. */
export function encodeXstring(text: string): string {
  return text.replace(UNWRITABLE, (m, literal?: string) =>
    literal ? `_x005F_${literal}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** Escaped element text in SpreadsheetML's form (control characters as _xHHHH_). */
export function escapeCellText(text: string): string {
  return escapeXml(encodeXstring(text));
}

/** The local part of a qualified name ("x:row" is "row"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The element name of a start tag ("<x:row r=\"1\">" is "x:row"). */
export function tagName(tag: string): string {
  let end = 1;
  while (end < tag.length && !/[\s/>]/.test(tag[end] as string)) end++;
  return tag.slice(1, end);
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Every attribute of a start tag by its qualified name, unescaped, in the order written. */
export function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tag.slice(1 + tagName(tag).length);
  for (const m of body.matchAll(ATTRIBUTE)) out.set(m[1] as string, unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** One attribute's value, by its qualified name as written ("r:id", "ref"). */
export function attr(tag: string, name: string): string | undefined {
  return attributesOf(tag).get(name);
}

/** An attribute by local name whatever its prefix ("r:id", "relationships:id"). */
export function attrLocal(tag: string, local: string): string | undefined {
  for (const [name, value] of attributesOf(tag)) if (localName(name) === local) return value;
  return undefined;
}

/**
 * The start tag with one attribute set (replaced where it is, else added at the end) or removed
 * (value null); every other byte stays as it was.
 */
export function setAttr(tag: string, name: string, value: string | null): string {
  const nameStart = 1 + tagName(tag).length;
  const body = tag.slice(nameStart);
  for (const m of body.matchAll(ATTRIBUTE)) {
    if (m[1] !== name) continue;
    const start = nameStart + (m.index as number);
    const end = start + m[0].length;
    if (value === null) {
      // Take the whitespace before the attribute with it.
      let from = start;
      while (from > nameStart && /\s/.test(tag[from - 1] as string)) from--;
      return tag.slice(0, from) + tag.slice(end);
    }
    const quote = m[0].endsWith("'") && m[4] !== undefined ? "'" : '"';
    const escaped = quote === '"' ? escapeXml(value) : escapeXml(value).replace(/'/g, "&apos;");
    return `${tag.slice(0, start)}${name}=${quote}${escaped}${quote}${tag.slice(end)}`;
  }
  if (value === null) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  let at = close;
  while (at > nameStart && /\s/.test(tag[at - 1] as string)) at--;
  return `${tag.slice(0, at)} ${name}="${escapeXml(value)}"${tag.slice(at)}`;
}

/** A start tag from a name and attributes (undefined values left out). */
export function startTag(name: string, attrs: Record<string, string | number | undefined> = {}, empty = false): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out += ` ${k}="${escapeXml(String(v))}"`;
  return out + (empty ? "/>" : ">");
}

/** XML written without prefixes, given the document's prefix on every unprefixed element ("x:"). */
export function withPrefix(xml: string, prefix: string): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);
}
