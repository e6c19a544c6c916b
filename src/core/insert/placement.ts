import { realBlocks, realRows } from "../budget/units";
import type { CatalogEntry } from "../catalog/types";
import type { Plan, PlanBlock } from "../model";

/**
 * Where each chosen entry goes. Entries whose code has a block go at the end of that block (the
 * lowest one, if the code has several), above its subtotal row if it has one. Entries of a code no
 * block has start a new block, one per code, placed in the catalog's code order: after the last
 * block whose code comes earlier in that order, else before the first block whose code comes
 * later, else at the end of the table. Codes the catalog does not list are passed over.
 */

export interface ExistingTarget {
  readonly kind: "existing";
  readonly code: string;
  readonly block: PlanBlock;
  /** Position among the plan's sasaran blocks, 0-based. */
  readonly position: number;
  /** Blocks of the same code, when there are several (numbers as written). */
  readonly sharedWith: readonly PlanBlock[];
  /** The sheet row, as read, the new rows go above. */
  readonly at: number;
  readonly entries: CatalogEntry[];
}

export interface NewBlockTarget {
  readonly kind: "new";
  readonly code: string;
  /** The number of sasaran blocks that come before it in the final table. */
  readonly before: number;
  readonly at: number;
  /** The row above `at` is no data row (the header, or a subtotal row): its formats won't do. */
  readonly plainAbove: boolean;
  readonly entries: CatalogEntry[];
}

export type Target = ExistingTarget | NewBlockTarget;

/** The row just under a block: its subtotal row's next row, or its last row's. */
function rowAfter(block: PlanBlock): number {
  if (block.subtotalRow) return block.subtotalRow.row + 1;
  const rows = realRows(block);
  return (rows[rows.length - 1]?.row ?? block.lastRow) + 1;
}

export function placeEntries(plan: Plan, entries: readonly CatalogEntry[], order: readonly string[]): Target[] {
  const blocks = realBlocks(plan).map((b) => b.block);
  const targets: Target[] = [];
  const byCode = new Map<string, Target>();
  const rank = (code: string | null): number => (code === null ? -1 : order.indexOf(code));

  for (const entry of entries) {
    const known = byCode.get(entry.code);
    if (known) {
      known.entries.push(entry);
      continue;
    }
    const same = blocks.filter((b) => b.code === entry.code);
    let target: Target;
    const last = same[same.length - 1];
    if (last) {
      const rows = realRows(last);
      target = {
        kind: "existing",
        code: entry.code,
        block: last,
        position: blocks.indexOf(last),
        sharedWith: same.length > 1 ? same : [],
        at: (rows[rows.length - 1]?.row ?? last.lastRow) + 1,
        entries: [entry],
      };
    } else {
      const mine = rank(entry.code);
      const earlier = blocks.filter((b) => rank(b.code) >= 0 && mine >= 0 && rank(b.code) < mine);
      const later = blocks.filter((b) => rank(b.code) >= 0 && mine >= 0 && rank(b.code) > mine);
      const after = earlier[earlier.length - 1];
      let before: number;
      let at: number;
      let plainAbove: boolean;
      if (after) {
        before = blocks.indexOf(after) + 1;
        at = rowAfter(after);
        plainAbove = after.subtotalRow !== undefined;
      } else if (later[0]) {
        before = blocks.indexOf(later[0]);
        at = later[0].firstRow;
        const above = blocks[before - 1];
        plainAbove = above ? above.subtotalRow !== undefined : at <= plan.firstDataRow;
      } else {
        const lastBlock = blocks[blocks.length - 1];
        before = blocks.length;
        at = lastBlock ? rowAfter(lastBlock) : plan.firstDataRow;
        plainAbove = lastBlock ? lastBlock.subtotalRow !== undefined : true;
      }
      target = { kind: "new", code: entry.code, before, at, plainAbove, entries: [entry] };
    }
    byCode.set(entry.code, target);
    targets.push(target);
  }
  return targets;
}
