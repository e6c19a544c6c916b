import type { Finding } from "../../../src/core/findings";
import type { Plan } from "../../../src/core/model";
import { readPlan } from "../../../src/core/reader";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import type { ValidateOptions } from "../../../src/core/validate";
import { validate } from "../../../src/core/validate";
import type { SheetOptions } from "../../helpers/sheet";
import { sheet } from "../../helpers/sheet";

/**
 * The grids of the validator tests: a title block, then a RAK header in row 6, data from row 7.
 *
 *   A No | B Sasaran | C Indikator | D Target | E Kegiatan | F..I TW I..IV | J Biaya | K Pelaksana
 *
 * `MONTH_HEAD` is the seed's layout instead: F..Q B1..B12 | R Biaya | S Pelaksana.
 */
type Cell = CellValue | null;

export const TITLE: readonly (readonly Cell[])[] = [
  ["RENCANA AKSI KINERJA"],
  ["TAHUN 2024"],
  ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"],
  ["Tahun Anggaran", ": 2024"],
  [],
];

export const QUARTER_HEAD: readonly Cell[] = [
  "No",
  "Sasaran strategis",
  "Indikator Kinerja",
  "Target",
  "Kegiatan",
  "TW I",
  "TW II",
  "TW III",
  "TW IV",
  "Perkiraan Biaya (Rp)",
  "Pelaksana",
];

export const MONTH_HEAD: readonly Cell[] = [
  "No",
  "Sasaran strategis",
  "Indikator Kinerja",
  "Target",
  "Kegiatan",
  ...Array.from({ length: 12 }, (_, i) => `B${i + 1}`),
  "Perkiraan Biaya (Rp)",
  "Pelaksana",
];

/** Title block + quarter header + `rows` (the first at sheet row 7). */
export function rak(rows: readonly (readonly Cell[])[], options: SheetOptions = {}): SheetSnapshot {
  return sheet([...TITLE, QUARTER_HEAD, ...rows], options);
}

/** Title block + month header + `rows` (the first at sheet row 7). */
export function rakMonths(rows: readonly (readonly Cell[])[], options: SheetOptions = {}): SheetSnapshot {
  return sheet([...TITLE, MONTH_HEAD, ...rows], options);
}

/** Twelve month cells, "v" in the listed months. */
export function months(...planned: number[]): Cell[] {
  return Array.from({ length: 12 }, (_, i) => (planned.includes(i + 1) ? "v" : null));
}

export function planOf(snapshot: SheetSnapshot): Plan {
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(`the reader found no RAK table: ${read.reason}`);
  return read.plan;
}

export function check(snapshot: SheetSnapshot, options?: ValidateOptions): Finding[] {
  return validate(planOf(snapshot), options);
}

/** "rule severity address", one per finding: what most assertions compare. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} ${f.address}`);
}
