import type { PeriodKind, Plan } from "../model";
import { breakdown } from "./breakdown";
import { periodLabels, quarterLabel, quarterOfMonth } from "./periods";
import { sumAmounts } from "./share";

/**
 * The plan's budget totals, plain JSON (what `rakit totals --json` prints). All amounts are whole
 * rupiah and every breakdown adds up exactly: byBlock, byCode and byPelaksana to `total`, byPeriod
 * (and byQuarter) to `total - unscheduled`.
 */
export interface BudgetTotals {
  /** The plan's budget; null when its table has no budget column at all (not "Rp 0"). */
  readonly total: number | null;
  readonly periodKind: PeriodKind;
  readonly byBlock: readonly BlockTotal[];
  readonly byCode: readonly CodeTotal[];
  readonly byPelaksana: readonly PelaksanaTotal[];
  readonly byPeriod: readonly PeriodTotal[];
  /** The months folded into quarters (B1-B3 is TW I); for a quarterly table, byPeriod itself. */
  readonly byQuarter: readonly PeriodTotal[];
  /** The budget of sasaran (or rows) with no period planned. */
  readonly unscheduled: number;
  readonly unscheduledBlocks: readonly number[];
  /** Budget cells holding something that is not an amount (an error, unreadable text): counted as nothing. */
  readonly unreadable: readonly string[];
}

export interface BlockTotal {
  /** As written, or the sasaran's position when its No cell is empty. */
  readonly no: number;
  readonly code: string | null;
  readonly title: string;
  /** null when the sasaran has no readable budget. */
  readonly budget: number | null;
  /** 1-based sheet row of its first row. */
  readonly row: number;
}

export interface CodeTotal {
  readonly code: string | null;
  readonly budget: number;
  readonly blocks: readonly number[];
}

export interface PelaksanaTotal {
  /** As first written; "" for rows without a pelaksana. */
  readonly pelaksana: string;
  readonly budget: number;
  /** Part of this amount is a share of a sasaran budget split between pelaksana by row count. */
  readonly split: boolean;
  readonly splitBlocks: readonly number[];
}

export interface PeriodTotal {
  /** 1..12 or 1..4. */
  readonly period: number;
  readonly label: string;
  readonly budget: number;
}

export function computeTotals(plan: Plan): BudgetTotals {
  const b = breakdown(plan, () => "");
  const kind = plan.header.periodKind;

  const byBlock: BlockTotal[] = b.blocks.map((p) => ({
    no: p.no,
    code: p.block.code,
    title: p.block.title.value,
    budget: p.budget,
    row: p.block.firstRow + 1,
  }));

  const codes = new Map<string, { code: string | null; budget: number; blocks: number[] }>();
  for (const p of b.blocks) {
    const key = p.block.code ?? "";
    const entry = codes.get(key) ?? { code: p.block.code, budget: 0, blocks: [] };
    entry.budget += p.budget ?? 0;
    entry.blocks.push(p.no);
    codes.set(key, entry);
  }

  const labels = periodLabels(plan);
  const byPeriod: PeriodTotal[] = b.periods.map((shares, i) => ({
    period: i + 1,
    label: labels[i] ?? String(i + 1),
    budget: sumAmounts(shares),
  }));
  const byQuarter: PeriodTotal[] =
    kind === "quarter"
      ? byPeriod
      : kind === "none"
        ? []
        : [1, 2, 3, 4].map((q) => ({
            period: q,
            label: quarterLabel(q),
            budget: byPeriod.filter((p) => quarterOfMonth(p.period) === q).reduce((s, p) => s + p.budget, 0),
          }));

  return {
    total: plan.budgetLayout === "none" ? null : b.total,
    periodKind: kind,
    byBlock,
    // Without a budget column there is nothing to add up per code (not "Rp 0" per code).
    byCode: plan.budgetLayout === "none" ? [] : [...codes.values()],
    byPelaksana: b.pelaksana.map((p) => ({
      pelaksana: p.name,
      budget: sumAmounts(p.shares),
      split: p.splitBlocks.length > 0,
      splitBlocks: p.splitBlocks,
    })),
    byPeriod,
    byQuarter,
    unscheduled: sumAmounts(b.unscheduled),
    unscheduledBlocks: b.unscheduledBlocks,
    unreadable: b.unreadable.map((u) => u.money.address),
  };
}
