import type { Catalog } from "../../../src/core/catalog";
import type { Edit } from "../../../src/core/edits";
import type { InsertOptions, InsertPlan } from "../../../src/core/insert";
import { applyToSnapshot, planInsert } from "../../../src/core/insert";
import type { Plan } from "../../../src/core/model";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import type { SheetOptions } from "../../helpers/sheet";
import { months, planOf, rakMonths } from "../validate/rakSheet";

/**
 * The insert tests' sheet, the seed's layout under a title (plan year 2024, "Sekretariat KPU Kota
 * Prabumulih"), data from row 7:
 *
 *   A No | B Sasaran | C Indikator | D Target | E Kegiatan | F..Q B1..B12 | R Biaya | S Pelaksana
 *
 *   7-8   1 Perencanaan Program (6709)   merged A/B/R/S, budget 900
 *   9     2 Kampanye (6870)              one row, budget 500
 *   10-11 3 Keuangan (3355)              merged A/B/R/S, budget 300
 *   12    JUMLAH  =SUM(R7:R11)
 *   14    signature
 */
type Cell = CellValue | null;
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export const BLOCK_ROWS: readonly (readonly Cell[])[] = [
  [1, "Perencanaan Program (6709)", "Indikator a", 95, "Kegiatan a", ...months(1, 2, 3), 900, "Subbagian Rendatin"],
  [null, null, "Indikator b", 95, "Kegiatan b", ...months(2), null, null],
  [2, "Kampanye (6870)", "Indikator c", 100, "Kegiatan c", ...months(1), 500, "Subbagian Teknis"],
  [3, "Keuangan (3355)", "Indikator d", 100, "Kegiatan d", ...months(...ALL), 300, "Subbagian Hukum"],
  [null, null, "Indikator e", 100, "Kegiatan e", ...months(...ALL), null, null],
  ["JUMLAH", ...Array(16).fill(null), 1700],
  [],
  [...Array(13).fill(null), "Prabumulih, 2 Januari 2024"],
];

export const BLOCK_MERGES = ["A7:A8", "B7:B8", "R7:R8", "S7:S8", "A10:A11", "B10:B11", "R10:R11", "S10:S11"];

export function blockSheet(options: SheetOptions = {}): SheetSnapshot {
  return rakMonths(BLOCK_ROWS, {
    name: "RAK 2024",
    merges: BLOCK_MERGES,
    formulas: { R12: "=SUM(R7:R11)" },
    numberFormats: { R7: "#,##0", R9: "#,##0", R10: "#,##0", R12: "#,##0" },
    ...options,
  });
}

export interface Inserted {
  readonly result: Extract<InsertPlan, { ok: true }>;
  readonly edits: Edit[];
  /** The sheet after the edits, and the plan read from it. */
  readonly after: SheetSnapshot;
  readonly plan: Plan;
}

export function insert(
  snapshot: SheetSnapshot,
  catalog: Catalog,
  ids: string[],
  options: InsertOptions = {},
): Inserted {
  const result = planInsert(planOf(snapshot), snapshot, catalog, ids, options);
  if (!result.ok) throw new Error(`refused: ${result.reason.key}`);
  const after = applyToSnapshot(snapshot, result.edits);
  return { result, edits: result.edits, after, plan: planOf(after) };
}

/** The row as a list of its non-empty cells, "C13=Indikator", for readable comparisons. */
export function rowText(s: SheetSnapshot, sheetRow: number): string[] {
  const line = s.values[sheetRow - 1 - s.origin.row] ?? [];
  const out: string[] = [];
  line.forEach((v, i) => {
    if (v === "") return;
    const col = String.fromCharCode(65 + s.origin.col + i);
    out.push(`${col}=${String(v)}`);
  });
  return out;
}

export function blockLines(plan: Plan): string[] {
  return plan.blocks.map((b) => `${b.no.value} ${b.code} ${b.firstRow + 1}-${b.lastRow + 1}`);
}

/** A compact list of the edits: "insertRows 12+1", "merge A10:A12", "setValues C12:Q12". */
export function editList(edits: readonly Edit[]): string[] {
  return edits.map((e) => {
    if (e.kind === "insertRows") return `insertRows ${e.row + 1}+${e.count}`;
    if ("address" in e) return `${e.kind} ${e.address}`;
    return `${e.kind} ${e.sheet}`;
  });
}
