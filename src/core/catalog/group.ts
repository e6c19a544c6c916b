import type { CatalogEntry } from "./types";

/** Entries of one kegiatan code, as the pane lists them under one heading. */
export interface CodeGroup {
  readonly code: string;
  /** The kegiatan name of the group's first entry. */
  readonly name: string;
  readonly entries: readonly CatalogEntry[];
}

/** Groups entries by code, groups in order of first appearance, entries in their given order. */
export function groupByCode(entries: readonly CatalogEntry[]): CodeGroup[] {
  const groups = new Map<string, { code: string; name: string; entries: CatalogEntry[] }>();
  for (const e of entries) {
    const g = groups.get(e.code);
    if (g) g.entries.push(e);
    else groups.set(e.code, { code: e.code, name: e.name, entries: [e] });
  }
  return [...groups.values()];
}
