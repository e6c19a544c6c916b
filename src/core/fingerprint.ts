import type { SheetSnapshot } from "./snapshot";
import { isCellError } from "./snapshot";

/**
 * A short hash of a snapshot's contents (values, formulas, merges). An edit plan carries the
 * fingerprint of the snapshot it was planned from, so the adapter can tell that the sheet changed
 * since it was read and refuse to apply a stale plan. FNV-1a: fast, and collisions only matter
 * against accidental change, not an adversary.
 */
export function fingerprint(snapshot: SheetSnapshot): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  };
  feed(`${snapshot.origin.row},${snapshot.origin.col}`);
  snapshot.values.forEach((row, r) => {
    row.forEach((v, c) => {
      const f = snapshot.formulas[r]?.[c] ?? "";
      if (v === "" && f === "") return;
      feed(`${r},${c}`);
      feed(isCellError(v) ? v.error : `${typeof v}:${String(v)}`);
      feed(f);
    });
  });
  for (const m of snapshot.merges) feed(`m${m.top},${m.left},${m.bottom},${m.right}`);
  return (h >>> 0).toString(16).padStart(8, "0");
}
