import { Grid } from "../../../src/core/reader/grid";
import { sheet } from "../../helpers/sheet";

describe("grid over a snapshot", () => {
  const g = new Grid(
    sheet(
      [
        ["No", "Sasaran"],
        [1, "S"],
        ["", ""],
      ],
      { at: "C5", merges: ["C6:C7", "D6:D7"] },
    ),
  );

  it("addresses cells by absolute sheet coordinates from the snapshot's origin", () => {
    expect([g.top, g.left, g.bottom, g.right]).toEqual([4, 2, 6, 3]);
    expect(g.value(4, 2)).toBe("No");
    expect(g.value(5, 2)).toBe(1);
    expect(g.value(0, 0)).toBe("");
    expect(g.value(100, 100)).toBe("");
    expect(g.address(5, 3)).toBe("D6");
  });

  it("looks merges up per cell: covered cells show their master's value", () => {
    expect(g.merge(6, 2)).toEqual({ top: 5, left: 2, bottom: 6, right: 2 });
    expect(g.isCovered(6, 2)).toBe(true);
    expect(g.isCovered(5, 2)).toBe(false);
    expect(g.isCoveredFromAbove(6, 3)).toBe(true);
    expect(g.shownValue(6, 3)).toBe("S");
    expect(g.merge(4, 2)).toBeNull();
  });

  it("clips a merge that reaches past the snapshot", () => {
    const big = new Grid(sheet([["x"], [""]], { merges: ["A1:A1048576"] }));
    expect(big.isCoveredFromAbove(1, 0)).toBe(true);
    expect(big.merge(5000, 0)).toBeNull();
  });
});
