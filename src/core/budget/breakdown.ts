import type { Plan, PlanBlock } from "../model";
import { periodCount } from "./periods";
import type { Share } from "./share";
import { evenShares, weightedShares, wholeShare } from "./share";
import type { BudgetUnit } from "./units";
import { budgetUnits, pelaksanaWeights, realBlocks } from "./units";

/**
 * Where every rupiah of the plan goes, as shares of budget cells: per sasaran, per pelaksana, per
 * period, and what no period takes. `refOf` names a unit's cell in formulas; computeTotals passes a
 * dummy and only adds the amounts, the Rekap sheet passes `'RAK 2024'!R10` and writes the formulas.
 * Both come from this one function, so the sheet recomputes exactly the numbers the pane shows.
 */

export interface BlockPart {
  readonly block: PlanBlock;
  /** Its number as written, or its position among the sasaran when the No cell is empty. */
  readonly no: number;
  readonly units: readonly BudgetUnit[];
  /** Sum of the known amounts; null when none of its budget cells holds one. */
  readonly budget: number | null;
}

export interface PelaksanaPart {
  readonly key: string;
  /** As first written; "" for rows without a pelaksana. */
  readonly name: string;
  readonly shares: Share[];
  /** Sasaran numbers whose budget this pelaksana shares with others (split by row count). */
  readonly splitBlocks: number[];
}

export interface Breakdown {
  readonly blocks: readonly BlockPart[];
  readonly pelaksana: readonly PelaksanaPart[];
  /** Index 0 is period 1. */
  readonly periods: readonly Share[][];
  /** The sasaran numbers with a share in each period, index 0 is period 1. */
  readonly periodBlocks: readonly number[][];
  readonly unscheduled: readonly Share[];
  /** Sasaran numbers with an amount but no planned period. */
  readonly unscheduledBlocks: readonly number[];
  /** Budget cells that hold no readable amount (empty ones left out): they count as nothing. */
  readonly unreadable: readonly BudgetUnit[];
  readonly total: number;
}

function isBlankRaw(raw: unknown): boolean {
  return raw === "" || (typeof raw === "string" && raw.trim() === "");
}

export function breakdown(plan: Plan, refOf: (unit: BudgetUnit) => string): Breakdown {
  const units = budgetUnits(plan);
  const reals = realBlocks(plan);
  const noOf = new Map<number, number>();
  reals.forEach(({ block, index }, pos) => noOf.set(index, block.no.value ?? pos + 1));

  const blocks: BlockPart[] = reals.map(({ block, index }) => {
    const own = units.filter((u) => u.blockIndex === index);
    const known = own.filter((u) => u.amount !== null);
    const budget = known.length > 0 ? known.reduce((s, u) => s + (u.amount as number), 0) : null;
    return { block, no: noOf.get(index) as number, units: own, budget };
  });

  const pelaksana = new Map<string, PelaksanaPart>();
  const periods: Share[][] = Array.from({ length: periodCount(plan.header.periodKind) }, () => []);
  const periodBlocks: number[][] = periods.map(() => []);
  const hasPeriods = plan.header.periodKind !== "none";
  const unscheduled: Share[] = [];
  const unscheduledBlocks: number[] = [];
  const unreadable: BudgetUnit[] = [];
  let total = 0;

  for (const unit of units) {
    const amount = unit.amount;
    if (amount === null) {
      if (!isBlankRaw(unit.money.raw)) unreadable.push(unit);
      continue;
    }
    const ref = refOf(unit);
    const no = noOf.get(unit.blockIndex) as number;
    total += amount;

    const weights = pelaksanaWeights(unit);
    const split = weights.length > 1;
    const shares = split
      ? weightedShares(
          amount,
          weights.map((w) => w.rows),
          ref,
        )
      : [wholeShare(amount, ref)];
    weights.forEach((w, i) => {
      let part = pelaksana.get(w.key);
      if (!part) {
        part = { key: w.key, name: w.name, shares: [], splitBlocks: [] };
        pelaksana.set(w.key, part);
      }
      part.shares.push(shares[i] as Share);
      if (split && !part.splitBlocks.includes(no)) part.splitBlocks.push(no);
    });

    if (unit.periods.length === 0) {
      // A table without month or quarter columns has no schedule to miss: not "belum terjadwal".
      if (!hasPeriods) continue;
      unscheduled.push(wholeShare(amount, ref));
      if (!unscheduledBlocks.includes(no)) unscheduledBlocks.push(no);
      continue;
    }
    const spread = evenShares(amount, unit.periods.length, ref);
    unit.periods.forEach((p, i) => {
      periods[p - 1]?.push(spread[i] as Share);
      const nos = periodBlocks[p - 1];
      if (nos && !nos.includes(no)) nos.push(no);
    });
  }

  return {
    blocks,
    pelaksana: [...pelaksana.values()],
    periods,
    periodBlocks,
    unscheduled,
    unscheduledBlocks,
    unreadable,
    total,
  };
}
