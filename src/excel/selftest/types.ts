import { supports, type ExcelSession, type Feature } from "../session";

/**
 * The host's assumptions about Excel, as scenarios that run on any ExcelSession: Jest runs them on
 * the in-memory host, and the self-test (the Bantuan view's button, and selftest.html) runs them
 * inside real Excel, so the first person with Excel can confirm that the host behaves like it.
 * Each scenario works on a scratch sheet of its own, which the runner deletes afterwards.
 */
export interface Scenario {
  readonly name: string;
  /** The documented behaviour it checks. */
  readonly documented: string;
  /** Requirement set the scenario needs, if above the add-in's 1.7: skipped, with the reason, below it. */
  readonly needs?: Feature;
  /**
   * Runs the checks; throws a ScenarioFailure (or Excel's error) when one does not hold. May return
   * what it saw where Excel is known to differ by platform (e.g. "copy('After', itself): refused").
   */
  run(session: ExcelSession, sheet: string): Promise<string | void>;
}

export interface ScenarioResult {
  readonly name: string;
  readonly status: "pass" | "fail" | "skipped";
  /** On a pass the documented behaviour (and what was seen); on a failure what went wrong; on a skip why. */
  readonly detail: string;
  readonly ms: number;
  /** The documented behaviour the scenario checks. */
  readonly documented?: string;
  /** What the scenario saw where Excel differs by platform, for the report. */
  readonly observed?: string;
  /** The requirement set a skipped scenario needs, e.g. "ExcelApi 1.20". */
  readonly requirement?: string;
}

export class ScenarioFailure extends Error {
  override readonly name = "ScenarioFailure";
}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new ScenarioFailure(message);
}

export function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

/** The apply options for the session, as the app's use cases pass them. */
export function optionsFor(session: ExcelSession): { mergedAreas: boolean; pageLayout: boolean } {
  return { mergedAreas: supports(session, "mergedAreas"), pageLayout: supports(session, "pageLayout") };
}
