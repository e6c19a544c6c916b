/**
 * What the adapter needs from its host: a way to run a batch (Excel.run in Office, the in-memory
 * host's run elsewhere) and a way to ask which API sets exist. Passing this in, rather than reaching
 * for the `Excel` and `Office` globals, is what lets the same adapter run in Excel, in Jest, in the
 * CLI and in the browser workbench.
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelSession {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Where Rakit runs, for Bantuan and the self-test report; absent means unknown. */
  diagnostics?(): SessionDiagnostics;
}

/**
 * What a session can tell about the Excel it talks to. In Office these come from
 * `Office.context.diagnostics`; the in-memory host (the workbench, "Rakit tanpa Excel") says so.
 */
export interface SessionDiagnostics {
  readonly kind: "excel" | "withoutExcel";
  /** Office.PlatformType ("PC", "OfficeOnline", "Mac", ...); null when not known. */
  readonly platform: string | null;
  /** Office's version ("16.0.17928.20114" on Windows); null when not known. */
  readonly version: string | null;
}

/** The API sets Rakit's features need. The add-in itself requires ExcelApi 1.7 (Office 2019). */
export const REQUIREMENTS = {
  base: { name: "ExcelApi", version: "1.7" },
  mergedAreas: { name: "ExcelApi", version: "1.13" },
  pageLayout: { name: "ExcelApi", version: "1.9" },
  /** Excel.run({ mergeUndoGroup: true }): one Rakit action is one undo step. */
  undoGroups: { name: "ExcelApi", version: "1.20" },
} as const;

export type Feature = keyof typeof REQUIREMENTS;

export function supports(session: Pick<ExcelSession, "isSetSupported">, feature: Feature): boolean {
  const req = REQUIREMENTS[feature];
  return session.isSetSupported(req.name, req.version);
}
