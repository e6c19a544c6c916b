import type { Plan, PlanRow } from "../../../src/core/model";
import { readPlan } from "../../../src/core/reader";
import type { SheetOptions } from "../../helpers/sheet";
import { sheet } from "../../helpers/sheet";

/**
 * Columns: A No | B Sasaran | C Indikator | D Target | E Kegiatan | F..Q B1..B12 | R Biaya | S Pelaksana.
 * Row 1 is the header; data from row 2.
 */
// prettier-ignore
export const HEAD = ["No", "Sasaran strategis", "Indikator Kinerja", "Target", "Kegiatan", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12", "Perkiraan Biaya (Rp)", "Pelaksana"];

/** Twelve month cells with "v" in the planned months: `m(1, 2)`. */
export function m(...planned: number[]): string[] {
  return Array.from({ length: 12 }, (_, i) => (planned.includes(i + 1) ? "v" : ""));
}

/** Reads a grid that must hold a RAK table. */
export function read(rows: Parameters<typeof sheet>[0], options?: SheetOptions): Plan {
  const result = readPlan(sheet(rows, options));
  if (!result.ok) throw new Error("no table");
  return result.plan;
}

export function allRows(plan: Plan): PlanRow[] {
  return plan.blocks.flatMap((b) => b.rows);
}
