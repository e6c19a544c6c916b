import type { Plan, PlanBlock } from "../model";

/** A block's number as the user knows it: its No, or its place in the table when No is blank. */
export function blockNumber(block: PlanBlock, index: number): number {
  return block.no.value ?? index + 1;
}

/** A block's last row, its subtotal row included. */
export function blockEnd(block: PlanBlock): number {
  return Math.max(block.lastRow, block.subtotalRow?.row ?? -1);
}

/** The number of the block whose rows hold `row`, or null outside the blocks. */
export function blockAt(plan: Plan, row: number): number | null {
  for (const [i, b] of plan.blocks.entries()) if (row >= b.firstRow && row <= blockEnd(b)) return blockNumber(b, i);
  return null;
}

/** The table's last row: its total row, else the last data or subtotal row. */
export function tableEnd(plan: Plan): number {
  let end = Math.max(plan.lastDataRow, plan.header.numberRow ?? plan.header.lastRow);
  for (const b of plan.blocks) end = Math.max(end, b.lastRow, b.subtotalRow?.row ?? -1);
  if (plan.total) end = Math.max(end, plan.total.row);
  return end;
}
