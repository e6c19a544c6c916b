import type { Catalog, CatalogEntry, Stage } from "./types";
import { CATALOG_FORMAT, CATALOG_VERSION } from "./types";

/**
 * A catalog as the JSON of its schema (schema.ts), for `rakit catalog export --json`: what
 * `parseCatalogJson` reads back into the same catalog. Stages are written once and entries refer to
 * them by id.
 */

export function catalogToJson(catalog: Catalog): Record<string, unknown> {
  const stages = new Map<string, Stage>();
  for (const s of catalog.stages) stages.set(s.id, s);
  for (const e of catalog.entries) if (e.season.kind === "stage") stages.set(e.season.stage.id, e.season.stage);
  return {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    name: catalog.name,
    ...(catalog.nameEn !== undefined ? { nameEn: catalog.nameEn } : {}),
    ...(catalog.description !== undefined ? { description: catalog.description } : {}),
    stages: [...stages.values()].map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.nameEn !== undefined ? { nameEn: s.nameEn } : {}),
      windows: s.windows.map((w) => ({ from: w.from, to: w.to, basis: w.basis, source: w.source })),
    })),
    entries: catalog.entries.map(entryToJson),
  };
}

export function entryToJson(e: CatalogEntry): Record<string, unknown> {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    sasaran: e.sasaran,
    indicator: e.indicator,
    satuan: e.satuan,
    target: e.target,
    kegiatan: e.kegiatan,
    months: [...e.months],
    pelaksana: e.pelaksana,
    season: e.season.kind === "routine" ? "routine" : { stage: e.season.stage.id },
    sumberDana: e.sumberDana,
    years: e.years === "all" ? "all" : [...e.years],
    ...(e.origin !== undefined ? { origin: e.origin } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
  };
}

/** Pretty JSON with short number lists ("months": [1, 2, 3]) kept on one line, for people to edit. */
export function stringifyCatalog(catalog: Catalog): string {
  const text = JSON.stringify(catalogToJson(catalog), null, 2);
  return `${text.replace(/\[\s*((?:-?\d+,\s*)*-?\d+)\s*\]/g, (_m, list: string) => `[${list.split(/,\s*/).join(", ")}]`)}\n`;
}
