import {
  EN_US,
  gridLocale,
  ID_ID,
  localNumberText,
  readsAsLocalNumber,
  toInvariantInput,
} from "../../../src/workbench/grid/locale";

describe("the grid's regional settings", () => {
  it("is Indonesian unless the page names English (Office's display language does not change it)", () => {
    expect(gridLocale(null)).toBe(ID_ID);
    expect(gridLocale("id-ID")).toBe(ID_ID);
    expect(gridLocale("fr-FR")).toBe(ID_ID);
    expect(gridLocale("en-US")).toBe(EN_US);
    expect(gridLocale("en")).toBe(EN_US);
  });

  it.each([
    ["1500000", "1500000"],
    ["0.5", "0,5"],
    ["-1234.25", "-1234,25"],
    ["1.5e-7", "1,5e-7"],
  ])("the editor shows %s as %s in Indonesia", (invariant, local) => {
    expect(localNumberText(invariant, ID_ID)).toBe(local);
    expect(localNumberText(invariant, EN_US)).toBe(invariant);
    // ...and reads it back as the same number.
    expect(toInvariantInput(local, ID_ID)).toBe(invariant);
  });

  it.each([
    ["1.500.000", "1500000"],
    ["1.234,5", "1234.5"],
    ["0,5", "0.5"],
    [" 12 ", "12"],
  ])("typed %s in Indonesia is the number %s", (typed, invariant) => {
    expect(toInvariantInput(typed, ID_ID)).toBe(invariant);
  });

  it.each(["v", "=SUM(A1:A3)", "=A1*0.5", "1.5", "1.50.000", "Rp 1.000", "12,5%", "'0,5"])(
    "typed %s is passed on as typed",
    (typed) => {
      expect(toInvariantInput(typed, ID_ID)).toBe(typed);
    },
  );

  it("knows text that Indonesian typing would read as a number", () => {
    expect(readsAsLocalNumber("1,5", ID_ID)).toBe(true);
    expect(readsAsLocalNumber("1.500", ID_ID)).toBe(true);
    expect(readsAsLocalNumber("v", ID_ID)).toBe(false);
    expect(readsAsLocalNumber("1,5", EN_US)).toBe(false);
  });
});
