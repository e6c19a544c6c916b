import type { EditPlan } from "../core/edits";
import { fingerprint } from "../core/fingerprint";
import { RakitExcelError, toRakitError } from "./errors";
import { preflight } from "./preflight";
import { readSnapshot } from "./readSnapshot";
import { queueEdit, SheetProxies } from "./writeEdits";

export interface ApplyOptions {
  readonly mergedAreas: boolean;
  readonly pageLayout: boolean;
}

export interface ApplyReport {
  /** Edits queued and applied. */
  readonly applied: number;
}

/**
 * Applies an edit plan in one batch. Before anything is written, a preflight checks what would make
 * the plan fail halfway: a sheet that is missing or protected, a sheet that changed since the plan
 * was made, target cells that must be empty but are not, a new sheet name already taken, a feature
 * the host lacks. If any check fails, nothing is written and a RakitExcelError says why.
 */
export async function applyEdits(
  context: Excel.RequestContext,
  plan: EditPlan,
  options: ApplyOptions,
): Promise<ApplyReport> {
  try {
    if (plan.basedOn !== null) {
      const now = await readSnapshot(context, plan.sheet, { mergedAreas: options.mergedAreas });
      if (fingerprint(now) !== plan.basedOn) throw new RakitExcelError("sheetChanged", "SheetChanged");
    }
    const ready = await preflight(context, plan.edits, options);

    const proxies = new SheetProxies(context.workbook.worksheets, ready.sheetOrder);
    for (const edit of plan.edits) queueEdit(proxies, edit, ready);
    await context.sync();
    return { applied: plan.edits.length };
  } catch (error) {
    throw toRakitError(error);
  }
}
