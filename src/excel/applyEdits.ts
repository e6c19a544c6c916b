import type { Edit, EditPlan } from "../core/edits";
import { fingerprint } from "../core/fingerprint";
import type { SheetSnapshot } from "../core/snapshot";
import { RakitExcelError, toRakitError } from "./errors";
import { preflight, type Preflight } from "./preflight";
import { restoreAfterFailure } from "./restore/restore";
import { restoreScope } from "./restore/scope";
import { queueState, type WorkbookState } from "./restore/state";
import { readSnapshot } from "./readSnapshot";
import { queueEdit, SheetProxies } from "./writeEdits";

export interface ApplyOptions {
  readonly mergedAreas: boolean;
  readonly pageLayout: boolean;
}

export interface ApplyReport {
  /** Edits queued and applied. */
  readonly applied: number;
  /**
   * Settings Excel accepted without an error but did not apply, found by reading them back: the
   * sheets where "fit to N pages wide" did not take (Windows Excel drops it unless the Page Layout
   * tab is showing, OfficeDev/office-js#1860).
   */
  readonly fitNotTaken: readonly string[];
}

/**
 * Applies an edit plan in one batch. Before anything is written, a preflight checks what would make
 * the plan fail halfway: a sheet that is missing or protected, a sheet that changed since the plan
 * was made, target cells that must be empty but are not, a new sheet name already taken, a feature
 * the host lacks. If any check fails, nothing is written and a RakitExcelError says why.
 *
 * Excel's batches are not transactional: should the write batch still fail at its k-th command,
 * the commands before it stay applied. So the same first sync also reads what the plan may change
 * (restore/scope.ts); after a failure Rakit puts that back in a second batch, reads again, and the
 * error says what that reading shows: nothing changed, undone, or exactly what remains and how to
 * undo it by hand.
 */
export async function applyEdits(
  context: Excel.RequestContext,
  plan: EditPlan,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const scope = restoreScope(plan.edits);
  let ready: Preflight;
  let before: WorkbookState;
  try {
    let now: SheetSnapshot | null = null;
    if (plan.basedOn !== null) {
      now = await readSnapshot(context, plan.sheet, { mergedAreas: options.mergedAreas });
      if (fingerprint(now) !== plan.basedOn) throw new RakitExcelError("sheetChanged", "SheetChanged");
    }
    // Queued now, read by the preflight's first sync.
    const pending = queueState(context, scope, (name) => name, options);
    ready = await preflight(context, plan.edits, options);
    before = await pending.finish(context, { rules: ready.rules, snapshot: now });
  } catch (error) {
    throw toRakitError(error).withOutcome({ kind: "unchanged" });
  }

  const proxies = new SheetProxies(context.workbook.worksheets, ready.sheetOrder);
  for (const edit of plan.edits) queueEdit(proxies, edit, ready);
  try {
    await context.sync();
  } catch (error) {
    const failure = toRakitError(error);
    throw failure.withOutcome(await restoreAfterFailure(context, scope, before, options));
  }
  // The plan is applied; a failed read-back only means it can't be checked.
  const fitNotTaken = await readBackFit(context, proxies, plan.edits).catch(() => []);
  return { applied: plan.edits.length, fitNotTaken };
}

/**
 * Reads the print zoom back where the plan set "fit to N pages wide", in a sync of its own after the
 * batch: a read in the same batch might see the setting before Excel settles it, and a false alarm
 * is worse than none.
 */
async function readBackFit(
  context: Excel.RequestContext,
  proxies: SheetProxies,
  edits: readonly Edit[],
): Promise<string[]> {
  const wanted = new Map<string, number>();
  for (const e of edits)
    if (e.kind === "pageLayout" && e.layout.fitToPagesWide !== undefined) wanted.set(e.sheet, e.layout.fitToPagesWide);
  if (wanted.size === 0) return [];
  const layouts = [...wanted].map(([sheet, pages]) => {
    const layout = proxies.get(sheet).pageLayout;
    layout.load("zoom");
    return { sheet, pages, layout };
  });
  await context.sync();
  return layouts.filter(({ pages, layout }) => layout.zoom.horizontalFitToPages !== pages).map((l) => l.sheet);
}
