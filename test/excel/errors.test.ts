import { applyEdits } from "../../src/excel/applyEdits";
import {
  PROBLEMS,
  RakitExcelError,
  RESIDUE_KINDS,
  toRakitError,
  type ExcelProblem,
  type Residue,
} from "../../src/excel/errors";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { CLEAN_SPEC } from "../cli/helpers";
import { hostFromWorkbook } from "../helpers/host";

const SHEET = "RAK 2025";

/** Each Office error code Excel can throw at us, the problem it maps to, and words its message must hold. */
const CASES: [code: string, problem: ExcelProblem, id: RegExp, en: RegExp][] = [
  ["InvalidOperationInCellEditMode", "cellEditMode", /mode edit sel/, /cell-edit mode/],
  ["AccessDenied", "protected", /diproteksi/, /protected/],
  ["RequestPayloadSizeLimitExceeded", "payloadTooLarge", /terlalu besar/, /Too much data/],
  ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge", /terlalu besar/, /Too much data/],
  ["ItemNotFound", "itemNotFound", /tidak ada lagi/, /gone/],
  ["MergedRangeConflict", "mergeConflict", /digabung/, /merged cells/],
  ["InsertDeleteConflict", "insertConflict", /disisipkan atau dihapus/, /inserted or deleted/],
  ["GeneralException", "unknown", /GeneralException/, /GeneralException/],
];

describe("Office errors become messages a user can act on, keeping the code", () => {
  it.each(CASES)("%s during the write batch -> %s", async (code, problem, id, en) => {
    const host = await hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }));
    // Fail the first command of the write sync (the preflight's sync is the one before).
    host.failNext({ atCommand: 1, code });
    const error = await host
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem(SHEET);
        ws.load("name");
        await context.sync(); // the injected failure hits this sync
      })
      .then(
        () => null,
        (e: unknown) => toRakitError(e),
      );
    expect(error).toBeInstanceOf(RakitExcelError);
    expect(error!.code).toBe(code);
    expect(error!.problem).toBe(problem);
    expect(error!.describe("id")).toMatch(id);
    expect(error!.describe("en")).toMatch(en);
  });

  it("applyEdits never lets a raw Office error out: it throws a RakitExcelError with the code", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }));
    host.failNext({ atCommand: 1, code: "InvalidOperationInCellEditMode" });
    const error = await host
      .run((context) =>
        applyEdits(
          context,
          { sheet: SHEET, basedOn: null, edits: [{ kind: "merge", sheet: SHEET, address: "A40:B40" }] },
          { mergedAreas: true, pageLayout: true },
        ),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RakitExcelError);
    expect((error as RakitExcelError).problem).toBe("cellEditMode");
    expect((error as RakitExcelError).code).toBe("InvalidOperationInCellEditMode");
  });

  it("a merge that cuts an existing merge fails, and the user is told Rakit changed nothing, with Excel's code", async () => {
    const host = await hostFromWorkbook(buildRakWorkbook(CLEAN_SPEC, { sheetName: SHEET }));
    // A11:A12 is merged (block 1's No); merging A12:B13 would cut it. Excel documents no code for this
    // case; the host gives InvalidOperation, which has no specific message, so the generic one names it.
    const error = await host
      .run((context) =>
        applyEdits(
          context,
          { sheet: SHEET, basedOn: null, edits: [{ kind: "merge", sheet: SHEET, address: "A12:B13" }] },
          { mergedAreas: true, pageLayout: true },
        ),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RakitExcelError);
    expect((error as RakitExcelError).code).toBe("InvalidOperation");
    expect((error as RakitExcelError).problem).toBe("unknown");
    expect((error as RakitExcelError).describe("id")).toContain("InvalidOperation");
    // It was the batch's only command: Rakit read the sheet back and found it as it was.
    expect((error as RakitExcelError).outcome).toEqual({ kind: "unchanged" });
    expect((error as RakitExcelError).describe("id")).toContain("Lembar Anda tidak berubah.");
  });

  it("every problem has a message in both languages", () => {
    for (const problem of PROBLEMS) {
      const e = new RakitExcelError(problem, "X", { address: "A1", name: "S", set: "ExcelApi", version: "1.9" });
      expect(e.describe("id").length).toBeGreaterThan(10);
      expect(e.describe("en").length).toBeGreaterThan(10);
      expect(e.describe("id")).not.toMatch(/\{\w+\}/);
    }
  });

  it("a non-Office error keeps a code, and claims nothing about the workbook, which it cannot know", () => {
    const e = toRakitError(new Error("boom"));
    expect(e.problem).toBe("unknown");
    expect(e.outcome).toBeUndefined();
    expect(e.describe("id")).toBe("Excel menolak perubahan (Unknown). Coba lagi.");
    expect(e.withOutcome({ kind: "unchanged" }).describe("id")).toContain("Lembar Anda tidak berubah.");
    expect(e.withOutcome({ kind: "restored" }).describe("en")).toContain("Rakit undid it and checked");
  });

  it("every change a failure can leave has a message and a step to undo it, in both languages", () => {
    for (const kind of RESIDUE_KINDS) {
      const e = toRakitError(new Error("boom")).withOutcome({
        kind: "changed",
        changes: [{ kind, sheet: "RAK 2025", address: "A1:B2", from: "RAK" } as Residue],
      });
      for (const lang of ["id", "en"] as const) {
        const text = e.describe(lang);
        expect(text.split("\n")).toHaveLength(2);
        expect(text).toContain("RAK 2025");
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
