import { selfTest } from "../../src/app/selfTest";
import type { ExcelSession } from "../../src/excel/session";
import { SCENARIOS } from "../../src/excel/selftest/scenarios";
import type { ExcelHost } from "../../src/host";
import { dumpWorkbook } from "../helpers/host";
import { hostFrom } from "../host/grid";

/** `target` with the member `prop` replaced by `make(original)`; other methods stay bound to `target`. */
function withMember<T extends object>(target: T, prop: PropertyKey, make: (original: unknown) => unknown): T {
  return new Proxy(target, {
    get(t, p) {
      const value: unknown = Reflect.get(t, p, t);
      if (p === prop) return make(value);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/**
 * The host behind a session where deleting the sheet `name` does nothing, as when Excel keeps a sheet
 * the add-in asked to delete: worksheets.getItemOrNullObject(name).delete() is dropped, the rest is real.
 */
function undeletable(host: ExcelHost, name: string): ExcelSession {
  type GetItem = (this: unknown, sheet: string) => object;
  const keep = (ws: object) => withMember(ws, "delete", () => () => undefined);
  const worksheets = (sheets: object) =>
    withMember(sheets, "getItemOrNullObject", (getItem) => (sheet: string) => {
      const ws = (getItem as GetItem).call(sheets, sheet);
      return sheet === name ? keep(ws) : ws;
    });
  return {
    isSetSupported: (n, v) => host.isSetSupported(n, v),
    run: (batch) =>
      host.run((context) =>
        batch(
          withMember(context, "workbook", (wb) =>
            withMember(wb as object, "worksheets", (ws) => worksheets(ws as object)),
          ),
        ),
      ),
  };
}

describe("selfTest: the scenarios as Bantuan runs them", () => {
  it("loads the scenarios, reports each as it finishes, and leaves no sheet behind", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    const before = dumpWorkbook(host);
    const started: number[] = [];
    const heard: string[] = [];
    const outcome = await selfTest(host, { onStart: (n) => started.push(n), onResult: (r) => heard.push(r.name) });
    expect(started).toEqual([SCENARIOS.length]);
    expect(heard).toEqual(SCENARIOS.map((s) => s.name));
    expect(outcome.results.every((r) => r.status === "pass")).toBe(true);
    expect(outcome.leftover).toEqual([]);
    expect(dumpWorkbook(host)).toBe(before);
  });

  it("names a scratch sheet Excel did not delete, so the pane can tell the user", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    const outcome = await selfTest(undeletable(host, "Rakit Uji 2"));
    expect(outcome.leftover).toEqual(["Rakit Uji 2"]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["RAK", "Rakit Uji 2"]);
  });
});
