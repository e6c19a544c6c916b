import type { ExcelBatch, ExcelSession, SessionDiagnostics } from "../excel/session";
import type { ExcelHost } from "../host";

export interface WorkbenchSessionOptions {
  /**
   * A slow Excel: each batch waits this long before it reaches the workbook and again before its
   * answer comes back (a busy machine, Excel on the web). For trying races by hand (`?delay=` in the
   * workbench) and in the browser tests; 0 by default.
   */
  readonly delayMs?: number;
}

/**
 * The in-memory host as the pane's session, plus what the grid needs and the host does not have: a
 * change signal. Every batch, whoever runs it (the pane selecting a finding, the grid writing a cell),
 * goes through `run`; when it settles, listeners hear that the workbook may have changed. A failed
 * batch notifies too: the commands before the failure stay applied, as in Excel.
 */
export class WorkbenchSession implements ExcelSession {
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  private readonly delayMs: number;

  constructor(
    readonly host: ExcelHost,
    options: WorkbenchSessionOptions = {},
  ) {
    this.delayMs = Math.max(0, options.delayMs ?? 0);
  }

  async run<T>(batch: ExcelBatch<T>): Promise<T> {
    await this.delay();
    try {
      return await this.host.run(batch);
    } finally {
      await this.delay();
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

  private delay(): Promise<void> {
    if (this.delayMs === 0) return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  private changed(): void {
    this.revision++;
    for (const listener of [...this.listeners]) listener();
  }
}
