import { useCallback, useMemo, type Dispatch } from "react";
import { insertEntries, readCatalogForPlan } from "../../app/katalog";
import { useSession } from "../session/SessionContext";
import type { PaneAction, PaneState } from "../state/reducer";
import { sheetOptions } from "./useAnggaran";
import { toPaneError } from "./usePeriksa";
import { useLatest, useRequestIds } from "./useLatest";

/** The Katalog view's commands. Each runs a use case from src/app and reports to the reducer; none throws. */
export interface KatalogCommands {
  /** Reads the workbook's catalog beside the active sheet's plan (which entries it already has). */
  load(): Promise<void>;
  /** "Sisipkan": the chosen entries into the plan, the new rows selected; then Periksa runs again. */
  insert(): Promise<void>;
}

/**
 * Commands bound to the session from context, reading the latest state through a ref so their
 * identities never change. `recheck` is Periksa's check: after an insert the summary and findings
 * are read again, and the view shows their counts.
 */
export function useKatalog(
  state: PaneState,
  dispatch: Dispatch<PaneAction>,
  recheck: () => Promise<void>,
): KatalogCommands {
  const session = useSession();
  const latest = useLatest(state);
  const nextId = useRequestIds();

  const load = useCallback(async () => {
    const id = nextId(latest.current.katalog.loadId);
    dispatch({ type: "katalog/loadStarted", id });
    try {
      const result = await readCatalogForPlan(session, sheetOptions(latest.current));
      dispatch({ type: "katalog/loaded", id, result });
    } catch (error) {
      dispatch({ type: "katalog/failed", op: "katalogLoad", id, error: toPaneError(error) });
    }
  }, [session, dispatch]);

  const insert = useCallback(async () => {
    const current = latest.current;
    const { selected, loaded } = current.katalog;
    if (selected.length === 0) return;
    // The sheet whose plan the marks were read from; the active one when none was read yet.
    const shown = loaded?.ok ? loaded.plan.sheet : undefined;
    dispatch({ type: "katalog/insertStarted" });
    try {
      const result = await insertEntries(session, {
        ...sheetOptions(current, shown),
        entryIds: selected,
        ...(loaded?.ok ? { catalog: loaded.catalog } : {}),
        lang: current.lang,
      });
      dispatch({ type: "katalog/inserted", result });
      if (!result.ok) return;
    } catch (error) {
      dispatch({ type: "katalog/failed", op: "katalogInsert", error: toPaneError(error) });
      return;
    }
    await recheck();
    dispatch({ type: "katalog/rechecked" });
  }, [session, dispatch, recheck]);

  return useMemo(() => ({ load, insert }), [load, insert]);
}
