import { useCallback, useMemo, type Dispatch } from "react";
import { clearSchedule, computeJadwal, highlightSchedule } from "../../app/jadwal";
import { selectRange } from "../../app/periksa";
import { useSession } from "../session/SessionContext";
import type { PaneAction, PaneState } from "../state/reducer";
import { sheetOptions } from "./useAnggaran";
import { toPaneError } from "./usePeriksa";
import { useLatest, useRequestIds } from "./useLatest";

/** The Jadwal part's commands. Each runs a use case from src/app and reports to the reducer; none throws. */
export interface JadwalCommands {
  /** Reads the active sheet's schedule (nothing is written). */
  compute(): Promise<void>;
  /** "Sorot jadwal": Rakit's conditional formats, which follow the "v" marks as the user types them. */
  highlight(): Promise<void>;
  /** "Hapus sorotan jadwal": removes Rakit's conditional formats, and only those. */
  clear(): Promise<void>;
  /** Selects a row's period cells ("F33:Q33") on the schedule's sheet. */
  select(address: string): Promise<void>;
}

/** The sheet of the schedule the pane shows; undefined (the active sheet) when none was read yet. */
function shownSheet(state: PaneState): string | undefined {
  const schedule = state.anggaran.schedule;
  return schedule?.ok ? schedule.sheet : undefined;
}

/** Commands bound to the session from context; their identities never change (state is read through a ref). */
export function useJadwal(state: PaneState, dispatch: Dispatch<PaneAction>): JadwalCommands {
  const session = useSession();
  const latest = useLatest(state);
  const nextId = useRequestIds();

  const compute = useCallback(async () => {
    const id = nextId(latest.current.anggaran.scheduleId);
    dispatch({ type: "anggaran/scheduleStarted", id });
    try {
      const result = await computeJadwal(session, sheetOptions(latest.current));
      dispatch({ type: "anggaran/scheduleComputed", id, result });
    } catch (error) {
      dispatch({ type: "anggaran/failed", op: "schedule", id, error: toPaneError(error) });
    }
  }, [session, dispatch]);

  const highlight = useCallback(async () => {
    dispatch({ type: "anggaran/highlightStarted" });
    try {
      const result = await highlightSchedule(session, sheetOptions(latest.current, shownSheet(latest.current)));
      dispatch({ type: "anggaran/scheduleHighlighted", result });
    } catch (error) {
      dispatch({ type: "anggaran/failed", op: "highlightSchedule", error: toPaneError(error) });
    }
  }, [session, dispatch]);

  const clear = useCallback(async () => {
    dispatch({ type: "anggaran/clearStarted" });
    try {
      const sheet = shownSheet(latest.current);
      const notes = await clearSchedule(session, sheet === undefined ? {} : { sheet });
      dispatch({ type: "anggaran/scheduleCleared", notes });
    } catch (error) {
      dispatch({ type: "anggaran/failed", op: "clearSchedule", error: toPaneError(error) });
    }
  }, [session, dispatch]);

  const select = useCallback(
    async (address: string) => {
      const sheet = shownSheet(latest.current);
      if (sheet === undefined || address === "") return;
      try {
        await selectRange(session, sheet, address);
      } catch (error) {
        dispatch({ type: "anggaran/selectFailed", error: toPaneError(error) });
      }
    },
    [session, dispatch],
  );

  return useMemo(() => ({ compute, highlight, clear, select }), [compute, highlight, clear, select]);
}
