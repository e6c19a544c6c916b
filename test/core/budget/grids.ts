import type { Plan } from "../../../src/core/model";
import { readPlan } from "../../../src/core/reader";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import type { SheetOptions } from "../../helpers/sheet";
import { sheet } from "../../helpers/sheet";

/**
 * The grids of the budget tests, laid out like the seed:
 *
 *   A No | B Sasaran | C Indikator | D Target | E Kegiatan | F..Q B1..B12 | R Biaya | S Pelaksana
 *
 * Row 1 is the header, data from row 2. `TW_HEAD` has F..I TW I..IV, J Biaya, K Pelaksana.
 */
type Cell = CellValue | null;

// prettier-ignore
export const HEAD: readonly Cell[] = ["No", "Sasaran strategis", "Indikator Kinerja", "Target", "Kegiatan", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12", "Perkiraan Biaya (Rp)", "Pelaksana"];
// prettier-ignore
export const TW_HEAD: readonly Cell[] = ["No", "Sasaran strategis", "Indikator Kinerja", "Target", "Kegiatan", "TW I", "TW II", "TW III", "TW IV", "Perkiraan Biaya (Rp)", "Pelaksana"];

/** Twelve month cells, "v" in the planned months: `m(1, 2)`. */
export function m(...planned: number[]): Cell[] {
  return Array.from({ length: 12 }, (_, i) => (planned.includes(i + 1) ? "v" : null));
}

/** Four quarter cells. */
export function q(...planned: number[]): Cell[] {
  return Array.from({ length: 4 }, (_, i) => (planned.includes(i + 1) ? "v" : null));
}

export function rak(rows: readonly (readonly Cell[])[], options: SheetOptions = {}): SheetSnapshot {
  return sheet([HEAD, ...rows], { name: "RAK 2024", ...options });
}

export function planOf(snapshot: SheetSnapshot): Plan {
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(`the reader found no RAK table: ${read.reason}`);
  return read.plan;
}

/**
 * Two sasaran with one budget each (merged R2:R4), three pelaksana, a sasaran without months, and a
 * signature block two rows under the table.
 */
export function blockSheet(extra: readonly (readonly Cell[])[] = [], options: SheetOptions = {}): SheetSnapshot {
  return rak(
    [
      [1, "Perencanaan Program (6709)", "Indikator a", 95, "Kegiatan a", ...m(1, 2, 3), 900, "Subbagian Rendatin"],
      [null, null, "Indikator b", 95, "Kegiatan b", ...m(2), null, "Subbagian Hukum"],
      [null, null, "Indikator c", 90, "Kegiatan c", ...m(3), null, "Subbagian Rendatin"],
      [2, "Penetapan Hasil (6982)", "Indikator d", 100, "Kegiatan d", ...m(), 1001, "Semua Subbagian"],
      ...extra,
      [],
      [null, null, null, null, null, null, null, null, null, null, null, null, null, "Prabumulih, 2 Januari 2024"],
      [null, null, null, null, null, null, null, null, null, null, null, null, null, "SEKRETARIS,"],
    ],
    { merges: ["A2:A4", "B2:B4", "R2:R4"], numberFormats: { R2: "#,##0", R5: "#,##0" }, ...options },
  );
}

/** Budgets per row: sasaran 1 in rows 2-4, sasaran 2 in rows 5-6; no total row. */
export function rowSheet(extra: readonly (readonly Cell[])[] = [], options: SheetOptions = {}): SheetSnapshot {
  return rak(
    [
      [1, "Perencanaan Program (6709)", "Indikator a", 95, "Kegiatan a", ...m(1, 2, 3), 300, "Subbagian Rendatin"],
      [null, null, "Indikator b", 95, "Kegiatan b", ...m(2), 250, "Subbagian Hukum"],
      [null, null, "Indikator c", 90, "Kegiatan c", ...m(12), 101, "Subbagian Rendatin"],
      [2, "Kampanye (6870)", "Indikator d", 100, "Kegiatan d", ...m(4, 5), 1000, "Subbagian Teknis"],
      [null, null, "Indikator e", 100, "Kegiatan e", ...m(), 7, "Subbagian Teknis"],
      ...extra,
      [],
      [null, null, null, null, null, null, null, null, null, null, null, null, null, "Prabumulih, 2 Januari 2024"],
    ],
    { merges: ["A2:A4", "B2:B4", "A5:A6", "B5:B6"], ...options },
  );
}
