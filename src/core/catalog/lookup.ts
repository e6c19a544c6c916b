import { appliesTo, yearsOverlap } from "./consistency";
import type { Catalog, CatalogEntry, Season } from "./types";

/** Questions the insert planner and the season checks ask of a catalog. */

export function entryById(catalog: Catalog, id: string): CatalogEntry | undefined {
  return catalog.entries.find((e) => e.id === id);
}

/** The entries that apply to a plan year (all of them when the year is unknown). */
export function entriesForYear(catalog: Catalog, year: number | null): CatalogEntry[] {
  return year === null ? [...catalog.entries] : catalog.entries.filter((e) => appliesTo(e, year));
}

/** A code's season in a year, or null when no entry of that code applies to the year. */
export function codeSeason(catalog: Catalog, code: string, year: number): Season | null {
  return catalog.entries.find((e) => e.code === code && appliesTo(e, year))?.season ?? null;
}

/**
 * The catalog's code order: codes in the order they first appear. New blocks are placed in this
 * order, which is how a KPU RAK lists its kegiatan (election stages in the order of the tahapan,
 * then the routine support codes) rather than in numeric order.
 */
export function codeOrder(catalog: Catalog): string[] {
  const seen: string[] = [];
  for (const e of catalog.entries) if (!seen.includes(e.code)) seen.push(e.code);
  return seen;
}

/**
 * An office's own catalog over the shipped one. The office decides where they differ:
 * - an office entry replaces the shipped entry with the same id, in its place (the shipped code
 *   order stays); office entries with new ids follow the shipped ones;
 * - an office stage replaces the shipped stage with the same id, for shipped entries too;
 * - where the office gives a code another season (routine, or another stage) for a year, the
 *   shipped entries of that code take the office's season, so a code keeps one season per year.
 */
export function mergeCatalogs(base: Catalog, office: Catalog): Catalog {
  const officeById = new Map(office.entries.map((e) => [e.id, e]));
  const officeStages = new Map(office.stages.map((s) => [s.id, s]));
  const reseason = (e: CatalogEntry): CatalogEntry => {
    const own = office.entries.find((o) => o.code === e.code && yearsOverlap(o.years, e.years));
    if (own) return { ...e, season: own.season };
    if (e.season.kind === "stage") {
      const replaced = officeStages.get(e.season.stage.id);
      if (replaced) return { ...e, season: { kind: "stage", stage: replaced } };
    }
    return e;
  };
  const baseIds = new Set(base.entries.map((e) => e.id));
  return {
    name: office.name,
    ...(office.nameEn !== undefined ? { nameEn: office.nameEn } : {}),
    ...(office.description !== undefined ? { description: office.description } : {}),
    stages: [
      ...base.stages.map((s) => officeStages.get(s.id) ?? s),
      ...office.stages.filter((s) => !base.stages.some((b) => b.id === s.id)),
    ],
    entries: [
      ...base.entries.map((e) => officeById.get(e.id) ?? reseason(e)),
      ...office.entries.filter((e) => !baseIds.has(e.id)),
    ],
  };
}
