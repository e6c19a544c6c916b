/**
 * The proxy object every API class extends, after OfficeExtension.ClientObject:
 * - creating a proxy queues an "instantiate" command; at sync it resolves the proxy to its model
 *   target (a sheet id, a rectangle...), raising ItemNotFound for a missing item, or marking an
 *   `*OrNullObject` result as a null object;
 * - setting a property or calling a method queues a command; nothing reaches the model before sync;
 * - `load()` queues a read; the values arrive when the sync resolves. Reading a property that was
 *   neither loaded nor set throws PropertyNotLoaded (office.js Utility.throwIfNotLoaded);
 * - on a null object, every property reads as undefined once synced, and queued writes do nothing
 *   (office.js: throwIfNotLoaded skips null objects; the null object path makes actions no-ops).
 */
import { OfficeError, officeError, propertyNotLoaded } from "../errors";
import type { Command, CommandResult, Exec } from "./queue";
import type { RequestContext } from "./context";

/** A parsed load() argument: scalar names ("*" for the defaults) and navigation sub-trees. */
export interface LoadTree {
  scalars: Set<string> | "*";
  navs: Map<string, LoadTree>;
}

export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

export function emptyTree(): LoadTree {
  return { scalars: new Set(), navs: new Map() };
}

function addPath(tree: LoadTree, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || head === "") return;
  if (rest.length === 0) {
    if (head === "*") tree.scalars = "*";
    else if (tree.scalars !== "*") tree.scalars.add(head);
    // A bare navigation name ("format", "items") loads its default scalars.
    return;
  }
  let sub = tree.navs.get(head);
  if (!sub) {
    sub = emptyTree();
    tree.navs.set(head, sub);
  }
  addPath(sub, rest);
}

/** Parses what load() accepts: "a, b/c", ["a", "b/c"], {select, expand} or {a: true, b: {c: true}}. */
export function parseLoad(option: LoadOption | undefined): LoadTree {
  if (option === undefined || option === null) return { scalars: "*", navs: new Map() };
  const tree = emptyTree();
  const paths = (list: string | string[]): string[] =>
    (Array.isArray(list) ? list : list.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
  if (typeof option === "string" || Array.isArray(option)) {
    for (const p of paths(option))
      addPath(
        tree,
        p.split("/").map((s) => s.trim()),
      );
    return tree;
  }
  if ("select" in option || "expand" in option) {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    for (const p of paths(o.select ?? [])) addPath(tree, p.split("/"));
    for (const p of paths(o.expand ?? [])) addPath(tree, [...p.split("/"), "*"]);
    return tree;
  }
  const walk = (obj: Record<string, unknown>, prefix: string[]): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (v === true) addPath(tree, [...prefix, k]);
      else if (v && typeof v === "object") walk(v as Record<string, unknown>, [...prefix, k]);
    }
  };
  walk(option as Record<string, unknown>, []);
  return tree;
}

export interface ReadResult {
  json: unknown;
  deliver: () => void;
}

let nextProxyId = 1;

export abstract class ClientObject<T> {
  abstract readonly _className: string;
  /** @internal Scalars a parameterless load() reads. */
  abstract readonly _scalarNames: readonly string[];
  /** @internal Navigation properties (child proxies) by name. */
  readonly _navNames: readonly string[] = [];

  /** @internal */ readonly _ctx: RequestContext;
  /** @internal */ readonly _id = nextProxyId++;
  /** @internal */ _target: T | null | undefined = undefined;
  /** @internal */ _isNull: boolean | undefined = undefined;
  /** @internal Loaded values, and values set through this proxy. */
  readonly _data = new Map<string, unknown>();
  private readonly _resolver: ((exec: Exec) => T | null) | null;

  constructor(ctx: RequestContext, resolver: ((exec: Exec) => T | null) | { resolved: T }) {
    this._ctx = ctx;
    if (typeof resolver === "function") {
      this._resolver = resolver;
      ctx._enqueue({
        json: { op: "instantiate", id: this._id },
        location: "",
        mutates: false,
        instantiate: true,
        run: (exec) => {
          const target = this._resolve(exec);
          return { json: { id: this._id, isNull: target === null }, deliver: () => (this._isNull = target === null) };
        },
      });
    } else {
      this._resolver = null;
      this._target = resolver.resolved;
      this._isNull = false;
    }
  }

  get context(): RequestContext {
    return this._ctx;
  }

