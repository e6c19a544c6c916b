import type { Catalog } from "../catalog";
import type { StageYears } from "./types";

/**
 * The catalog's answer to "in which years does this code's stage run": the calendar years its stage
 * windows touch (Pemilu 2024's campaign, 2023-11-28 to 2024-03-31, runs in 2023 and 2024). A code
 * the catalog also knows as routine, or does not know, is not stage-bound (null): such a block is
 * never proposed for removal.
 */
export function stageYearsFromCatalog(catalog: Catalog): StageYears {
  const byCode = new Map<string, number[] | null>();
  for (const entry of catalog.entries) {
    if (byCode.get(entry.code) === null) continue;
    if (entry.season.kind === "routine") {
      byCode.set(entry.code, null);
      continue;
    }
    const years = new Set(byCode.get(entry.code) ?? []);
    for (const w of entry.season.stage.windows) {
      const from = Number(w.from.slice(0, 4));
      const to = Number(w.to.slice(0, 4));
      for (let y = from; y <= to; y++) years.add(y);
    }
    byCode.set(
      entry.code,
      [...years].sort((a, b) => a - b),
    );
  }
  return (code) => byCode.get(code) ?? null;
}
