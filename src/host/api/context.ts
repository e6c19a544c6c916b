/**
 * Excel.RequestContext: holds the queue of pending commands and sends it on `sync()`.
 */
import { OfficeError } from "../errors";
import type { ClientObject, LoadOption } from "./base";
import type { Command } from "./queue";
import type { SyncEngine } from "./sync";
import { Workbook } from "./workbook";

export class RequestContext {
  readonly workbook: Workbook;
  /** Office uses tracked objects to keep proxies valid across batches; the host's always are. */
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };
  /** @internal */ _pending: Command[] = [];
  /** @internal */ _closed = false;

  constructor(private readonly engine: SyncEngine) {
    this.workbook = new Workbook(this);
  }

  /** @internal */
  _enqueue(command: Command): void {
    if (this._closed) {
      throw new OfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
        command.location,
      );
    }
    this._pending.push(command);
  }

  /** @internal The engine's settings (requirement-set checks happen client-side, at call time). */
  get _settings(): SyncEngine["settings"] {
    return this.engine.settings;
  }

  /** office.js's context.load(object, option), the same as object.load(option). */
  load<T extends ClientObject<unknown>>(object: T, option?: LoadOption): T {
    return object.load(option);
  }

  /** Sends the queued commands to the workbook and brings back what was loaded. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this._pending;
    this._pending = [];
    await this.engine.execute(commands);
    return passThroughValue as T;
  }
}
