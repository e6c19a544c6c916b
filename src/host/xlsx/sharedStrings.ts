/**
 * The shared string table (sharedStrings.xml): read once into plain strings (rich-text runs joined,
 * phonetic runs left out), and looked up by text when writing. The part itself is never rewritten:
 * a cell whose text is already in the table is written with its index, any other text as an inline
 * string (`t="inlineStr"`), which every spreadsheet program reads.
 */
import { decodeXstring, unescapeXml } from "./xml/text";

export class SharedStrings {
  readonly items: string[];
  private byText: Map<string, number> | null = null;
  private readonly plain: Uint8Array;

  constructor(xml: string | null) {
    this.items = [];
    const plain: number[] = [];
    if (xml !== null) {
      const p = prefixOf(xml);
      const open = `<${p}si`;
      const close = `</${p}si>`;
      let at = 0;
      for (;;) {
        const start = xml.indexOf(open, at);
        if (start < 0) break;
        const after = xml.charCodeAt(start + open.length);
        // "<si>" or "<si/>" (an empty item), not "<sid...".
        if (after !== 62 && after !== 47 && after !== 32) {
          at = start + open.length;
          continue;
        }
        const tagEnd = xml.indexOf(">", start);
        if (xml.charCodeAt(tagEnd - 1) === 47) {
          this.items.push("");
          plain.push(1);
          at = tagEnd + 1;
          continue;
        }
        const end = xml.indexOf(close, tagEnd);
        const body = xml.slice(tagEnd + 1, end < 0 ? xml.length : end);
        this.items.push(stringItemText(body, p));
        plain.push(body.indexOf(`<${p}r>`) < 0 && body.indexOf(`<${p}r `) < 0 ? 1 : 0);
        at = end < 0 ? xml.length : end + close.length;
      }
    }
    this.plain = Uint8Array.from(plain);
  }

  get(index: number): string | undefined {
    return this.items[index];
  }

  /** The index of a plain (not rich) item with exactly this text, if the table has one. */
  indexOf(text: string): number | undefined {
    if (!this.byText) {
      this.byText = new Map();
      this.items.forEach((t, i) => {
        if (this.plain[i] && !(this.byText as Map<string, number>).has(t))
          (this.byText as Map<string, number>).set(t, i);
      });
    }
    return this.byText.get(text);
  }
}

/** The prefix the part's root element uses, "" or "x:". */
function prefixOf(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?sst\b/.exec(xml);
  return m?.[1] ?? "";
}

/**
 * The text of one string item (`<si>` content or a cell's `<is>` content): its `<t>` elements'
 * text, in order, leaving out phonetic runs (`<rPh>`).
 */
export function stringItemText(body: string, prefix = ""): string {
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const phOpen = `<${prefix}rPh`;
  const phClose = `</${prefix}rPh>`;
  let out = "";
  let at = 0;
  for (;;) {
    const start = body.indexOf(tOpen, at);
    if (start < 0) break;
    const ph = body.indexOf(phOpen, at);
    if (ph >= 0 && ph < start) {
      const phEnd = body.indexOf(phClose, ph);
      at = phEnd < 0 ? body.length : phEnd + phClose.length;
      continue;
    }
    const next = body.charCodeAt(start + tOpen.length);
    if (next !== 62 && next !== 32 && next !== 47) {
      at = start + tOpen.length;
      continue;
    }
    const tagEnd = body.indexOf(">", start);
    if (body.charCodeAt(tagEnd - 1) === 47) {
      at = tagEnd + 1;
      continue;
    }
    const end = body.indexOf(tClose, tagEnd);
    if (end < 0) break;
    out += body.slice(tagEnd + 1, end);
    at = end + tClose.length;
  }
  return decodeXstring(unescapeXml(out));
}
