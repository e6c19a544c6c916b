/**
 * The in-memory Excel host: a workbook model behind the Office.js API subset Rakit uses, with real
 * load/sync semantics. The adapter runs on it exactly as on Excel:
 *
 *   const host = await createHostFromXlsx(bytes);
 *   await host.run(async (context) => { ... await context.sync(); });
 *
 * `host` also satisfies the adapter's ExcelSession ({ run, isSetSupported }).
 */
import { OfficeError } from "./errors";
import { RequestContext } from "./api/context";
import { compareVersions, DEFAULT_QUIRKS, type HostQuirks, type HostSettings } from "./api/queue";
import { SyncEngine, type InjectedFailure, type SyncStats } from "./api/sync";
import { recalculateWorkbook } from "./model/formulas";
import { Workbook } from "./model/workbook";
import { readXlsx } from "./xlsx/load";
import { writeXlsx } from "./xlsx/save";

export interface HostOptions {
  /**
   * Highest ExcelApi requirement set to report and allow, e.g. "1.7" for Office 2019 or "1.13".
   * Default "1.17". Members of newer sets throw ApiNotFound when called, as in an older Excel.
   */
  maxApiVersion?: string;
  /** Sync request/response size limit in bytes; Excel on the web refuses above 5 MB. */
  payloadLimitBytes?: number;
  /** See HostSettings.mergedAreas. Default "topLeft", what Excel does. */
  mergedAreas?: HostSettings["mergedAreas"];
  /** See HostSettings.maxMergedAreas. Default 512, Excel's documented limit. */
  maxMergedAreas?: number;
  /** Platform-dependent Excel behaviours to imitate; see HostQuirks for each one's default. */
  quirks?: Partial<HostQuirks>;
}

export type BinaryInput = ArrayBuffer | Uint8Array;

export class ExcelHost {
  /** The model, for tests to build and inspect workbooks directly (no load/sync involved). */
  readonly workbook: Workbook;
  private readonly settings: HostSettings;
  private readonly engine: SyncEngine;

  constructor(workbook: Workbook = ExcelHost.blankWorkbook(), options: HostOptions = {}) {
    this.workbook = workbook;
    this.settings = {
      maxApiVersion: options.maxApiVersion ?? "1.17",
      mergedAreas: options.mergedAreas ?? "topLeft",
      maxMergedAreas: options.maxMergedAreas ?? 512,
      quirks: { ...DEFAULT_QUIRKS, ...options.quirks },
    };
    this.engine = new SyncEngine(() => this.workbook, this.settings);
    if (options.payloadLimitBytes !== undefined) this.engine.payloadLimitBytes = options.payloadLimitBytes;
  }

  /** A new workbook with one empty sheet, "Sheet1", as Excel creates it. */
  static blankWorkbook(): Workbook {
    const wb = new Workbook();
    wb.addSheet("Sheet1");
    return wb;
  }

  /**
   * Like Excel.run: gives the batch a request context, and when the batch's promise settles sends
   * whatever is still queued (Excel.run's final sync). The batch must return a promise.
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new RequestContext(this.engine);
    try {
      const pending = batch(context as unknown as Excel.RequestContext);
      if (!pending || typeof (pending as Promise<T>).then !== "function") throw new OfficeError("RunMustReturnPromise");
      const result = await pending;
      if (context._pending.length > 0) await context.sync();
      return result;
    } finally {
      context._closed = true;
    }
  }

  /** Office.context.requirements.isSetSupported for "ExcelApi" up to the configured version. */
  isSetSupported(name: string, version = "1.1"): boolean {
    if (name !== "ExcelApi") return false;
    return compareVersions(version, this.settings.maxApiVersion) <= 0;
  }

  get maxApiVersion(): string {
    return this.settings.maxApiVersion;
  }

  set maxApiVersion(version: string) {
    this.settings.maxApiVersion = version;
  }

  /** The platform quirks in force; a test may switch one on or off between runs. */
  get quirks(): HostQuirks {
    return this.settings.quirks;
  }

  get stats(): SyncStats {
    return this.engine.stats;
  }

  resetStats(): void {
    this.engine.resetStats();
  }

  get payloadLimitBytes(): number {
    return this.engine.payloadLimitBytes;
  }

  set payloadLimitBytes(bytes: number) {
    this.engine.payloadLimitBytes = bytes;
  }

  /**
   * Makes the next sync (or, with `writeSync: n`, the nth sync that writes) fail at its Nth command
   * (1-based, counting sets, method calls and loads, not proxy instantiations) with an Office error
   * of the given code. The commands before it stay applied, as in Excel.
   */
  failNext(failure: InjectedFailure): void {
    this.engine.failNext(failure);
  }

  /** Recomputes every formula now (the host also does this after each sync that changed cells). */
  recalculate(): void {
    recalculateWorkbook(this.workbook);
  }

  /** Replaces the workbook with one read from .xlsx bytes. */
  async loadXlsx(bytes: BinaryInput): Promise<void> {
    const wb = await readXlsx(bytes);
    this.workbook.restore(wb.snapshot());
    this.workbook.date1904 = wb.date1904;
    this.workbook.dropped = [...wb.dropped];
    this.workbook.source = wb.source;
  }

  /** What the loaded file held that the host does not keep: a save leaves it out. */
  get dropped(): readonly string[] {
    return this.workbook.dropped;
  }

  /** The workbook as .xlsx bytes. */
  async saveXlsx(): Promise<Uint8Array> {
    return writeXlsx(this.workbook);
  }
}

export function createHost(workbook?: Workbook, options?: HostOptions): ExcelHost {
  return new ExcelHost(workbook, options);
}

/** A host over a workbook read from .xlsx bytes (ArrayBuffer, Uint8Array or Node Buffer). */
export async function createHostFromXlsx(bytes: BinaryInput, options?: HostOptions): Promise<ExcelHost> {
  return new ExcelHost(await readXlsx(bytes), options);
}
