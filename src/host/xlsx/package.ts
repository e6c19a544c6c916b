/**
 * The .xlsx package (an OPC zip) at the level the host needs beside exceljs: which part holds which
 * sheet, a part's relationships, and content types. exceljs neither reads nor writes charts, so the
 * chart parts are read from and written into the zip here. jszip is what exceljs itself zips with;
 * it runs in Node and in the browser.
 *
 * The XML here is small and regular (written by exceljs, or the drawing/relationship parts of a
 * file), so it is read with patterns, not a DOM: Node has no DOMParser and the host also runs in
 * the browser workbench.
 */
import JSZip from "jszip";

export { JSZip };

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Text for element content or a double-quoted attribute ("'Rekap Anggaran'!$B$2" keeps its quotes). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name] ?? "";
    },
  );
}

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

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's path in the zip ("xl/drawings/drawing1.xml"), or the target as written when external. */
  readonly target: string;
  readonly external: boolean;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part it belongs to ("../charts/chart1.xml"). */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = part.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPath(part));
  if (xml === null) return [];
  return tags(xml, "Relationship").map((tag) => {
    const a = attributes(tag);
    const external = a.get("TargetMode") === "External";
    const target = a.get("Target") ?? "";
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: external ? target : resolveTarget(part, target),
      external,
    };
  });
}

/** The worksheets in tab order, with the part each is stored in. */
export async function sheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const workbook = await readText(zip, "xl/workbook.xml");
  if (workbook === null) return [];
  const rels = await readRels(zip, "xl/workbook.xml");
  const out: { name: string; part: string }[] = [];
  for (const tag of tags(workbook, "sheet")) {
    const a = attributes(tag);
    const rel = rels.find((r) => r.id === a.get("id"));
    if (rel && rel.type === REL.worksheet) out.push({ name: a.get("name") ?? "", part: rel.target });
  }
  return out;
}
