import type { BudgetResult } from "../../../src/app/anggaran";
import type { JadwalResult } from "../../../src/app/jadwal";
import type { NoTable } from "../../../src/app/plan";
import type { BudgetTotals } from "../../../src/core/budget";
import { RakitExcelError } from "../../../src/excel/errors";
import { initialAnggaran, isAnggaranAction } from "../../../src/taskpane/state/anggaran";
import {
  initialState,
  paneReducer,
  type PaneAction,
  type PaneError,
  type PaneState,
} from "../../../src/taskpane/state/reducer";

/** A budget result as the reducer sees it: only identity and the total matter here. */
function budget(total: number, applied = 0): BudgetResult {
  const totals = { total, periodKind: "month" } as unknown as BudgetTotals;
  return { ok: true, sheet: "RAK 2024", totals, notes: [], rpd: null, applied, sheetsWritten: [] };
}

function schedule(unplanned: number): JadwalResult {
  const notes = unplanned === 0 ? [{ key: "schedule.note.highlights" as const, params: {} }] : [];
  return {
    ok: true,
    sheet: "RAK 2024",
    schedule: {
      periodKind: "month",
      periods: [],
      quarters: [],
      emptyPeriods: [],
      unplanned: Array.from({ length: unplanned }, (_, i) => ({
        row: 10 + i,
        indicator: "",
        kegiatan: "",
        address: "",
      })),
      rowCount: 40,
    },
    notes,
    rules: notes.length,
  };
}

const noTable: NoTable = { ok: false, reason: "no-table", sheet: "Catatan" };
const excelError: PaneError = { kind: "excel", error: new RakitExcelError("protected", "AccessDenied") };

function run(actions: readonly PaneAction[], state: PaneState = initialState("id", "anggaran")): PaneState {
  return actions.reduce(paneReducer, state);
}

