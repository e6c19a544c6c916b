import type { CetakResult } from "../../../src/app/cetak";
import { cetakReducer, initialCetak, type CetakAction, type CetakState } from "../../../src/taskpane/state/cetak";

function run(actions: readonly CetakAction[], state: CetakState = initialCetak()): CetakState {
  return actions.reduce(cetakReducer, state);
}

const blocked: CetakResult = { ok: false, reason: "errors", sheet: "RAK 2024", findings: [], errors: 2 };

describe("the Cetak slice", () => {
  it("F4/Folio unless A4 is chosen", () => {
    expect(initialCetak().paper).toBe("folio");
    expect(run([{ type: "cetak/paperChanged", paper: "a4" }]).paper).toBe("a4");
    const s = initialCetak();
    expect(cetakReducer(s, { type: "cetak/paperChanged", paper: "folio" })).toBe(s);
  });

  it("a run: busy, then its result and a notice; the next run clears the notice but keeps the result on screen", () => {
    const s = run([{ type: "cetak/started" }]);
    expect([s.busy, s.notice]).toEqual(["cetak", false]);
    const done = run([{ type: "cetak/done", result: blocked }], s);
    expect([done.busy, done.result, done.notice]).toEqual([null, blocked, true]);
    const again = run([{ type: "cetak/started" }], done);
    expect([again.result, again.notice]).toEqual([blocked, false]);
  });

  it("a failure, until dismissed", () => {
    const error = { kind: "internal", detail: "x" } as const;
    const s = run([{ type: "cetak/started" }, { type: "cetak/failed", error }]);
    expect([s.busy, s.failure]).toEqual([null, { op: "cetak", error }]);
    expect(run([{ type: "cetak/failureDismissed" }], s).failure).toBeNull();
  });
});
