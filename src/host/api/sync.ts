/**
 * Runs a batch of queued commands against the model, the way Excel processes a `context.sync()`:
 *
 * - The request is measured (JSON of the queued commands) and refused whole with
 *   RequestPayloadSizeLimitExceeded above the limit, 5 MB as in Excel on the web
 *   ("Resource limits and performance optimization for Office Add-ins").
 * - Commands run in queue order. When one fails, Excel stops there: the commands before it stay
 *   applied and their results (loads) still reach the proxies, the failing one and those after it
 *   do nothing. (office.js processes the action results that came back before the error:
 *   ClientRequestContext.processRequestExecutorResponseMessage.) The error carries the failing
 *   command's location, e.g. debugInfo.errorLocation "Range.insert".
 * - The response (JSON of the loaded data) is measured; above the limit the sync fails with
 *   ResponsePayloadSizeLimitExceeded and, as a failed request, applies nothing: the host restores
 *   the workbook as it was before the batch.
 * - Formulas are recomputed after cell changes, before any read that follows them.
 */
import { OfficeError } from "../errors";
import { recalculateWorkbook } from "../model/formulas";
import type { Workbook } from "../model/workbook";
import type { Command, CommandResult, Exec, HostSettings } from "./queue";

export interface SyncStats {
  /** Syncs that reached the host (a sync with nothing queued is not a round trip). */
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  /** The largest request or response of any one sync. */
  maxSyncBytes: number;
  /** Per sync: its request and response sizes, in order. */
  log: { requestBytes: number; responseBytes: number; commands: number; actions: number; writes: boolean }[];
}

export function emptyStats(): SyncStats {
  return { syncs: 0, requestBytes: 0, responseBytes: 0, maxSyncBytes: 0, log: [] };
}

/** An error to raise at the Nth command (1-based, not counting instantiations) of the next sync. */
export interface InjectedFailure {
  readonly atCommand: number;
  readonly code: string;
  readonly message?: string;
  /**
   * Fail the Nth sync that writes (carries a command that changes the workbook) instead of the next
   * sync: the reads before it (a preflight) pass, and so do N-1 earlier write batches.
   */
  readonly writeSync?: number;
}

const encoder = new TextEncoder();

export function byteSize(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

export class SyncEngine {
  stats: SyncStats = emptyStats();
  payloadLimitBytes = 5 * 1024 * 1024;
  private injected: InjectedFailure[] = [];

  constructor(
    private readonly workbook: () => Workbook,
    readonly settings: HostSettings,
  ) {}

  failNext(failure: InjectedFailure): void {
    this.injected.push(failure);
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  /** The failure this sync is to raise, if any; a failure waiting for a later write sync stays queued. */
  private nextFailure(writes: boolean): InjectedFailure | undefined {
    const first = this.injected[0];
    if (!first) return undefined;
    if (first.writeSync === undefined) return this.injected.shift();
    if (!writes) return undefined;
    if (first.writeSync > 1) {
      this.injected[0] = { ...first, writeSync: first.writeSync - 1 };
      return undefined;
    }
    return this.injected.shift();
  }

  async execute(commands: Command[]): Promise<void> {
    // Let the caller's synchronous code finish first, as a real round trip would.
    await Promise.resolve();
    if (commands.length === 0) return;
    const wb = this.workbook();
    const requestBytes = byteSize(commands.map((c) => c.json));
    this.stats.syncs++;
    this.stats.requestBytes += requestBytes;
    this.stats.maxSyncBytes = Math.max(this.stats.maxSyncBytes, requestBytes);
    const writes = commands.some((c) => c.mutates);
    const actions = commands.filter((c) => !c.instantiate).length;
    const logEntry = { requestBytes, responseBytes: 0, commands: commands.length, actions, writes };
    this.stats.log.push(logEntry);
    if (requestBytes > this.payloadLimitBytes) throw new OfficeError("RequestPayloadSizeLimitExceeded");

    const injected = this.nextFailure(writes);
    const needsRollback = commands.some((c) => c.mutates) && commands.some((c) => c.reads);
    const before = needsRollback ? wb.snapshot() : null;

    let dirty = false;
    const exec: Exec = {
      wb,
      settings: this.settings,
      touch: () => {
        dirty = true;
      },
      settle: () => {
        if (dirty && wb.calculationMode !== "Manual") recalculateWorkbook(wb);
        dirty = false;
      },
    };

    const results: (CommandResult | void)[] = [];
    let failure: OfficeError | null = null;
    let counted = 0;
    for (const command of commands) {
      if (!command.instantiate) counted++;
      try {
        if (injected && !command.instantiate && counted === injected.atCommand) {
          throw new OfficeError(injected.code, injected.message, command.location || undefined);
        }
        results.push(command.run(exec));
      } catch (error) {
        if (!(error instanceof OfficeError)) throw error;
        if (command.location && !error.debugInfo.errorLocation) error.debugInfo.errorLocation = command.location;
        failure = error;
        break;
      }
    }
    exec.settle();

    const responseBytes = byteSize(results.map((r) => (r ? (r.json ?? null) : null)));
    logEntry.responseBytes = responseBytes;
    this.stats.responseBytes += responseBytes;
    this.stats.maxSyncBytes = Math.max(this.stats.maxSyncBytes, responseBytes);
    if (responseBytes > this.payloadLimitBytes) {
      if (before) wb.restore(before);
      throw new OfficeError("ResponsePayloadSizeLimitExceeded");
    }
    for (const r of results) r?.deliver?.();
    if (failure) throw failure;
  }
}
