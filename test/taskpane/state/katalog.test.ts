import type { InsertResult } from "../../../src/app/katalog";
import {
  initialKatalog,
  katalogReducer,
  type KatalogAction,
  type KatalogState,
} from "../../../src/taskpane/state/katalog";
import type { PaneError } from "../../../src/taskpane/state/reducer";

function run(actions: readonly KatalogAction[], state: KatalogState = initialKatalog()): KatalogState {
  return actions.reduce(katalogReducer, state);
}

const noTable = { ok: false, reason: "no-table", sheet: "Lembar1" } as const;
const inserted: InsertResult = { ok: true, sheet: "RAK 2024", newRows: [], notes: [], applied: 3 };
const refused: InsertResult = {
  ok: false,
  reason: "refused",
  note: { key: "insert.refuse.noEntries", params: {} },
};
const error: PaneError = { kind: "internal", detail: "boom" };

describe("the Katalog slice", () => {
  it("chooses and unchooses entries, in the order chosen, without duplicates", () => {
    const s = run([
      { type: "katalog/toggled", id: "3355-06", chosen: true },
      { type: "katalog/toggled", id: "6709-01", chosen: true },
      { type: "katalog/toggled", id: "3355-06", chosen: true },
    ]);
    expect(s.selected).toEqual(["3355-06", "6709-01"]);
    expect(run([{ type: "katalog/toggled", id: "3355-06", chosen: false }], s).selected).toEqual(["6709-01"]);
    // No change, same state: React skips the render.
    expect(katalogReducer(s, { type: "katalog/toggled", id: "9999-01", chosen: false })).toBe(s);
    expect(katalogReducer(s, { type: "katalog/queryChanged", query: "" })).toBe(s);
  });

  it("ignores a stale reading's result and failure", () => {
    const s = run([
      { type: "katalog/loadStarted", id: 1 },
      { type: "katalog/loadStarted", id: 2 },
      { type: "katalog/loaded", id: 1, result: noTable },
      { type: "katalog/failed", op: "katalogLoad", id: 1, error },
    ]);
    expect([s.busy, s.loaded, s.failure]).toEqual(["katalogLoad", null, null]);
    const done = run([{ type: "katalog/loaded", id: 2, result: noTable }], s);
    expect([done.busy, done.loaded, done.notice]).toEqual([null, noTable, "loaded"]);
  });

  it("after an insert: the choice is cleared and the catalog read again (loaded reset); Periksa's counts follow", () => {
    const s = run([
      { type: "katalog/loadStarted", id: 1 },
      { type: "katalog/loaded", id: 1, result: noTable },
      { type: "katalog/toggled", id: "3355-06", chosen: true },
      { type: "katalog/insertStarted" },
    ]);
    expect(s.busy).toBe("katalogInsert");
    const after = run([{ type: "katalog/inserted", result: inserted }], s);
    expect([after.busy, after.selected, after.loaded, after.inserted, after.notice]).toEqual([
      null,
      [],
      null,
      inserted,
      "inserted",
    ]);
    expect(after.loadId).toBe(2);
    expect(run([{ type: "katalog/rechecked" }], after).rechecked).toBe(true);
  });

  it("a refused insert keeps the choice, and says why", () => {
    const s = run([
      { type: "katalog/toggled", id: "3355-06", chosen: true },
      { type: "katalog/insertStarted" },
      { type: "katalog/inserted", result: refused },
      { type: "katalog/rechecked" },
    ]);
    expect([s.selected, s.inserted, s.notice, s.rechecked]).toEqual([["3355-06"], refused, "refused", false]);
  });

  it("a failure stops the operation until dismissed", () => {
    const s = run([{ type: "katalog/insertStarted" }, { type: "katalog/failed", op: "katalogInsert", error }]);
    expect([s.busy, s.failure]).toEqual([null, { op: "katalogInsert", error }]);
    expect(run([{ type: "katalog/failureDismissed" }], s).failure).toBeNull();
  });
});
