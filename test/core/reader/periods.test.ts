import { periodKind } from "../../../src/core/reader";
import { Grid } from "../../../src/core/reader/grid";
import { readPeriodCell } from "../../../src/core/reader/periods";
import { sheet } from "../../helpers/sheet";

describe("period cells", () => {
  it.each(["v", "V", "✓", "√", "x", "X", " v "])("%j is a mark", (v) => {
    expect(periodKind(v)).toBe("mark");
  });

  it.each([1, 0.5, "3", "25%"])("%j is a number", (v) => {
    expect(periodKind(v)).toBe("number");
  });

  it.each(["ok", "vv", "-", "Jan", "x".repeat(32000), true])("%j is invalid", (v) => {
    expect(periodKind(v)).toBe("invalid");
  });

  it("reads blanks as empty and errors as errors", () => {
    expect(periodKind("")).toBe("empty");
    expect(periodKind("   ")).toBe("empty");
    expect(periodKind({ error: "#VALUE!" })).toBe("error");
  });

  it("reads a mark merged across months in each month it covers", () => {
    const g = new Grid(sheet([["v", "", "", ""]], { merges: ["A1:C1"] }));
    expect(readPeriodCell(g, 0, 1, 2)).toEqual({ period: 2, address: "B1", row: 0, col: 1, raw: "v", kind: "mark" });
    expect(readPeriodCell(g, 0, 3, 4).kind).toBe("empty");
  });
});
