import { supports, type ExcelSession, type SessionDiagnostics } from "./session";

/**
 * The session inside real Excel. This file is the one place that touches the `Excel` and `Office`
 * globals; everything else receives a session.
 *
 * Where ExcelApi 1.20 is available, every batch runs as one undo group (`mergeUndoGroup`), so one
 * Rakit action (say, Sisipkan: insert rows, extend merges, renumber) is one Ctrl+Z for the user.
 */
export function officeSession(): ExcelSession {
  const isSetSupported = (name: string, version: string): boolean =>
    Office.context.requirements.isSetSupported(name, version);
  const undoGroups = supports({ isSetSupported }, "undoGroups");
  return {
    run: (batch) => (undoGroups ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch)),
    isSetSupported,
    diagnostics: () => officeDiagnostics(Office.context),
  };
}

/**
 * Office.context.diagnostics (host, platform, version), read defensively: it is documented for every
 * Office application, but a value missing here must never stop the pane from showing Bantuan.
 */
export function officeDiagnostics(context: Pick<Office.Context, "diagnostics"> | undefined): SessionDiagnostics {
  const info = context?.diagnostics as Partial<Office.ContextInformation> | undefined;
  const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
  return { kind: "excel", platform: text(info?.platform), version: text(info?.version) };
}
