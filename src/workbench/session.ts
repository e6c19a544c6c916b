import type { ExcelBatch, ExcelSession, SessionDiagnostics } from "../excel/session";
import type { ExcelHost } from "../host";

/**
 * The in-memory host as the pane's session, plus what the grid needs and the host does not have: a
 * change signal. Every batch, whoever runs it (the pane selecting a finding, the grid writing a cell),
 * goes through `run`; when it settles, listeners hear that the workbook may have changed. A failed
 * batch notifies too: the commands before the failure stay applied, as in Excel.
 */
export class WorkbenchSession implements ExcelSession {
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(readonly host: ExcelHost) {}

  async run<T>(batch: ExcelBatch<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } finally {
      this.changed();
    }
  }

  isSetSupported(name: string, version: string): boolean {
    return this.host.isSetSupported(name, version);
  }

  /** No Excel here: Bantuan and the self-test report name it "Rakit tanpa Excel". */
  diagnostics(): SessionDiagnostics {
    return { kind: "withoutExcel", platform: null, version: null };
  }

  /** For useSyncExternalStore: call `listener` after every batch. Returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Grows by one after every batch; the grid re-reads the model when it moves. */
  readonly getRevision = (): number => this.revision;

  private changed(): void {
    this.revision++;
    for (const listener of [...this.listeners]) listener();
  }
}
