import type { ExcelSession } from "./session";

/**
 * The session inside real Excel. This file is the one place that touches the `Excel` and `Office`
 * globals; everything else receives a session.
 *
 * Where ExcelApi 1.20 is available, every batch runs as one undo group (`mergeUndoGroup`), so one
 * Rakit action (say, Sisipkan: insert rows, extend merges, renumber) is one Ctrl+Z for the user.
 * Older Excel (Office 2019 among them) keeps no undo history for add-in edits.
 */
export function officeSession(): ExcelSession {
  const isSetSupported = (name: string, version: string): boolean =>
    Office.context.requirements.isSetSupported(name, version);
  const undoGroups = isSetSupported("ExcelApi", "1.20");
  return {
    run: (batch) => (undoGroups ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch)),
    isSetSupported,
  };
}
