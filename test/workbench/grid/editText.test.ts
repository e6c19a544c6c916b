import { editText } from "../../../src/workbench/grid/editText";

describe("editText: what a cell's editor starts with", () => {
  it.each([
    ["an empty cell", undefined, ""],
    ["a number, at most 15 significant digits", { value: 0.1 + 0.2 }, "0.3"],
    ["a budget", { value: 822654000 }, "822654000"],
    ["a formula, not its result", { value: 3, formula: "=SUM(A1:A2)" }, "=SUM(A1:A2)"],
    ["a boolean", { value: true }, "TRUE"],
    ["an error", { value: { error: "#DIV/0!" as const } }, "#DIV/0!"],
    ["text", { value: "v" }, "v"],
  ])("%s", (_name, cell, expected) => {
    expect(editText(cell)).toBe(expected);
  });

  it.each(["2024", "-", "- catatan", "=A1", "+1", "TRUE", "#N/A", "'quoted"])(
    "text that typed input would read otherwise (%s) gets Excel's leading apostrophe",
    (text) => {
      expect(editText({ value: text })).toBe(`'${text}`);
    },
  );
});
