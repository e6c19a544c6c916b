import type { Plan, PlanBlock, TotalRow } from "../model";
import { a1 } from "../address";
import type { SheetSnapshot } from "../snapshot";
import { readBlocks } from "./blocks";
import { findDataExtent } from "./extent";
import { Grid } from "./grid";
import type { FindHeaderOptions } from "./header";
import { findHeaderIn, targetForYear } from "./header";
import { buildMeta, readMetaAbove } from "./meta";
import { readMoney } from "./money";
import { diagnoseNoTable, type NoTableDiagnosis } from "./noTable";
import { readSignature } from "./signature";
import { readSubtotalRow } from "./subtotal";

export { findHeader } from "./header";
export type { FindHeaderOptions } from "./header";
export { parseMoneyText } from "./money";
export { parseTargetText } from "./target";
export { periodKind } from "./periods";
export type { NoTableDiagnosis } from "./noTable";

export type ReadOptions = FindHeaderOptions;

export type ReadResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly reason: "no-table"; readonly diagnosis: NoTableDiagnosis };

/**
 * Reads a RAK sheet into a plan: finds the table by its header words, then the meta above it,
 * the blocks and rows in it, the total row and the signature block below it. Without a table, says
 * which header words it found and which it missed.
 */
export function readPlan(snapshot: SheetSnapshot, options: ReadOptions = {}): ReadResult {
  const grid = new Grid(snapshot);
  const found = findHeaderIn(grid, options);
  if (!found) return { ok: false, reason: "no-table", diagnosis: diagnoseNoTable(grid, options) };

  const above = readMetaAbove(grid, found.firstRow);
  const header = targetForYear(found, above.year?.value ?? above.tahunAnggaran?.value ?? null);
  const extent = findDataExtent(grid, header);
  const read = readBlocks(grid, header, extent);
  let blocks = read.blocks;
  const { budgetLayout } = read;

  let total: TotalRow | null = null;
  if (extent.totalRow !== null && extent.totalLabel) {
    const l = extent.totalLabel;
    total = {
      row: extent.totalRow,
      label: { value: l.text, address: a1(l.row, l.col), row: l.row, col: l.col },
      amount: header.budgetCol !== null ? readMoney(grid, extent.totalRow, header.budgetCol) : null,
    };
    const last = lastBlockSubtotal(blocks, total);
    if (last && header.budgetCol !== null) {
      blocks = [...blocks.slice(0, -1), { ...last, subtotalRow: readSubtotalRow(grid, header, total.row) }];
      total = null;
    }
  }

  const below = (extent.totalRow ?? Math.max(extent.lastRow, header.numberRow ?? header.lastRow)) + 1;
  const meta = buildMeta(above, readSignature(grid, below));

  let totalBudget: number | null = null;
  if (budgetLayout !== "none") {
    totalBudget = 0;
    for (const b of blocks) if (b.budget !== null) totalBudget += b.budget;
  }

  return {
    ok: true,
    plan: {
      sheet: snapshot.sheet,
      header,
      meta,
      budgetLayout,
      blocks,
      firstDataRow: extent.firstRow,
      lastDataRow: extent.lastRow,
      total,
      totalBudget,
    },
  };
}

/**
 * Where every sasaran but the last ends in its own "Jumlah" row, the "Jumlah" under the last one is
 * its subtotal too, not the total of the table: its amount is the last sasaran's budget, not the sum
 * of all. Returns the last block when that is so.
 */
function lastBlockSubtotal(blocks: readonly PlanBlock[], total: TotalRow): PlanBlock | null {
  const last = blocks[blocks.length - 1];
  const amount = total.amount?.amount ?? null;
  if (!last || blocks.length < 2 || amount === null || last.subtotalRow || last.budget === null) return null;
  if (!blocks.slice(0, -1).every((b) => b.subtotalRow)) return null;
  const sum = blocks.reduce((s, b) => s + (b.budget ?? 0), 0);
  return amount === last.budget && amount !== sum ? last : null;
}
