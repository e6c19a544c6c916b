import type { HeaderRole } from "./aliases";
import type { Grid } from "./grid";
import { cellText } from "./grid";
import type { FindHeaderOptions } from "./header";
import { rowRoles, MIN_ROLES } from "./header";

/** A column kind a RAK header names: the roles, with the months (or quarters) as one. */
export type HeaderKind = Exclude<HeaderRole, "periodGroup" | "other">;

export interface FoundHeaderWord {
  readonly kind: HeaderKind;
  /** As written in the cell. */
  readonly label: string;
}

/**
 * Why a sheet has no RAK table, for a message that helps: the row that came closest to a header
 * (the most header words), the words found on it, and what a header still needs there.
 */
export interface NoTableDiagnosis {
  /** 0-based row, or null when no row holds a single header word. */
  readonly row: number | null;
  readonly found: readonly FoundHeaderWord[];
  /** An Indikator or Kegiatan column: a table without either has nothing to plan. */
  readonly needsBody: boolean;
  /** How many more kinds of column a header needs (it needs three), beyond the body. */
  readonly needsMore: number;
}

/** The order kinds are named in, as a RAK lays out its columns. */
const ORDER: readonly HeaderKind[] = [
  "no",
  "sasaran",
  "indikator",
  "target",
  "kegiatan",
  "period",
  "budget",
  "pelaksana",
];

export function diagnoseNoTable(grid: Grid, options: FindHeaderOptions = {}): NoTableDiagnosis {
  let best: number | null = null;
  let bestRoles = new Map<HeaderKind, string>();
  const rows =
    options.headerRow !== undefined
      ? [options.headerRow]
      : Array.from({ length: Math.max(0, grid.bottom - grid.top + 1) }, (_, i) => grid.top + i);
  for (const r of rows) {
    const roles = rowRoles(grid, r);
    if (roles.size > bestRoles.size) {
      best = r;
      bestRoles = new Map();
      for (const [role, col] of roles)
        bestRoles.set(role as HeaderKind, cellText(grid.value(r, col)).replace(/\s+/g, " ").trim());
    }
  }
  const found = ORDER.filter((k) => bestRoles.has(k)).map((kind) => ({ kind, label: bestRoles.get(kind) as string }));
  const needsBody = !bestRoles.has("indikator") && !bestRoles.has("kegiatan");
  const counted = bestRoles.size + (needsBody ? 1 : 0);
  return { row: best, found, needsBody, needsMore: Math.max(0, MIN_ROLES - counted) };
}
