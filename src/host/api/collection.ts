/**
 * Collections (worksheets, range areas, conditional formats, borders). As in office.js, loading a
 * collection loads its items: load("name") means load("items/name"), load() or load("items") loads
 * the items' default scalars, and `items` throws PropertyNotLoaded until then.
 */
import { propertyNotLoaded } from "../errors";
import { ClientObject, type LoadTree, type ReadResult } from "./base";
import type { Exec } from "./queue";

export abstract class Collection<T, I extends ClientObject<IT>, IT> extends ClientObject<T> {
  readonly _scalarNames: readonly string[] = [];
  private _items: I[] | undefined;

  /** The targets of the items, at sync time. */
  abstract _itemTargets(target: T, exec: Exec): IT[];
  /** A proxy for one item (already resolved: it is not queued). */
  abstract _makeItem(target: IT): I;

  get items(): I[] {
    if (this._items === undefined) {
      if (this._isNull === true) return [];
      throw propertyNotLoaded(this._className, "items");
    }
    return this._items;
  }

  _readScalar(): unknown {
    return undefined;
  }

  override _readTree(tree: LoadTree, target: T, exec: Exec): ReadResult {
    const itemTree: LoadTree = tree.navs.get("items") ?? { scalars: new Set<string>(), navs: new Map() };
    if (tree.scalars === "*") itemTree.scalars = "*";
    else {
      for (const s of tree.scalars) {
        if (s === "items") itemTree.scalars = "*";
        else if (itemTree.scalars !== "*") itemTree.scalars.add(s);
      }
    }
    for (const [k, v] of tree.navs) if (k !== "items") itemTree.navs.set(k, v);
    if (itemTree.scalars !== "*" && itemTree.scalars.size === 0 && itemTree.navs.size === 0) itemTree.scalars = "*";

    const reads = this._itemTargets(target, exec).map((t) => {
      const item = this._makeItem(t);
      return { item, read: item._readTree(itemTree, t, exec) };
    });
    return {
      json: { items: reads.map((r) => r.read.json) },
      deliver: () => {
        for (const r of reads) r.read.deliver();
        this._items = reads.map((r) => r.item);
        this._isNull = false;
      },
    };
  }
}
