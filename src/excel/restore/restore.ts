import type { BatchOutcome, Residue } from "../errors";
import { queueUndo } from "./apply";
import { differences } from "./compare";
import type { RestoreScope } from "./scope";
import { queueState, type StateOptions, type WorkbookState } from "./state";
import { contentUndo, structureUndo } from "./undo";

/**
 * After a write batch failed: read what it left, put back what Rakit read before it, read again,
 * and say only what that last reading shows. Excel keeps the commands that ran before the failing
 * one and does not reliably say which one failed, so nothing here depends on the failing command.
 * Never throws: the outcome is part of the error the user reads.
 */
export async function restoreAfterFailure(
  context: Excel.RequestContext,
  scope: RestoreScope,
  before: WorkbookState,
  options: StateOptions,
): Promise<BatchOutcome> {
  const observe = async (): Promise<WorkbookState> => {
    const pending = queueState(context, scope, (name) => before.bySheet.get(name)?.id ?? name, options);
    await context.sync();
    return pending.finish(context);
  };
  let acted = false;
  try {
    let now = await observe();
    if (differences(before, now, scope).length === 0) return { kind: "unchanged" };
    const structure = structureUndo(before, now, scope);
    if (structure.actions.length > 0) {
      queueUndo(context, structure.actions);
      acted = true;
      await context.sync();
      now = await observe();
    }
    const content = contentUndo(before, now, scope, structure.settled);
    if (content.length > 0) {
      queueUndo(context, content);
      acted = true;
      await context.sync();
      now = await observe();
    }
    return verdict(differences(before, now, scope), acted);
  } catch {
    // The undo itself failed: say what a fresh reading shows, or that it could not be read.
    try {
      return verdict(differences(before, await observe(), scope), acted);
    } catch {
      return { kind: "changed", changes: unreadable(scope) };
    }
  }
}

function verdict(left: readonly Residue[], acted: boolean): BatchOutcome {
  if (left.length > 0) return { kind: "changed", changes: left };
  return { kind: acted ? "restored" : "unchanged" };
}

function unreadable(scope: RestoreScope): Residue[] {
  return [...scope.sheets.map((s) => s.name), ...scope.created].map((sheet) => ({ kind: "unknown", sheet }));
}
