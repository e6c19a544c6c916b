/**
 * The package being written: the parts of the package that was read, each kept as its compressed
 * bytes until someone gives it new content, new parts, relationships and content types, and at the
 * end the zip. A part given text equal to what it held stays untouched (the same compressed bytes).
 */
import { ContentTypes, relKind, RelationshipsPart, relsPathOf, type Relationship } from "./opc";
import { decodeText, ZipReader, type ZipEntry } from "./zip/read";
import { writeZip, type ZipOutput } from "./zip/write";

const encoder = new TextEncoder();

interface PartState {
  readonly name: string;
  entry?: ZipEntry;
  data?: Uint8Array;
}

/** Relationship kinds whose target a copied sheet may share with its source rather than copy. */
const SHAREABLE = new Set(["image", "hdphoto", "media", "video", "audio"]);

export class PackageOutput {
  private readonly parts = new Map<string, PartState>();
  private readonly order: string[] = [];
  private readonly relsParts = new Map<string, { path: string; rels: RelationshipsPart }>();
  private readonly texts = new Map<string, string | null>();
  readonly types: ContentTypes;

  constructor(readonly source: ZipReader | null) {
    for (const entry of source?.entries ?? []) {
      const key = entry.name.toLowerCase();
      if (this.parts.has(key)) continue;
      this.parts.set(key, { name: entry.name, entry });
      this.order.push(key);
    }
    this.types = new ContentTypes(this.text("[Content_Types].xml"));
  }

  has(name: string): boolean {
    const p = this.parts.get(name.toLowerCase());
    return p !== undefined && (p.entry !== undefined || p.data !== undefined);
  }

  /** A part's text as it is now in the output (null when there is no such part). */
  text(name: string): string | null {
    const key = name.toLowerCase();
    const state = this.parts.get(key);
    if (!state) return null;
    if (state.data) return decodeText(state.data);
    if (this.texts.has(key)) return this.texts.get(key) ?? null;
    const text = state.entry && this.source ? decodeText(this.source.inflate(state.entry)) : null;
    this.texts.set(key, text);
    return text;
  }

  /** The text of a part as the original package had it. */
  originalText(name: string): string | null {
    const entry = this.source?.entry(name);
    if (!entry || !this.source) return null;
    const key = name.toLowerCase();
    const state = this.parts.get(key);
    if (state?.entry === entry && this.texts.has(key)) return this.texts.get(key) ?? null;
    const text = decodeText(this.source.inflate(entry));
    if (state?.entry === entry) this.texts.set(key, text);
    return text;
  }

  /** Gives a part text; a part that already holds exactly this text is left untouched. */
  setText(name: string, text: string): void {
    const key = name.toLowerCase();
    const state = this.parts.get(key);
    if (state && (state.entry || state.data) && this.text(name) === text) return;
    this.setBytes(name, encoder.encode(text));
    this.texts.set(key, text);
  }

  setBytes(name: string, data: Uint8Array): void {
    const key = name.toLowerCase();
    const state = this.parts.get(key);
    this.texts.delete(key);
    if (state) {
      state.data = data;
      delete state.entry;
      return;
    }
    this.parts.set(key, { name, data });
    this.order.push(key);
  }

  /** Copies a part's content (as it is in the output) to a new name. */
  copyContent(from: string, to: string): void {
    const state = this.parts.get(from.toLowerCase());
    if (!state) return;
    const key = to.toLowerCase();
    if (state.entry) {
      this.parts.set(key, { name: to, entry: state.entry });
      this.order.push(key);
    } else if (state.data) this.setBytes(to, state.data);
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    const state = this.parts.get(key);
    if (!state) return;
    delete state.entry;
    delete state.data;
    this.types.remove(name);
  }