  /** True when the object does not exist. Readable after a sync (office.js ClientObject.isNullObject). */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(null, "isNullObject");
    return this._isNull;
  }

  /** @internal The model target, resolved once (at its first sync) and kept. */
  _resolve(exec: Exec): T | null {
    if (this._target !== undefined) return this._target;
    if (!this._resolver) throw officeError("GeneralException", this._className);
    const target = this._resolver(exec);
    this._target = target;
    return target;
  }

  /** @internal */
  _enqueue(command: Command): void {
    this._ctx._enqueue(command);
  }

  /** @internal A loaded (or locally set) property; PropertyNotLoaded otherwise. */
  protected _get<V>(name: string): V {
    if (this._data.has(name)) return this._data.get(name) as V;
    if (this._isNull === true) return undefined as V;
    throw propertyNotLoaded(this._className, name);
  }

  /** @internal Queues a property write; the value is readable locally at once, like office.js. */
  protected _setProp(name: string, value: unknown, apply: (target: T, exec: Exec) => void, mutates = true): void {
    this._data.set(name, value);
    this._enqueue({
      json: { op: "set", id: this._id, name, value },
      location: `${this._className}.${name}`,
      mutates,
      run: (exec) => {
        const target = this._resolve(exec);
        if (target !== null) apply(target, exec);
      },
    });
  }

  /** @internal Queues a method call without a result. */
  protected _invoke(name: string, args: unknown[], apply: (target: T, exec: Exec) => void, mutates = true): void {
    this._enqueue({
      json: { op: "call", id: this._id, name, args: args.map(argJson) },
      location: `${this._className}.${name}`,
      mutates,
      run: (exec) => {
        const target = this._resolve(exec);
        if (target !== null) apply(target, exec);
      },
    });
  }

  /** @internal Queues a method call whose value arrives in a ClientResult. */
  protected _invokeResult<V>(
    name: string,
    args: unknown[],
    compute: (target: T, exec: Exec) => V,
    mutates = false,
  ): ClientResult<V> {
    const result = new ClientResult<V>();
    this._enqueue({
      json: { op: "call", id: this._id, name, args: args.map(argJson) },
      location: `${this._className}.${name}`,
      mutates,
      reads: true,
      run: (exec): CommandResult => {
        exec.settle();
        const target = this._resolve(exec);
        const value = target === null ? (null as V) : compute(target, exec);
        return { json: value, deliver: () => result._set(value) };
      },
    });
    return result;
  }

  /** Queues a read of the given properties; they are readable after the next sync. */
  load(option?: LoadOption): this {
    const tree = parseLoad(option);
    this._enqueue({
      json: { op: "load", id: this._id, option: option ?? null },
      location: `${this._className}.load`,
      mutates: false,
      reads: true,
      run: (exec): CommandResult => {
        exec.settle();
        const target = this._resolve(exec);
        if (target === null) return { json: null, deliver: () => (this._isNull = true) };
        const read = this._readTree(tree, target, exec);
        return read;
      },
    });
    return this;
  }

  /** @internal Reads a load tree against a target (at sync time). */
  _readTree(tree: LoadTree, target: T, exec: Exec): ReadResult {
    const json: Record<string, unknown> = {};
    const delivers: (() => void)[] = [];
    const names = tree.scalars === "*" ? this._scalarNames : [...tree.scalars];
    for (const name of names) {
      if (this._navNames.includes(name)) {
        // load("format") loads the navigation object's default scalars.
        const read = this._readNav(name, { scalars: "*", navs: new Map() }, target, exec);
        json[name] = read.json;
        delivers.push(read.deliver);
        continue;
      }
      if (!this._scalarNames.includes(name) && !this._extraScalars().includes(name)) {
        throw new OfficeError(
          "InvalidArgument",
          `The property '${name}' is not available on ${this._className} in the in-memory host.`,
          `${this._className}.${name}`,
        );
      }
      json[name] = this._readScalar(name, target, exec);
    }
    for (const [name, sub] of tree.navs) {
      const read = this._readNav(name, sub, target, exec);
      json[name] = read.json;
      delivers.push(read.deliver);
    }
    return {
      json,
      deliver: () => {
        this._isNull = false;
        for (const name of names) if (!this._navNames.includes(name)) this._data.set(name, json[name]);
        for (const d of delivers) d();
      },
    };
  }

  /** @internal Scalars that load() reads only when asked by name. */
  _extraScalars(): readonly string[] {
    return [];
  }

  /** @internal One scalar's value from the model. */
  abstract _readScalar(name: string, target: T, exec: Exec): unknown;

  /** @internal Reads a navigation property's sub-tree. */
  _readNav(name: string, tree: LoadTree, target: T, exec: Exec): ReadResult {
    const child = this._navChild(name);
    if (!child) {
      throw new OfficeError(
        "InvalidArgument",
        `The property '${name}' is not available on ${this._className} in the in-memory host.`,
        `${this._className}.${name}`,
      );
    }
    const childTarget = this._navTarget(name, target, exec);
    if (childTarget === null) return { json: null, deliver: () => (child._isNull = true) };
    return child._readTree(tree, childTarget, exec);
  }

  /** @internal The child proxy behind a navigation property. */
  _navChild(name: string): ClientObject<unknown> | undefined {
    if (!this._navNames.includes(name)) return undefined;
    return (this as unknown as Record<string, ClientObject<unknown>>)[name];
  }

  /**
   * @internal A navigation child's target, from this object's target. By default the child works
   * on the same target (format, fill and font of a range work on the range).
   */
  _navTarget(_name: string, target: T, _exec: Exec): unknown {
    return target;
  }

  /** Sets several properties at once, from a plain object shaped like this one. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      if (this._navNames.includes(key)) {
        const child = this._navChild(key);
        child?.set(value as Record<string, unknown>);
        continue;
      }
      const proto = findSetter(this, key);
      if (!proto) throw officeError("InvalidArgument", `${this._className}.set`);
      (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  /** The loaded properties as plain data. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._data) out[k] = v;
    for (const name of this._navNames) {
      const child = this._navChild(name);
      if (child && child._data.size > 0) out[name] = child.toJSON();
    }
    return out;
  }
}

function findSetter(obj: object, key: string): boolean {
  let proto: object | null = Object.getPrototypeOf(obj);
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (d) return typeof d.set === "function";
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

/** Proxies in arguments are sent as references, like office.js does. */
function argJson(arg: unknown): unknown {
  if (arg instanceof ClientObject) return { ref: arg._id };
  return arg;
}

/** office.js ClientResult: a method's return value, readable after sync. */
export class ClientResult<V> {
  private loaded = false;
  private v: V | undefined;

  get value(): V {
    if (!this.loaded) throw new OfficeError("ValueNotLoaded", undefined, "clientResult.value");
    return this.v as V;
  }

  /** @internal */
  _set(value: V): void {
    this.v = value;
    this.loaded = true;
  }
}
