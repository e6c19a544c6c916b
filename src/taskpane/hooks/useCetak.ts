import { useCallback, useMemo, type Dispatch } from "react";
import { cetak } from "../../app/cetak";
import { selectRange } from "../../app/periksa";
import { useSession } from "../session/SessionContext";
import type { PaneAction, PaneState } from "../state/reducer";
import { sheetOptions } from "./useAnggaran";
import { toPaneError } from "./usePeriksa";
import { useLatest } from "./useLatest";

/** The Cetak view's commands. Each runs a use case from src/app and reports to the reducer; none throws. */
export interface CetakCommands {
  /** "Siapkan cetak" (force false) or "Cetak tetap" (force true) on the active sheet. */
  prepare(force: boolean): Promise<void>;
  /** Selects a blocking finding's cell. */
  select(address: string): Promise<void>;
}

export function useCetak(state: PaneState, dispatch: Dispatch<PaneAction>): CetakCommands {
  const session = useSession();
  const latest = useLatest(state);

  const prepare = useCallback(
    async (force: boolean) => {
      const current = latest.current;
      // "Cetak tetap" is for the sheet whose errors are on screen; Siapkan cetak is for the active one.
      const shown = force && current.cetak.result ? current.cetak.result.sheet : undefined;
      dispatch({ type: "cetak/started" });
      try {
        const result = await cetak(session, {
          ...sheetOptions(current, shown),
          paper: current.cetak.paper,
          force,
          lang: current.lang,
        });
        dispatch({ type: "cetak/done", result });
      } catch (error) {
        dispatch({ type: "cetak/failed", error: toPaneError(error) });
      }
    },
    [session, dispatch],
  );

  const select = useCallback(
    async (address: string) => {
      const result = latest.current.cetak.result;
      if (!result) return;
      try {
        await selectRange(session, result.sheet, address);
      } catch (error) {
        dispatch({ type: "cetak/selectFailed", error: toPaneError(error) });
      }
    },
    [session, dispatch],
  );

  return useMemo(() => ({ prepare, select }), [prepare, select]);
}