  /** A part name not in use: `${stem}${n}${ext}` with the smallest n from 1. */
  uniqueName(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!this.parts.has(name.toLowerCase())) {
        // Reserve it, so two callers never get the same name.
        this.parts.set(name.toLowerCase(), { name });
        this.order.push(name.toLowerCase());
        return name;
      }
    }
  }

  /** The relationships of a part (as they are in the output), for reading and editing. */
  rels(part: string): RelationshipsPart {
    const path = relsPathOf(part);
    const key = path.toLowerCase();
    let entry = this.relsParts.get(key);
    if (!entry) {
      entry = { path, rels: new RelationshipsPart(part, this.text(path)) };
      this.relsParts.set(key, entry);
    }
    return entry.rels;
  }

  /**
   * Copies a part under a new name in the same folder, with its relationships: pictures and media
   * are shared (two relationships may point at one part), everything else it links to is copied in
   * turn. `content` overrides the copied text of parts the caller writes itself (a copied chart's
   * XML naming the copied sheet). Returns the new part's name.
   */
  copyTree(from: string, content: (original: string, copy: string) => string | null = () => null): string {
    const slash = from.lastIndexOf("/");
    const file = from.slice(slash + 1);
    const ext = file.includes(".") ? file.slice(file.lastIndexOf(".")) : "";
    const stem = from.slice(0, slash + 1) + file.slice(0, file.length - ext.length).replace(/\d+$/, "");
    const to = this.uniqueName(stem, ext);
    const text = content(from, to);
    if (text !== null) this.setText(to, text);
    else this.copyContent(from, to);
    const type = this.types.typeOf(from);
    if (type) this.types.add(to, type);
    const rels = this.rels(from).relationships;
    if (rels.length > 0) {
      const copy = this.rels(to);
      for (const rel of rels) this.copyRelationship(copy, rel, content);
    }
    return to;
  }

  /** Adds to `into` a relationship like `rel`, copying its target unless it is shared or external. */
  copyRelationship(
    into: RelationshipsPart,
    rel: Relationship,
    content: (original: string, copy: string) => string | null,
  ): void {
    if (rel.external || SHAREABLE.has(relKind(rel.type)) || !this.has(rel.target)) {
      into.addWithId(rel.id, rel.type, rel.target, rel.external);
      return;
    }
    into.addWithId(rel.id, rel.type, this.copyTree(rel.target, content), false);
  }

  /** Removes parts the original package reached and the output no longer does (a deleted sheet's). */
  dropUnreachable(reachableBefore: ReadonlySet<string>): void {
    const reached = this.reachable();
    for (const key of [...this.order]) {
      const state = this.parts.get(key);
      if (!state || (!state.entry && !state.data)) continue;
      if (key.endsWith(".rels") || key === "[content_types].xml") continue;
      if (reachableBefore.has(key) && !reached.has(key)) {
        this.remove(state.name);
        const rels = relsPathOf(state.name).toLowerCase();
        const relsState = this.parts.get(rels);
        if (relsState) {
          delete relsState.entry;
          delete relsState.data;
        }
        this.relsParts.delete(rels);
      }
    }
  }

  /** Parts reached from the package root through relationships (lower-case names). */
  reachable(): Set<string> {
    const seen = new Set<string>();
    const visit = (source: string): void => {
      const rels = source === "" ? this.rels("") : this.rels(source);
      for (const rel of rels.relationships) {
        if (rel.external) continue;
        const key = rel.target.toLowerCase();
        if (seen.has(key) || !this.has(rel.target)) continue;
        seen.add(key);
        visit(rel.target);
      }
    };
    visit("");
    return seen;
  }

  /** The zip: every part in its original order, new ones after. */
  finish(): Uint8Array {
    for (const { path, rels } of this.relsParts.values()) {
      const text = rels.serialize();
      if (text !== null) this.setText(path, text);
    }
    const types = this.types.serialize();
    if (types !== null) this.setText("[Content_Types].xml", types);
    const items: ZipOutput[] = [];
    // [Content_Types].xml first, as Excel writes it (some readers look for it there).
    const ordered = [...new Set(["[content_types].xml", ...this.order])];
    for (const key of ordered) {
      const state = this.parts.get(key);
      if (!state) continue;
      if (state.data) items.push({ name: state.name, data: state.data });
      else if (state.entry) items.push({ name: state.name, entry: state.entry });
    }
    return writeZip(items);
  }
}
