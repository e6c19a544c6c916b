import type { Money, Plan, PlanBlock, PlanRow } from "../model";

/**
 * A budget unit: one cell that holds an amount, with the rows that amount pays for. Where the table
 * has one budget per sasaran (block layout) a unit is a block; where it has one per row, a unit is
 * a row (or the rows a merged budget cell covers). Every total, split and spread is worked out per
 * unit, so the two layouts share one set of rules and one set of formulas.
 */
export interface BudgetUnit {
  /** Index of the block in `plan.blocks`. */
  readonly blockIndex: number;
  readonly block: PlanBlock;
  /** The cell the amount is read from (the master cell of a merged budget). */
  readonly money: Money;
  /** Whole rupiah; null when the cell is empty, an error or unreadable. */
  readonly amount: number | null;
  /** The rows the amount pays for, subtotal rows left out. */
  readonly rows: readonly PlanRow[];
  /** Planned periods of those rows, united, ascending. */
  readonly periods: readonly number[];
}

const SUBTOTAL_FORMULA = /^=\s*SUBTOTAL\s*\(/i;

/**
 * A subtotal row (Rakit's "Subtotal Sasaran n" under a block, or one the user made the same way):
 * its budget cell sums the rows above with SUBTOTAL, so its amount is not a budget of its own. The
 * reader records such rows on their block (`PlanBlock.subtotalRow`), not as data; this check stays
 * for plans built otherwise (a subtotal row that plans a month is read as data), and every sum here
 * leaves them out.
 */
export function isSubtotalRow(row: PlanRow): boolean {
  return row.budget !== null && row.budget.formula !== null && SUBTOTAL_FORMULA.test(row.budget.formula);
}

/** The block's rows without subtotal rows. */
export function realRows(block: PlanBlock): PlanRow[] {
  return block.rows.filter((r) => !isSubtotalRow(r));
}

/** A block made of nothing but subtotal rows: the reader's reading of a subtotal row under a block. */
export function isSubtotalBlock(block: PlanBlock): boolean {
  return block.rows.length > 0 && block.rows.every(isSubtotalRow);
}

/** The blocks that are sasaran, with their indexes in `plan.blocks`. */
export function realBlocks(plan: Plan): { block: PlanBlock; index: number }[] {
  return plan.blocks.map((block, index) => ({ block, index })).filter(({ block }) => !isSubtotalBlock(block));
}

function unitedPeriods(rows: readonly PlanRow[]): number[] {
  const set = new Set<number>();
  for (const r of rows) for (const p of r.periods) set.add(p);
  return [...set].sort((a, b) => a - b);
}

function unit(blockIndex: number, block: PlanBlock, money: Money, rows: readonly PlanRow[]): BudgetUnit {
  return { blockIndex, block, money, amount: money.amount, rows, periods: unitedPeriods(rows) };
}

/** The plan's budget units, top to bottom. A table without a budget column has none. */
export function budgetUnits(plan: Plan): BudgetUnit[] {
  if (plan.header.budgetCol === null || plan.budgetLayout === "none") return [];
  const units: BudgetUnit[] = [];
  for (const { block, index } of realBlocks(plan)) {
    const rows = realRows(block);
    if (plan.budgetLayout === "block") {
      if (block.budgetCell) units.push(unit(index, block, block.budgetCell, rows));
      continue;
    }
    // Row layout: a row with a cell of its own starts a unit; a row under a budget merged down from
    // above belongs to the unit of that merge.
    let money: Money | null = null;
    let covered: PlanRow[] = [];
    for (const row of rows) {
      if (row.budget !== null) {
        if (money) units.push(unit(index, block, money, covered));
        money = row.budget;
        covered = [row];
      } else if (money) {
        covered.push(row);
      }
    }
    if (money) units.push(unit(index, block, money, covered));
  }
  return units;
}

/** Pelaksana names compare without case and extra spaces: "Subbagian  Rendatin " is "Subbagian Rendatin". */
export function pelaksanaKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}

export function pelaksanaName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

export interface PelaksanaWeight {
  readonly key: string;
  /** As first written. */
  readonly name: string;
  /** How many of the unit's rows name this pelaksana. */
  readonly rows: number;
}

/**
 * Who carries out a unit's rows, in order of first appearance, with their row counts. Rows without
 * a pelaksana take no share while some row names one (the money belongs to someone named); a unit
 * where no row names one goes to "" (no pelaksana).
 */
export function pelaksanaWeights(unit: BudgetUnit): PelaksanaWeight[] {
  const byKey = new Map<string, { key: string; name: string; rows: number }>();
  for (const row of unit.rows) {
    const key = pelaksanaKey(row.pelaksana.value);
    if (key === "") continue;
    const seen = byKey.get(key);
    if (seen) seen.rows++;
    else byKey.set(key, { key, name: pelaksanaName(row.pelaksana.value), rows: 1 });
  }
  if (byKey.size === 0) return [{ key: "", name: "", rows: Math.max(1, unit.rows.length) }];
  return [...byKey.values()];
}
