import type { Edit } from "../edits";
import type { Plan, PlanBlock } from "../model";
import type { Grid } from "../reader/grid";
import { blockEnd, blockNumber } from "./blocks";
import type { CellWrites } from "./cellWrites";
import type { DropReason, ProposedDrop, RolloverChange, RolloverNote, StageYears } from "./types";

/**
 * Blocks whose kegiatan code is stage-bound (per the catalog) and whose stage does not run in the
 * new year. Routine and unknown codes are never proposed.
 */
export function proposeDrops(plan: Plan, year: number, stageYears: StageYears): ProposedDrop[] {
  const out: ProposedDrop[] = [];
  for (const [i, block] of plan.blocks.entries()) {
    if (block.code === null) continue;
    const years = stageYears(block.code);
    if (years === null || years.length === 0 || years.includes(year)) continue;
    const end = blockEnd(block);
    out.push({
      no: blockNumber(block, i),
      code: block.code,
      title: block.title.value,
      reason: dropReason(years, year),
      stageYears: [...years].sort((a, b) => a - b),
      firstRow: block.firstRow,
      lastRow: end,
      rows: block.rows.length,
    });
  }
  return out;
}

function dropReason(years: readonly number[], year: number): DropReason {
  if (years.every((y) => y < year)) return "stageEnded";
  if (years.every((y) => y > year)) return "stageNotStarted";
  return "stageOutside";
}

export interface DropResult {
  readonly kept: PlanBlock[];
  readonly dropped: { readonly block: PlanBlock; readonly no: number }[];
  /** deleteRows, bottom-up, so each one's rows are still where the plan says. */
  readonly deletes: Edit[];
  readonly changes: RolloverChange[];
  readonly notes: RolloverNote[];
}

/**
 * Drops the blocks the user agreed to (any block: the proposals are only proposals) and numbers the
 * blocks that stay 1, 2, 3... again. Numbers the user gave that match no block are reported.
 */
export function planDrops(
  plan: Plan,
  grid: Grid,
  dropBlocks: readonly number[],
  sheet: string,
  writes: CellWrites,
): DropResult {
  const wanted = new Set(dropBlocks);
  const kept: PlanBlock[] = [];
  const dropped: { block: PlanBlock; no: number }[] = [];
  for (const [i, block] of plan.blocks.entries()) {
    const no = blockNumber(block, i);
    if (wanted.has(no)) dropped.push({ block, no });
    else kept.push(block);
  }
  const notes: RolloverNote[] = [];
  const known = new Set(dropped.map((d) => d.no));
  for (const no of wanted) if (!known.has(no)) notes.push({ kind: "unknownBlock", no });

  const changes: RolloverChange[] = [];
  const deletes: Edit[] = [];
  for (const { block, no } of [...dropped].sort((a, b) => b.block.firstRow - a.block.firstRow)) {
    const end = blockEnd(block);
    deletes.push({ kind: "deleteRows", sheet, row: block.firstRow, count: end - block.firstRow + 1 });
    changes.push({ kind: "dropped", no, code: block.code, firstRow: block.firstRow, lastRow: end });
  }
  changes.reverse();

  if (dropped.length > 0) {
    for (const [i, block] of kept.entries()) {
      const from = block.no.value;
      if (from === null || from === i + 1) continue;
      writes.set(block.no.row, block.no.col, i + 1);
      // Without merges an office may repeat the number on every row of the block.
      for (let r = block.no.row + 1; r <= blockEnd(block); r++)
        if (grid.value(r, block.no.col) === from && grid.formula(r, block.no.col) === "")
          writes.set(r, block.no.col, i + 1);
      changes.push({ kind: "renumbered", from, to: i + 1 });
    }
  }
  return { kept, dropped, deletes, changes, notes };
}

/** Where a row of the new sheet ends up once the dropped blocks' rows are gone. */
export function rowAfterDrops(row: number, dropped: readonly { readonly block: PlanBlock }[]): number {
  let shift = 0;
  for (const { block } of dropped) if (blockEnd(block) < row) shift += blockEnd(block) - block.firstRow + 1;
  return row - shift;
}
