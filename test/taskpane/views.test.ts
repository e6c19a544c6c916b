import { RIBBON_ACTIONS } from "../../src/taskpane/ribbonAction";
import { VIEWS, isViewId, viewForAction } from "../../src/taskpane/views";

describe("views", () => {
  it("every ribbon button opens a view of its own; the plain pane opens on Periksa", () => {
    const views = RIBBON_ACTIONS.map(viewForAction);
    expect(new Set(views).size).toBe(RIBBON_ACTIONS.length);
    for (const v of views) expect(VIEWS).toContain(v);
    expect(viewForAction(null)).toBe("periksa");
    expect(viewForAction("tahun-baru")).toBe("tahunBaru");
  });

  it("isViewId", () => {
    expect(isViewId("cetak")).toBe(true);
    expect(isViewId("tahun-baru")).toBe(false);
    expect(isViewId(undefined)).toBe(false);
  });
});
