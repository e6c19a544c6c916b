import { formatValue } from "../../../src/host/model/text";

describe("Range.text formatting", () => {
  test.each<[number | string | boolean | null, string | undefined, string]>([
    [1565914000, "#,##0", "1,565,914,000"],
    [1565914000.5, "#,##0.00", "1,565,914,000.50"],
    [-2500, "#,##0", "-2,500"],
    [-2500, "#,##0;(#,##0)", "(2,500)"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [0.256, "0%", "26%"],
    [0.256, "0.0%", "25.6%"],
    [95, "0", "95"],
    [3.14159, "0.00", "3.14"],
    [1234, '"Rp "#,##0', "Rp 1,234"],
    [1234.5, "General", "1234.5"],
    [1 / 3, "General", "0.333333333"],
    [123456789012, "General", "1.23457E+11"],
    [45306, "dd/mm/yyyy", "15/01/2024"],
    [45306, "d mmmm yyyy", "15 January 2024"],
    ["teks", "@", "teks"],
    [true, undefined, "TRUE"],
    [null, "#,##0", ""],
  ])("%p under %p is %p", (value, fmt, text) => {
    expect(formatValue(value, fmt)).toBe(text);
  });

  test("errors show their code", () => {
    expect(formatValue({ error: "#DIV/0!" }, "#,##0")).toBe("#DIV/0!");
  });

  test.each([
    [312406404000, "#,##0", "312.406.404.000"],
    [1234.5, "#,##0.00", "1.234,50"],
    [-1500, '"Rp "#,##0;[Red]-"Rp "#,##0', "-Rp 1.500"],
    [0.256, "0.0%", "25,6%"],
    [1234.5, "General", "1234,5"],
    [123456789012, "General", "1,23457E+11"],
    [45306, "dd/mm/yyyy", "15/01/2024"],
  ])("with Indonesian separators, %p under %p is %p (the format codes unchanged)", (value, fmt, text) => {
    expect(formatValue(value, fmt, { decimal: ",", group: "." })).toBe(text);
  });
});
