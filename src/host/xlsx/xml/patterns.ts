/**
 * Pattern helpers for small, regular XML (a chart's or an anchor's), where a tree is not needed.
 */
import { unescapeXml } from "./text";

/** The attributes of one start tag, by local name ("r:id" is "id"), unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] as string).replace(/^[\w.-]+:/, "");
    out.set(name, unescapeXml(m[3] ?? m[4] ?? ""));
  }
  return out;
}

/** Every start (or empty) tag with this local name, whatever its prefix. */
export function tags(xml: string, localName: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, "g"))].map((m) => m[0]);
}

/** Every element with this local name, start tag to end tag (not nested in one another). */
export function elements(xml: string, localName: string): string[] {
  const re = new RegExp(`<((?:[\\w.-]+:)?)${localName}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${localName}>)`, "g");
  return [...xml.matchAll(re)].map((m) => m[0]);
}
