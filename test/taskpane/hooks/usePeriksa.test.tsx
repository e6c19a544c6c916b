/** @jest-environment jsdom */
import "../helpers/jsdomGlobals";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useReducer, type ReactNode } from "react";
import * as periksa from "../../../src/app/periksa";
import type { CheckOptions, CheckResult } from "../../../src/app/periksa";
import { RakitExcelError } from "../../../src/excel/errors";
import { toPaneError, usePeriksa } from "../../../src/taskpane/hooks/usePeriksa";
import { SessionProvider } from "../../../src/taskpane/session/SessionContext";
import { initialState, paneReducer, type PaneAction } from "../../../src/taskpane/state/reducer";
import { hostFrom } from "../../host/grid";

describe("toPaneError", () => {
  it("keeps a RakitExcelError", () => {
    const error = new RakitExcelError("sheetChanged", "SheetChanged");
    expect(toPaneError(error)).toEqual({ kind: "excel", error });
  });

  it("maps a raw Office error by its code", () => {
    const pane = toPaneError(Object.assign(new Error("locked"), { code: "AccessDenied" }));
    expect(pane.kind).toBe("excel");
    if (pane.kind === "excel") {
      expect(pane.error.problem).toBe("protected");
      expect(pane.error.describe("id")).toContain("Lembar ini diproteksi.");
    }
  });

  it("marks anything else as Rakit's own fault, with its message", () => {
    expect(toPaneError(new TypeError("x is undefined"))).toEqual({ kind: "internal", detail: "x is undefined" });
    expect(toPaneError("gagal")).toEqual({ kind: "internal", detail: "gagal" });
  });
});

describe("usePeriksa: check", () => {
  /** checkSheet stood in for: each call waits until the test settles it. */
  function pendingChecks() {
    const calls: { options: CheckOptions; settle: () => void }[] = [];
    const spy = jest.spyOn(periksa, "checkSheet").mockImplementation(
      (_session, options = {}) =>
        new Promise<CheckResult>((resolve) => {
          calls.push({ options, settle: () => resolve(result()) });
        }),
    );
    return { calls, restore: () => spy.mockRestore() };
  }

  function result(): CheckResult {
    return {
      analysis: { sheet: "RAK", plan: null, findings: [] },
      basedOn: "0",
      snapshot: { sheet: "RAK", origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] },
      readMs: 0,
      analyzeMs: 0,
      catalogProblem: null,
    };
  }

  function renderChecks() {
    const actions: PaneAction[] = [];
    const session = hostFrom({ RAK: [] });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SessionProvider session={session}>{children}</SessionProvider>
    );
    const { result: hook } = renderHook(
      () => {
        const [state, dispatch] = useReducer(paneReducer, undefined, () => initialState("id", "periksa"));
        const record = (action: PaneAction) => {
          actions.push(action);
          dispatch(action);
        };
        return { state, commands: usePeriksa(state, record) };
      },
      { wrapper },
    );
    return { hook, actions };
  }

  it("asked during a check, runs once more after it; asked again meanwhile, shares that run", async () => {
    const checks = pendingChecks();
    const { hook, actions } = renderChecks();
    const order: string[] = [];

    let first!: Promise<void>;
    act(() => {
      first = hook.current.commands.check().then(() => void order.push("first"));
    });
    const second = hook.current.commands.check().then(() => void order.push("second"));
    const third = hook.current.commands.check({ headerRow: 7 }).then(() => void order.push("third"));
    expect(checks.calls).toHaveLength(1); // nothing runs beside the running check

    await act(async () => checks.calls[0]?.settle());
    await waitFor(() => expect(checks.calls).toHaveLength(2));
    expect(checks.calls[1]?.options).toEqual({ headerRow: 6 }); // the latest request's header row (0-based)
    expect(hook.current.state).toMatchObject({ busy: "check", resultId: 1, checkId: 2 });

    await act(async () => checks.calls[1]?.settle());
    await Promise.all([first, second, third]);
    expect(order).toEqual(["first", "second", "third"]);
    expect(checks.calls).toHaveLength(2);
    expect(hook.current.state).toMatchObject({ busy: null, resultId: 2, headerRow: 7 });
    expect(actions.map((a) => a.type)).toEqual(["checkStarted", "checkSucceeded", "checkStarted", "checkSucceeded"]);
    checks.restore();
  });

  it("a failed check does not stop the one waiting after it", async () => {
    const spy = jest
      .spyOn(periksa, "checkSheet")
      .mockImplementationOnce(() => Promise.reject(Object.assign(new Error("busy"), { code: "GeneralException" })))
      .mockImplementationOnce(() => Promise.resolve(result()));
    const { hook } = renderChecks();
    await act(async () => {
      await Promise.all([hook.current.commands.check(), hook.current.commands.check()]);
    });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(hook.current.state).toMatchObject({ busy: null, resultId: 2, failure: null });
    spy.mockRestore();
  });
});
