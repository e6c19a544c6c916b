import { rangeA1 } from "../address";
import type { Edit } from "../edits";
import type { Money, Plan, PlanBlock, PlanRow } from "../model";
import type { CellWrites } from "./cellWrites";
import type { ClearChoice, RolloverChange, RolloverNote } from "./types";

export interface ClearResult {
  readonly edits: Edit[];
  readonly changes: RolloverChange[];
  readonly notes: RolloverNote[];
}

/**
 * Empties what the user chose to start afresh, in the blocks that stay. Month marks are written as
 * one rectangle per run of marked cells in a row; targets and budgets cell by cell (a merged budget
 * is written at its top-left cell only). A budget that is a formula computes from elsewhere and is
 * left, with a note.
 */
export function planClears(
  plan: Plan,
  kept: readonly PlanBlock[],
  clear: ClearChoice,
  sheet: string,
  writes: CellWrites,
): ClearResult {
  const edits: Edit[] = [];
  const changes: RolloverChange[] = [];
  const notes: RolloverNote[] = [];
  const rows = kept.flatMap((b) => b.rows);

  if (clear.months) {
    let cells = 0;
    for (const row of rows) {
      for (const run of markedRuns(row)) {
        edits.push({
          kind: "setValues",
          sheet,
          address: rangeA1({ top: row.row, bottom: row.row, left: run.left, right: run.right }),
          values: [Array.from({ length: run.right - run.left + 1 }, () => "")],
        });
        cells += run.right - run.left + 1;
      }
    }
    // A quarterly plan's marks are quarters; the change line says so.
    const quarters = plan.header.periodKind === "quarter";
    changes.push({ kind: "cleared", what: "months", cells, ...(quarters ? { quarters } : {}) });
  }

  if (clear.targets) {
    const seen = new Set<string>();
    for (const row of rows) {
      const t = row.target;
      if (t.value.raw === "" || seen.has(t.address)) continue;
      seen.add(t.address);
      writes.set(t.row, t.col, "");
    }
    changes.push({ kind: "cleared", what: "targets", cells: seen.size });
  }

  if (clear.budget) {
    const seen = new Set<string>();
    let cells = 0;
    const clearMoney = (m: Money | null): void => {
      if (!m || m.raw === "" || seen.has(m.address)) return;
      seen.add(m.address);
      if (m.formula !== null) {
        notes.push({ kind: "formulaKept", address: m.address, what: "budget" });
        return;
      }
      writes.set(m.row, m.col, "");
      cells++;
    };
    for (const block of kept) clearMoney(block.budgetCell);
    for (const row of rows) clearMoney(row.budget);
    changes.push({ kind: "cleared", what: "budget", cells });
  }
  return { edits, changes, notes };
}

/** Columns of a row's marked (non-empty) period cells, as runs of adjacent columns. */
function markedRuns(row: PlanRow): { left: number; right: number }[] {
  const cols = row.periodCells
    .filter((p) => p.kind !== "empty")
    .map((p) => p.col)
    .sort((a, b) => a - b);
  const runs: { left: number; right: number }[] = [];
  for (const col of cols) {
    const last = runs[runs.length - 1];
    if (last && col === last.right + 1) last.right = col;
    else runs.push({ left: col, right: col });
  }
  return runs;
}

/** The total row's amount when it is typed (not a formula): it must follow the budgets. */
export function typedTotal(plan: Plan): Money | null {
  const amount = plan.total?.amount ?? null;
  if (!amount || amount.formula !== null || amount.raw === "") return null;
  return amount;
}
