import { realBlocks, realRows } from "../budget/units";
import type { Plan } from "../model";
import { filledEntry, officeNamesOf } from "./placeholders";
import { foldText } from "./search";
import type { Catalog, CatalogEntry } from "./types";

/**
 * Which catalog entries the plan already has, so the pane can mark them. An entry is in the plan
 * when a row of a block with the entry's code says the same kegiatan and indicator, compared
 * loosely: the catalog fixes typos and spacing the office's sheet may still have ("difalisitasi"),
 * so texts are matched by their words (Dice coefficient), not character for character. Each row
 * matches at most one entry and each entry one row, best pairs first, so two near-identical entries
 * (sumpah/janji DPRD provinsi and kabupaten/kota) are told apart.
 */

export interface InPlanMatch {
  /** 0-based sheet row of the plan row that has the entry. */
  readonly row: number;
  /** The block's number as written (null when its No cell is empty). */
  readonly blockNo: number | null;
  /** 0..1: how closely the row's texts match the entry's. */
  readonly score: number;
}

/** Pairs scoring below this are different rows. */
export const MATCH_THRESHOLD = 0.8;

function words(text: string): string[] {
  return foldText(text)
    .split(" ")
    .filter((w) => w !== "");
}

/** Dice coefficient over the word multisets: 1 for the same words, 0 for none in common. */
export function textSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** How well a plan row matches an entry: the kegiatan weighs more than the indicator. */
export function rowScore(entry: CatalogEntry, kegiatan: string, indicator: string): number {
  return 0.6 * textSimilarity(entry.kegiatan, kegiatan) + 0.4 * textSimilarity(entry.indicator, indicator);
}

export function entriesInPlan(plan: Plan, catalog: Catalog): Map<string, InPlanMatch> {
  const names = officeNamesOf(plan);
  const found = new Map<string, InPlanMatch>();
  const byCode = new Map<string, CatalogEntry[]>();
  for (const e of catalog.entries) byCode.set(e.code, [...(byCode.get(e.code) ?? []), filledEntry(e, names)]);

  for (const { block } of realBlocks(plan)) {
    const entries = block.code ? byCode.get(block.code) : undefined;
    if (!entries) continue;
    const pairs: { entry: CatalogEntry; row: number; score: number }[] = [];
    for (const r of realRows(block)) {
      for (const entry of entries) {
        const score = rowScore(entry, r.kegiatan.value, r.indicator.value);
        if (score >= MATCH_THRESHOLD) pairs.push({ entry, row: r.row, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.row - b.row);
    const usedRows = new Set<number>();
    for (const p of pairs) {
      if (usedRows.has(p.row) || found.has(p.entry.id)) continue;
      usedRows.add(p.row);
      found.set(p.entry.id, { row: p.row, blockNo: block.no.value, score: p.score });
    }
  }
  return found;
}
