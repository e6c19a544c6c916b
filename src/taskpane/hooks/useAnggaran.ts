import { useCallback, useMemo, type Dispatch } from "react";
import { computeBudget, writeBudget, type BudgetOptions } from "../../app/anggaran";
import { useSession } from "../session/SessionContext";
import type { PaneAction, PaneState } from "../state/reducer";
import { toPaneError } from "./usePeriksa";
import { useLatest, useRequestIds } from "./useLatest";

/** The Anggaran part's commands. Each runs a use case from src/app and reports to the reducer; none throws. */
export interface AnggaranCommands {
  /** Reads the active sheet and totals its budget (nothing is written). */
  compute(): Promise<void>;
  /** "Tulis ke lembar": the totals as formulas, the draft RPD when asked for; then Periksa runs again. */
  write(): Promise<void>;
}

/** The sheet options every reading shares: the header row the user pointed at in Periksa, if any. */
export function sheetOptions(state: PaneState, sheet?: string): { sheet?: string; headerRow?: number } {
  return {
    ...(sheet === undefined ? {} : { sheet }),
    ...(state.headerRow === null ? {} : { headerRow: state.headerRow - 1 }),
  };
}

/**
 * Commands bound to the session from context, reading the latest state through a ref so their
 * identities never change. `recheck` is Periksa's check: after a write the sheet has a JUMLAH row
 * and maybe subtotals, so the summary and findings are read again.
 */
export function useAnggaran(
  state: PaneState,
  dispatch: Dispatch<PaneAction>,
  recheck: () => Promise<void>,
): AnggaranCommands {
  const session = useSession();
  const latest = useLatest(state);
  const nextId = useRequestIds();

  const compute = useCallback(async () => {
    const id = nextId(latest.current.anggaran.budgetId);
    dispatch({ type: "anggaran/budgetStarted", id });
    try {
      const result = await computeBudget(session, sheetOptions(latest.current));
      dispatch({ type: "anggaran/budgetComputed", id, result });
    } catch (error) {
      dispatch({ type: "anggaran/failed", op: "budget", id, error: toPaneError(error) });
    }
  }, [session, dispatch]);

  const write = useCallback(async () => {
    const current = latest.current;
    const { anggaran } = current;
    // The sheet whose totals the pane shows; the active one when none was read yet.
    const shown = anggaran.budget?.ok ? anggaran.budget.sheet : undefined;
    const options: BudgetOptions = {
      ...sheetOptions(current, shown),
      ...(anggaran.rpd ? { rpd: { lag: anggaran.lag } } : {}),
    };
    dispatch({ type: "anggaran/writeStarted" });
    try {
      const result = await writeBudget(session, options);
      dispatch({ type: "anggaran/budgetWritten", result });
    } catch (error) {
      dispatch({ type: "anggaran/failed", op: "writeBudget", error: toPaneError(error) });
      return;
    }
    await recheck();
  }, [session, dispatch, recheck]);

  return useMemo(() => ({ compute, write }), [compute, write]);
}