describe("the Anggaran slice of the pane's state", () => {
  it("starts on the budget part, idle, with nothing read", () => {
    expect(initialState("id", "anggaran").anggaran).toEqual(initialAnggaran());
    expect(initialAnggaran()).toMatchObject({
      part: "budget",
      busy: null,
      budget: null,
      schedule: null,
      rpd: false,
      lag: 0,
    });
  });

  it("is changed only by its own actions; the rest of the pane's state stays the same object", () => {
    const s0 = initialState("id", "anggaran");
    const s1 = paneReducer(s0, { type: "anggaran/partChanged", part: "schedule" });
    expect(s1.anggaran.part).toBe("schedule");
    expect({ ...s1, anggaran: s0.anggaran }).toEqual(s0);
    // Nothing changes: the very same state back, so React skips the render.
    expect(paneReducer(s1, { type: "anggaran/partChanged", part: "schedule" })).toBe(s1);
    expect(paneReducer(s1, { type: "anggaran/failureDismissed" })).toBe(s1);
    // Periksa's actions leave the slice alone.
    expect(paneReducer(s1, { type: "moreShown" }).anggaran).toBe(s1.anggaran);
    expect(isAnggaranAction({ type: "anggaran/rpdChanged" })).toBe(true);
    expect(isAnggaranAction({ type: "checkStarted" })).toBe(false);
  });

  it("a budget reading: busy while it runs, its result and a notice after; an older reading's result is ignored", () => {
    const started = run([{ type: "anggaran/budgetStarted", id: 1 }]).anggaran;
    expect(started).toMatchObject({ busy: "budget", budgetId: 1, notice: null });

    const first = budget(1);
    const second = budget(2);
    const s = run([
      { type: "anggaran/budgetStarted", id: 1 },
      { type: "anggaran/budgetStarted", id: 2 },
      { type: "anggaran/budgetComputed", id: 2, result: second },
      { type: "anggaran/budgetComputed", id: 1, result: first },
      { type: "anggaran/failed", op: "budget", id: 1, error: excelError },
    ]).anggaran;
    expect(s.budget).toBe(second);
    expect(s).toMatchObject({ busy: null, failure: null, notice: "budgetComputed" });
  });

  it("a sheet with no RAK is a result like any other", () => {
    const s = run([
      { type: "anggaran/budgetStarted", id: 1 },
      { type: "anggaran/budgetComputed", id: 1, result: noTable },
    ]).anggaran;
    expect(s).toMatchObject({ busy: null, budget: noTable, notice: "budgetComputed" });
  });

  it("Tulis ke lembar: its result replaces the totals, keeps its notes on screen, and outdates a reading in flight", () => {
    const before = budget(1);
    const written = budget(2, 5);
    const s = run([
      { type: "anggaran/budgetStarted", id: 1 },
      { type: "anggaran/budgetComputed", id: 1, result: before },
      { type: "anggaran/writeStarted" },
    ]).anggaran;
    expect(s).toMatchObject({ busy: "writeBudget", written: null });

    const after = run(
      [
        { type: "anggaran/budgetWritten", result: written },
        { type: "anggaran/budgetComputed", id: 1, result: before },
      ],
      { ...initialState("id", "anggaran"), anggaran: s },
    ).anggaran;
    expect(after).toMatchObject({ busy: null, budget: written, written, notice: "budgetWritten" });

    // The next write clears the last one's notes while it runs.
    expect(
      paneReducer({ ...initialState("id", "anggaran"), anggaran: after }, { type: "anggaran/writeStarted" }).anggaran
        .written,
    ).toBeNull();
  });

  it("a write that changed the sheet outdates the schedule read before it (inserted rows move rows)", () => {
    const read = schedule(1);
    const before = run([
      { type: "anggaran/scheduleStarted", id: 1 },
      { type: "anggaran/scheduleComputed", id: 1, result: read },
      { type: "anggaran/writeStarted" },
    ]);
    expect(paneReducer(before, { type: "anggaran/budgetWritten", result: budget(2, 0) }).anggaran.schedule).toBe(read);
    const after = paneReducer(before, { type: "anggaran/budgetWritten", result: budget(2, 3) }).anggaran;
    expect(after.schedule).toBeNull();
    // A reading of the schedule still in flight would give the rows as they were: it is ignored.
    expect(
      paneReducer({ ...before, anggaran: after }, { type: "anggaran/scheduleComputed", id: 1, result: read }).anggaran
        .schedule,
    ).toBeNull();
  });

  it("a write that found no table shows that, not a success", () => {
    const s = run([{ type: "anggaran/writeStarted" }, { type: "anggaran/budgetWritten", result: noTable }]).anggaran;
    expect(s).toMatchObject({ busy: null, budget: noTable, written: null, notice: "budgetComputed" });
  });

  it("a failure ends the operation and is kept, with its operation, until dismissed or the next run", () => {
    const failed = run([
      { type: "anggaran/writeStarted" },
      { type: "anggaran/failed", op: "writeBudget", error: excelError },
    ]);
    expect(failed.anggaran).toMatchObject({ busy: null, failure: { op: "writeBudget", error: excelError } });
    expect(failed.failure).toBeNull(); // Periksa's own error bar stays clear
    expect(paneReducer(failed, { type: "anggaran/failureDismissed" }).anggaran.failure).toBeNull();
    expect(paneReducer(failed, { type: "anggaran/highlightStarted" }).anggaran.failure).toBeNull();

    const select = run([{ type: "anggaran/selectFailed", error: excelError }]).anggaran;
    expect(select).toMatchObject({ busy: null, failure: { op: "select" } });
  });

  it("schedule: readings by id; Sorot jadwal gives the fresh schedule and its notes; Hapus sorotan gives its notes", () => {
    const old = schedule(2);
    const fresh = schedule(1);
    const s = run([
      { type: "anggaran/scheduleStarted", id: 1 },
      { type: "anggaran/scheduleStarted", id: 2 },
      { type: "anggaran/scheduleComputed", id: 1, result: old },
      { type: "anggaran/failed", op: "schedule", id: 1, error: excelError },
    ]).anggaran;
    expect(s).toMatchObject({ busy: "schedule", schedule: null, failure: null });

    const lit = schedule(0);
    const after = run([
      { type: "anggaran/scheduleStarted", id: 1 },
      { type: "anggaran/scheduleComputed", id: 1, result: fresh },
      { type: "anggaran/highlightStarted" },
      { type: "anggaran/scheduleHighlighted", result: lit },
    ]).anggaran;
    expect(after).toMatchObject({ busy: null, schedule: lit, scheduleNotes: lit.notes, notice: "scheduleNoted" });

    const notes = [{ key: "schedule.note.cleared" as const, params: {} }];
    const cleared = run([{ type: "anggaran/clearStarted" }, { type: "anggaran/scheduleCleared", notes }]).anggaran;
    expect(cleared).toMatchObject({ busy: null, scheduleNotes: notes, notice: "scheduleNoted" });
  });

  it("options: Draf RPD, its lag and the period view", () => {
    const s = run([
      { type: "anggaran/rpdChanged", rpd: true },
      { type: "anggaran/lagChanged", lag: 1 },
      { type: "anggaran/periodViewChanged", view: "quarter" },
    ]).anggaran;
    expect(s).toMatchObject({ rpd: true, lag: 1, periodView: "quarter" });
  });
});
