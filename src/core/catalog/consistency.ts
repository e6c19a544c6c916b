import type { CatalogEntry, Season } from "./types";

/**
 * A code has one season in a given year: the season checks ask "is 3355 routine in 2024?", so two
 * entries of the same code for the same year must agree (both routine, or the same stage).
 */

export function seasonKey(season: Season): string {
  return season.kind === "routine" ? "routine" : `stage:${season.stage.id}`;
}

export function yearsOverlap(a: CatalogEntry["years"], b: CatalogEntry["years"]): boolean {
  if (a === "all" || b === "all") return true;
  return a.some((y) => b.includes(y));
}

export function appliesTo(entry: CatalogEntry, year: number): boolean {
  return entry.years === "all" || entry.years.includes(year);
}

export interface SeasonConflict {
  readonly entry: CatalogEntry;
  readonly params: { readonly code: string; readonly other: string };
}

/** Entries whose season disagrees with an earlier entry of the same code for an overlapping year. */
export function checkSeasons(entries: readonly CatalogEntry[]): SeasonConflict[] {
  const conflicts: SeasonConflict[] = [];
  const byCode = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    const earlier = byCode.get(e.code) ?? [];
    const clash = earlier.find((o) => yearsOverlap(o.years, e.years) && seasonKey(o.season) !== seasonKey(e.season));
    if (clash) conflicts.push({ entry: e, params: { code: e.code, other: clash.id } });
    earlier.push(e);
    byCode.set(e.code, earlier);
  }
  return conflicts;
}
