import { officeDiagnostics, officeSession } from "../../src/excel/officeSession";

type Globals = { Office?: unknown; Excel?: unknown };

/** Office.js as far as officeSession uses it: requirement sets, diagnostics and Excel.run. */
function fakeOffice(highestMinor: number, diagnostics: unknown) {
  const runs: unknown[][] = [];
  const globals = globalThis as Globals;
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && Number(version.split(".")[1]) <= highestMinor,
      },
      diagnostics,
    },
  };
  globals.Excel = {
    run: (...args: unknown[]) => {
      runs.push(args);
      return Promise.resolve("ran");
    },
  };
  return runs;
}

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
});

describe("officeSession: the session inside real Excel", () => {
  it("reports Office.context.diagnostics' platform and version", () => {
    fakeOffice(17, { host: "Excel", platform: "PC", version: "16.0.17928.20114" });
    expect(officeSession().diagnostics?.()).toEqual({ kind: "excel", platform: "PC", version: "16.0.17928.20114" });
  });

  it("says 'not known' rather than failing where diagnostics are missing or empty", () => {
    expect(officeDiagnostics(undefined)).toEqual({ kind: "excel", platform: null, version: null });
    expect(
      officeDiagnostics({ diagnostics: { platform: "", version: "" } as unknown as Office.ContextInformation }),
    ).toEqual({
      kind: "excel",
      platform: null,
      version: null,
    });
  });

  it("runs each batch as one undo group from ExcelApi 1.20, and plainly before", async () => {
    const batch = async () => "done";
    let runs = fakeOffice(20, undefined);
    await officeSession().run(batch);
    expect(runs).toEqual([[{ mergeUndoGroup: true }, batch]]);
    runs = fakeOffice(19, undefined);
    await officeSession().run(batch);
    expect(runs).toEqual([[batch]]);
  });
});
