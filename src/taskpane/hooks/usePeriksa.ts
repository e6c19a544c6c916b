import { useCallback, useMemo, useRef, type Dispatch } from "react";
import { checkSheet, clearHighlights, highlightFindings, selectRange } from "../../app/periksa";
import { errorCode, RakitExcelError, toRakitError } from "../../excel/errors";
import { useSession } from "../session/SessionContext";
import type { PaneAction, PaneError, PaneState } from "../state/reducer";
import { useLatest } from "./useLatest";

export interface CheckRequest {
  /** 1-based header row; absent keeps the one the user pointed at before (if any). */
  readonly headerRow?: number | null;
}

/** The Periksa view's commands. Each runs a use case from src/app and reports to the reducer; none throws. */
export interface PeriksaCommands {
  /**
   * Reads and checks the active sheet. Never dropped: asked while a check runs, it runs right after
   * that one (which may have read the sheet before the user's last change); asked again while it
   * waits, the requests share that one run. Resolves when the run that answers it has ended.
   */
  check(request?: CheckRequest): Promise<void>;
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

/** A check asked for while another ran: it starts when that one ends. */
interface WaitingCheck {
  request: CheckRequest;
  readonly done: Promise<void>;
}

/**
 * Commands bound to the session from context. They read the latest state through a ref, so their
 * identities never change and memoized children (the findings list) don't re-render because of them.
 */
export function usePeriksa(state: PaneState, dispatch: Dispatch<PaneAction>): PeriksaCommands {
  const session = useSession();
  const latest = useLatest(state);
  const lastCheckId = useRef(0);
  const running = useRef<Promise<void> | null>(null);
  const waiting = useRef<WaitingCheck | null>(null);

  const check = useCallback(
    (request: CheckRequest = {}): Promise<void> => {
      const runOne = async ({ headerRow }: CheckRequest) => {
        const id = ++lastCheckId.current;
        const row = headerRow === undefined ? latest.current.headerRow : headerRow;
        dispatch({ type: "checkStarted", id, headerRow: row });
        try {
          const result = await checkSheet(session, row === null ? {} : { headerRow: row - 1 });
          dispatch({ type: "checkSucceeded", id, result });
        } catch (error) {
          dispatch({ type: "checkFailed", id, error: toPaneError(error) });
        }
      };
      const start = (req: CheckRequest): Promise<void> => {
        const run = runOne(req).finally(() => {
          if (running.current === run) running.current = null;
        });
        running.current = run;
        return run;
      };

      const queued = waiting.current;
      if (queued) {
        // Already waiting for the running check: this request joins it (its header row, if given, wins).
        if (request.headerRow !== undefined) queued.request = request;
        return queued.done;
      }
      const current = running.current;
      if (!current) return start(request);
      const next: WaitingCheck = {
        request,
        done: current.then(() => {
          waiting.current = null;
          return start(next.request);
        }),
      };
      waiting.current = next;
      return next.done;
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
