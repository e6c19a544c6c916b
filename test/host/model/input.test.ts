import { readInput } from "../../../src/host/model/input";

describe("values written like typed input", () => {
  test.each<[unknown, string | undefined, unknown]>([
    ["123", undefined, { value: 123 }],
    ["-5", undefined, { value: -5 }],
    ["1.5e3", undefined, { value: 1500 }],
    ["TRUE", undefined, { value: true }],
    ["false", undefined, { value: false }],
    ["#N/A", undefined, { value: { error: "#N/A" } }],
    ["=SUM(A1:A3)", undefined, { value: null, formula: "=SUM(A1:A3)" }],
    ["-A1", undefined, { value: null, formula: "=-A1" }],
    ["+A1", undefined, { value: null, formula: "=+A1" }],
    ["'007", undefined, { value: "007" }],
    ["6709", "@", { value: "6709" }],
    ["Sasaran A", undefined, { value: "Sasaran A" }],
    ["", undefined, { value: null }],
    [42, undefined, { value: 42 }],
  ])("%p (format %p) is stored as %p", (input, fmt, stored) => {
    expect(readInput(input, fmt, false)).toEqual(stored);
  });
});
