import type { Catalog, CatalogEntry } from "./types";

/**
 * Catalog search for the pane: accents and case do not matter, and the words may come in any
 * order ("gaji slip" finds "Penyusunan Daftar Slip Gaji Pegawai"). Every word of the query must
 * start a word of the entry (code, id, name, indicator, kegiatan, pelaksana): "keuang" finds
 * "Keuangan", "33" finds 3355, but "it" does not find "memfasilitasi". Entries whose kegiatan or
 * indicator hold the words rank first, whole words above beginnings; catalog order breaks ties.
 */

/** Lower case without accents, punctuation as spaces: "Pengelolaan Keuangan (3355)" -> "pengelolaan keuangan 3355". */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function queryWords(query: string): string[] {
  return foldText(query)
    .split(" ")
    .filter((w) => w !== "");
}

interface Fields {
  readonly main: readonly string[];
  readonly rest: readonly string[];
}

function fieldsOf(entry: CatalogEntry): Fields {
  const words = (text: string): string[] => foldText(text).split(" ");
  return {
    main: words(`${entry.kegiatan} ${entry.indicator}`),
    rest: words(`${entry.code} ${entry.id} ${entry.name} ${entry.sasaran} ${entry.pelaksana} ${entry.satuan}`),
  };
}

/** Above 0 when every query word starts a word of the entry; more for kegiatan/indicator and whole words. */
function score(fields: Fields, words: readonly string[]): number {
  let total = 0;
  for (const w of words) {
    const inMain = fields.main.some((x) => x.startsWith(w));
    const inRest = fields.rest.some((x) => x.startsWith(w));
    if (!inMain && !inRest) return 0;
    const whole = fields.main.includes(w) || fields.rest.includes(w);
    total += (inMain ? 2 : 1) + (whole ? 1 : 0);
  }
  return total;
}

export function searchCatalog(catalog: Catalog, query: string): CatalogEntry[] {
  return searchEntries(catalog.entries, query);
}

/** The same search over any list of entries (e.g. those of the plan year only). */
export function searchEntries(entries: readonly CatalogEntry[], query: string): CatalogEntry[] {
  const words = queryWords(query);
  if (words.length === 0) return [...entries];
  return entries
    .map((entry, i) => ({ entry, i, s: score(fieldsOf(entry), words) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.entry);
}
