import { useCallback, useMemo, useRef, type Dispatch } from "react";
import { checkSheet, clearHighlights, highlightFindings, selectRange } from "../../app/periksa";
import { errorCode, RakitExcelError, toRakitError } from "../../excel/errors";
import { useSession } from "../session/SessionContext";
import type { PaneAction, PaneError, PaneState } from "../state/reducer";
import { useLatest } from "./useLatest";

export interface CheckRequest {
  /** Show the findings list when done (Periksa); the detect on open shows only the summary. */
  readonly reveal: boolean;
  /** 1-based header row; absent keeps the one the user pointed at before (if any). */
  readonly headerRow?: number | null;
}

/** The Periksa view's commands. Each runs a use case from src/app and reports to the reducer; none throws. */
export interface PeriksaCommands {
  check(request: CheckRequest): Promise<void>;
  select(address: string): Promise<void>;
  highlight(): Promise<void>;
  clear(): Promise<void>;
}

/** Whatever a use case threw, as something the pane can word for the user. */
export function toPaneError(error: unknown): PaneError {
  if (error instanceof RakitExcelError || errorCode(error) !== "") return { kind: "excel", error: toRakitError(error) };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "internal", detail };
}

/**
 * Commands bound to the session from context. They read the latest state through a ref, so their
 * identities never change and memoized children (the findings list) don't re-render because of them.
 */
export function usePeriksa(state: PaneState, dispatch: Dispatch<PaneAction>): PeriksaCommands {
  const session = useSession();
  const latest = useLatest(state);
  const lastCheckId = useRef(0);

  const check = useCallback(
    async ({ reveal, headerRow }: CheckRequest) => {
      const id = ++lastCheckId.current;
      const row = headerRow === undefined ? latest.current.headerRow : headerRow;
      dispatch({ type: "checkStarted", id, reveal, headerRow: row });
      try {
        const result = await checkSheet(session, row === null ? {} : { headerRow: row - 1 });
        dispatch({ type: "checkSucceeded", id, result });
      } catch (error) {
        dispatch({ type: "checkFailed", id, error: toPaneError(error) });
      }
    },
    [session, dispatch],
  );

  const select = useCallback(
    async (address: string) => {
      const result = latest.current.result;
      if (!result) return;
      try {
        await selectRange(session, result.analysis.sheet, address);
      } catch (error) {
        dispatch({ type: "selectFailed", error: toPaneError(error) });
      }
    },
    [session, dispatch],
  );

  const highlight = useCallback(async () => {
    const result = latest.current.result;
    if (!result) return;
    dispatch({ type: "highlightStarted" });
    try {
      await highlightFindings(session, result);
      dispatch({ type: "highlightDone" });
    } catch (error) {
      dispatch({ type: "highlightFailed", error: toPaneError(error) });
    }
  }, [session, dispatch]);

  const clear = useCallback(async () => {
    const result = latest.current.result;
    if (!result) return;
    dispatch({ type: "clearStarted" });
    try {
      await clearHighlights(session, result.analysis.sheet);
      dispatch({ type: "clearDone" });
    } catch (error) {
      dispatch({ type: "clearFailed", error: toPaneError(error) });
    }
  }, [session, dispatch]);

  return useMemo(() => ({ check, select, highlight, clear }), [check, select, highlight, clear]);
}
