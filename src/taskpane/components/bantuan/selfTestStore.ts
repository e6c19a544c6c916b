import { selfTest } from "../../../app/selfTest";
import type { ExcelSession } from "../../../excel/session";
import type { ScenarioResult } from "../../../excel/selftest/scenarios";

/** Where a self-test run is. `startedAt` is when the user pressed the button (the report's time). */
export type SelfTestRun =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly startedAt: Date }
  | {
      readonly status: "running";
      readonly startedAt: Date;
      readonly count: number;
      readonly results: readonly ScenarioResult[];
    }
  | {
      readonly status: "done";
      readonly startedAt: Date;
      readonly count: number;
      readonly results: readonly ScenarioResult[];
      readonly leftover: readonly string[];
    }
  | {
      readonly status: "stopped";
      readonly startedAt: Date;
      readonly results: readonly ScenarioResult[];
      readonly detail: string;
    };

export interface SelfTestStore {
  getSnapshot(): SelfTestRun;
  subscribe(listener: () => void): () => void;
  /** Starts a run; does nothing while one is loading or running. */
  start(): void;
}

/**
 * The self-test run of one session, outside React: it goes on (in Excel) while the user looks at
 * another tab, and Bantuan shows it again when it is opened again. One store per session, so a new
 * workbook in the workbench (a new session) starts with none.
 */
const stores = new WeakMap<ExcelSession, SelfTestStore>();

export function selfTestStoreFor(session: ExcelSession): SelfTestStore {
  let store = stores.get(session);
  if (!store) {
    store = createSelfTestStore(session);
    stores.set(session, store);
  }
  return store;
}

export function createSelfTestStore(session: ExcelSession): SelfTestStore {
  let run: SelfTestRun = { status: "idle" };
  const listeners = new Set<() => void>();
  const set = (next: SelfTestRun) => {
    run = next;
    for (const listener of [...listeners]) listener();
  };

  const start = () => {
    if (run.status === "loading" || run.status === "running") return;
    const startedAt = new Date();
    const results: ScenarioResult[] = [];
    let count = 0;
    set({ status: "loading", startedAt });
    selfTest(session, {
      onStart(n) {
        count = n;
        set({ status: "running", startedAt, count, results: [] });
      },
      onResult(result) {
        results.push(result);
        set({ status: "running", startedAt, count, results: [...results] });
      },
    }).then(
      (outcome) => set({ status: "done", startedAt, count, results: outcome.results, leftover: outcome.leftover }),
      // Each scenario's own failure is a result; this is the run itself failing (the scenarios could not
      // be loaded, the workbook could not be listed): shown as such, with what had finished.
      (error: unknown) =>
        set({
          status: "stopped",
          startedAt,
          results: [...results],
          detail: error instanceof Error ? error.message : String(error),
        }),
    );
  };

  return {
    getSnapshot: () => run,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
  };
}
