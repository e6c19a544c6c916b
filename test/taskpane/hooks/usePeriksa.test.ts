import { RakitExcelError } from "../../../src/excel/errors";
import { toPaneError } from "../../../src/taskpane/hooks/usePeriksa";

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
