import type { CheckResult } from "../../../src/app/periksa";
import { RakitExcelError } from "../../../src/excel/errors";
import {
  LIST_PAGE,
  initialState,
  paneReducer,
  type PaneAction,
  type PaneError,
  type PaneState,
} from "../../../src/taskpane/state/reducer";

/** A check result as the reducer sees it: only identity matters here. */
function result(sheet = "RAK 2024"): CheckResult {
  return {
    analysis: { sheet, plan: null, findings: [] },
    basedOn: "0",
    snapshot: { sheet, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] },
    readMs: 0,
    analyzeMs: 0,
    catalogProblem: null,
  };
}

const excelError: PaneError = { kind: "excel", error: new RakitExcelError("protected", "AccessDenied") };

function run(actions: readonly PaneAction[], state: PaneState = initialState("id", "periksa")): PaneState {
  return actions.reduce(paneReducer, state);
}

describe("paneReducer", () => {
  it("starts idle, in the given language and view", () => {
    const s = initialState("en", "anggaran");
    expect(s).toMatchObject({ lang: "en", view: "anggaran", busy: null, result: null, resultId: 0, filter: "all" });
    expect(s.listLimit).toBe(LIST_PAGE);
  });

  describe("checks", () => {
    it("shows a check's result (summary and findings) as soon as it arrives", () => {
      const r1 = result();
      const opened = run([
        { type: "checkStarted", id: 1, headerRow: null },
        { type: "checkSucceeded", id: 1, result: r1 },
      ]);
      expect(opened).toMatchObject({ busy: null, result: r1, resultId: 1, runs: 1, notice: "checked" });

      const r2 = result();
      const checked = run(
        [
          { type: "checkStarted", id: 2, headerRow: null },
          { type: "checkSucceeded", id: 2, result: r2 },
        ],
        opened,
      );
      expect(checked).toMatchObject({ result: r2, resultId: 2, runs: 2 });
    });

    it("is busy while running, and clears the previous failure and notice", () => {
      const failed = run([
        { type: "checkStarted", id: 1, headerRow: null },
        { type: "checkFailed", id: 1, error: excelError },
      ]);
      expect(failed).toMatchObject({ busy: null, failure: { op: "check", error: excelError }, runs: 0 });

      const again = paneReducer(failed, { type: "checkStarted", id: 2, headerRow: null });
      expect(again).toMatchObject({ busy: "check", failure: null, notice: null, checkId: 2 });
    });

    it("keeps the results of the last run on screen while the next one runs", () => {
      const r1 = result();
      const s = run([
        { type: "checkStarted", id: 1, headerRow: null },
        { type: "checkSucceeded", id: 1, result: r1 },
        { type: "checkStarted", id: 2, headerRow: null },
      ]);
      expect(s).toMatchObject({ busy: "check", result: r1, resultId: 1 });
    });

    it("shows an older check's result while a newer one runs, and stays busy until the newer one ends", () => {
      const old = result();
      const s = run([
        { type: "checkStarted", id: 1, headerRow: null },
        { type: "checkStarted", id: 2, headerRow: 7 },
        { type: "checkSucceeded", id: 1, result: old },
      ]);
      expect(s).toMatchObject({ busy: "check", result: old, resultId: 1, checkId: 2, notice: null });

      const fresh = result();
      expect(paneReducer(s, { type: "checkSucceeded", id: 2, result: fresh })).toMatchObject({
        busy: null,
        result: fresh,
        resultId: 2,
        notice: "checked",
      });
    });

    it("never lets an older check's result or failure replace a newer one's", () => {
      const fresh = result();
      const s = run([
        { type: "checkStarted", id: 1, headerRow: null },
        { type: "checkStarted", id: 2, headerRow: null },
        { type: "checkSucceeded", id: 2, result: fresh },
        { type: "checkSucceeded", id: 1, result: result() },
        { type: "checkFailed", id: 1, error: excelError },
      ]);
      expect(s).toMatchObject({ busy: null, result: fresh, resultId: 2, failure: null });
    });

    it("remembers the header row the check used", () => {
      const s = run([
        { type: "checkStarted", id: 1, headerRow: 7 },
        { type: "checkSucceeded", id: 1, result: result() },
      ]);
      expect(s.headerRow).toBe(7);
    });

    it("shows the first page of a new result", () => {
      const s = run([
        { type: "moreShown" },
        { type: "moreShown" },
        { type: "checkStarted", id: 1, headerRow: null },
        { type: "checkSucceeded", id: 1, result: result() },
      ]);
      expect(s.listLimit).toBe(LIST_PAGE);
    });

    it("keeps the filter across runs (the counts change, the user's choice doesn't)", () => {
      const s = run([
        { type: "filterChanged", filter: "warning" },
        { type: "checkStarted", id: 1, headerRow: null },
        { type: "checkSucceeded", id: 1, result: result() },
      ]);
      expect(s.filter).toBe("warning");
    });
  });

  describe("highlight and clear", () => {
    it.each([
      ["highlight", "highlightStarted", "highlightDone", "highlightFailed", "highlighted"],
      ["clear", "clearStarted", "clearDone", "clearFailed", "cleared"],
    ] as const)("%s: busy, then a notice or a failure", (op, started, done, failed, notice) => {
      const busy = paneReducer(initialState("id", "periksa"), { type: started });
      expect(busy).toMatchObject({ busy: op, failure: null, notice: null });
      expect(paneReducer(busy, { type: done })).toMatchObject({ busy: null, notice });
      expect(paneReducer(busy, { type: failed, error: excelError })).toMatchObject({
        busy: null,
        failure: { op, error: excelError },
      });
    });

    it("a failed selection is shown without making the pane busy", () => {
      const s = run([{ type: "selectFailed", error: excelError }]);
      expect(s).toMatchObject({ busy: null, failure: { op: "select", error: excelError } });
      expect(paneReducer(s, { type: "failureDismissed" }).failure).toBeNull();
    });
  });

  describe("view state", () => {
    it("filter, more, language and view", () => {
      const s = run([
        { type: "moreShown" },
        { type: "filterChanged", filter: "error" },
        { type: "moreShown" },
        { type: "langChanged", lang: "en" },
        { type: "viewChanged", view: "cetak" },
      ]);
      expect(s).toMatchObject({ filter: "error", listLimit: 2 * LIST_PAGE, lang: "en", view: "cetak" });
    });

    it("returns the same state for an action that changes nothing (so nothing re-renders)", () => {
      const s = initialState("id", "periksa");
      expect(paneReducer(s, { type: "filterChanged", filter: "all" })).toBe(s);
      expect(paneReducer(s, { type: "langChanged", lang: "id" })).toBe(s);
      expect(paneReducer(s, { type: "viewChanged", view: "periksa" })).toBe(s);
      expect(paneReducer(s, { type: "failureDismissed" })).toBe(s);
    });
  });
});
