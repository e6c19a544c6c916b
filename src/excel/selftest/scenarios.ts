import { errorCode } from "../errors";
import { listSheets } from "../readWorkbook";
import { REQUIREMENTS, supports, type ExcelSession } from "../session";
import { BASIC_SCENARIOS } from "./basics";
import { BATCH_SCENARIOS } from "./batches";
import { EXCEL_BEHAVIOUR_SCENARIOS } from "./excelBehaviour";
import { deleteSheet } from "./helpers";
import type { Scenario, ScenarioResult } from "./types";

export type { Scenario, ScenarioResult } from "./types";

/**
 * Every scenario, in the order the self-test runs them: the adapter's footing, the known ways
 * real Excel behaves (issue 10), then how Rakit sends its batches.
 */
export const SCENARIOS: readonly Scenario[] = [...BASIC_SCENARIOS, ...EXCEL_BEHAVIOUR_SCENARIOS, ...BATCH_SCENARIOS];

/**
 * `base`, or `base-2`, `base-3`... : the first name that no sheet of the workbook starts with (sheet
 * names compare without case in Excel), so neither the scratch sheet nor the sheets a scenario names
 * after it (`<sheet> (c)`, `<sheet> r`) can meet a sheet of the user's.
 */
export function scratchName(base: string, taken: readonly string[]): string {
  const lower = taken.map((name) => name.toLowerCase());
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!lower.some((name) => name.startsWith(candidate.toLowerCase()))) return candidate;
  }
}

/**
 * Runs every scenario on its own scratch sheet ("Rakit Uji 1"…), deleted afterwards, and reports
 * each as it finishes. A scenario that needs a newer requirement set than the host has is skipped
 * with the reason, not failed.
 */
export async function runSelfTest(
  session: ExcelSession,
  onResult: (r: ScenarioResult) => void = () => undefined,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const taken = await listSheets(session);
  for (const [i, scenario] of SCENARIOS.entries()) {
    const result = await runOne(session, scenario, scratchName(`Rakit Uji ${i + 1}`, taken));
    results.push(result);
    onResult(result);
  }
  return results;
}

async function runOne(session: ExcelSession, scenario: Scenario, sheet: string): Promise<ScenarioResult> {
  const { name, documented } = scenario;
  if (scenario.needs && !supports(session, scenario.needs)) {
    const req = REQUIREMENTS[scenario.needs];
    const requirement = `${req.name} ${req.version}`;
    return {
      name,
      status: "skipped",
      detail: `needs ${requirement}, which this Excel lacks`,
      ms: 0,
      documented,
      requirement,
    };
  }
  const started = Date.now();
  let added = false;
  try {
    await session.run(async (context) => {
      context.workbook.worksheets.add(sheet);
      await context.sync();
    });
    added = true;
    const observed = (await scenario.run(session, sheet)) ?? undefined;
    const detail = observed ? `${documented}. Seen here: ${observed}` : documented;
    return { name, status: "pass", detail, ms: Date.now() - started, documented, ...(observed ? { observed } : {}) };
  } catch (error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return {
      name,
      status: "fail",
      detail: code ? `${code}: ${message}` : message,
      ms: Date.now() - started,
      documented,
    };
  } finally {
    // Only the sheet this run added: a name the user's workbook already had is never deleted. A scratch
    // sheet that cannot be deleted is not the scenario's failure; src/app/selfTest.ts names it.
    if (added) await deleteSheet(session, sheet).catch(() => undefined);
  }
}
