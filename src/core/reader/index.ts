import type { Plan, TotalRow } from "../model";
import { a1 } from "../address";
import type { SheetSnapshot } from "../snapshot";
import { readBlocks } from "./blocks";
import { findDataExtent } from "./extent";
import { Grid } from "./grid";
import type { FindHeaderOptions } from "./header";
import { findHeaderIn } from "./header";
import { buildMeta, readMetaAbove } from "./meta";
import { readMoney } from "./money";
import { readSignature } from "./signature";

export { findHeader } from "./header";
export type { FindHeaderOptions } from "./header";
export { parseMoneyText } from "./money";
export { parseTargetText } from "./target";
export { periodKind } from "./periods";

export type ReadOptions = FindHeaderOptions;

export type ReadResult =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly reason: "no-table" };

/**
 * Reads a RAK sheet into a plan: finds the table by its header words, then the meta above it,
 * the blocks and rows in it, the total row and the signature block below it.
 */
export function readPlan(snapshot: SheetSnapshot, options: ReadOptions = {}): ReadResult {
  const grid = new Grid(snapshot);
  const header = findHeaderIn(grid, options);
  if (!header) return { ok: false, reason: "no-table" };

  const extent = findDataExtent(grid, header);
  const { blocks, budgetLayout } = readBlocks(grid, header, extent);

  let total: TotalRow | null = null;
  if (extent.totalRow !== null && extent.totalLabel) {
    const l = extent.totalLabel;
    total = {
      row: extent.totalRow,
      label: { value: l.text, address: a1(l.row, l.col), row: l.row, col: l.col },
      amount: header.budgetCol !== null ? readMoney(grid, extent.totalRow, header.budgetCol) : null,
    };
  }

  const below = (extent.totalRow ?? Math.max(extent.lastRow, header.numberRow ?? header.lastRow)) + 1;
  const meta = buildMeta(readMetaAbove(grid, header.firstRow), readSignature(grid, below));

  let totalBudget = 0;
  for (const b of blocks) if (b.budget !== null) totalBudget += b.budget;

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
