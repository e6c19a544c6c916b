import { sheetOptions } from "../../../src/taskpane/hooks/useAnggaran";
import { initialState } from "../../../src/taskpane/state/reducer";

describe("sheetOptions", () => {
  it("the active sheet, found by the reader, unless the user pointed at a header row in Periksa", () => {
    const state = initialState("id", "anggaran");
    expect(sheetOptions(state)).toEqual({});
    expect(sheetOptions(state, "RAK 2024")).toEqual({ sheet: "RAK 2024" });
    // The pane keeps Excel's 1-based row; the use cases take the reader's 0-based one.
    expect(sheetOptions({ ...state, headerRow: 7 }, "RAK 2024")).toEqual({ sheet: "RAK 2024", headerRow: 6 });
  });
});
