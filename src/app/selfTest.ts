import type { ScenarioResult } from "../excel/selftest/scenarios";
import { listSheets } from "../excel/readWorkbook";
import type { ExcelSession } from "../excel/session";

/**
 * Bantuan's "Uji Rakit di Excel ini": the adapter's self-test scenarios (src/excel/selftest) inside the
 * user's own Excel, each on a scratch sheet of its own. The scenarios are loaded when the test starts,
 * not with the pane (webpack puts them in a chunk of their own), so they cost the pane nothing until used.
 */

export interface SelfTestProgress {
  /** The scenarios are loaded: `count` of them will run. */
  onStart?(count: number): void;
  /** One scenario finished (passed, failed or was skipped). */
  onResult?(result: ScenarioResult): void;
}

export interface SelfTestOutcome {
  readonly results: readonly ScenarioResult[];
  /**
   * Sheets that were not in the workbook before the test and still are after it: scratch sheets Excel
   * would not delete. Said, never hidden, so the user can remove them.
   */
  readonly leftover: readonly string[];
}

export async function selfTest(session: ExcelSession, progress: SelfTestProgress = {}): Promise<SelfTestOutcome> {
  const { runSelfTest, SCENARIOS } = await import(/* webpackChunkName: "selftest" */ "../excel/selftest/scenarios");
  progress.onStart?.(SCENARIOS.length);
  const before = new Set(await listSheets(session));
  const results = await runSelfTest(session, (r) => progress.onResult?.(r));
  const leftover = (await listSheets(session)).filter((name) => !before.has(name));
  return { results, leftover };
}
