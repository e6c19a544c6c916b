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
}

/** The API sets Rakit's features need. The add-in itself requires ExcelApi 1.7 (Office 2019). */
export const REQUIREMENTS = {
  base: { name: "ExcelApi", version: "1.7" },
  mergedAreas: { name: "ExcelApi", version: "1.13" },
  pageLayout: { name: "ExcelApi", version: "1.9" },
  /** `Excel.run({ mergeUndoGroup: true })`: one undo step per batch. */
  undoGroups: { name: "ExcelApi", version: "1.20" },
} as const;

export type Feature = keyof typeof REQUIREMENTS;

export function supports(session: Pick<ExcelSession, "isSetSupported">, feature: Feature): boolean {
  const req = REQUIREMENTS[feature];
  return session.isSetSupported(req.name, req.version);
}
