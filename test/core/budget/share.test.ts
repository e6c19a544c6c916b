import { evenShares, sumAmounts, sumFormula, weightedShares } from "../../../src/core/budget/share";

describe("evenShares", () => {
  it("rounds every month down and puts the remainder in the last", () => {
    const shares = evenShares(822654000 + 7, 12, "R10");
    expect(shares.map((s) => s.amount)).toEqual([...Array(11).fill(68554500), 68554507]);
    expect(sumAmounts(shares)).toBe(822654007);
    expect(shares[0]?.formula).toBe("INT(R10/12)");
    expect(shares[11]?.formula).toBe("(R10-11*INT(R10/12))");
  });

  it("writes the last of two as the amount minus the first", () => {
    expect(evenShares(15, 2, "R10")).toEqual([
      { amount: 7, formula: "INT(R10/2)" },
      { amount: 8, formula: "(R10-INT(R10/2))" },
    ]);
  });

  it("gives one period the whole amount, as the cell itself", () => {
    expect(evenShares(18729000, 1, "'RAK 2024'!R33")).toEqual([{ amount: 18729000, formula: "'RAK 2024'!R33" }]);
  });
});

describe("weightedShares", () => {
  it("splits by row count, rounding down all but the last", () => {
    // Block 1 of the seed: Rendatin has two rows, Hukum one.
    const shares = weightedShares(822654000, [2, 1], "R10");
    expect(shares).toEqual([
      { amount: 548436000, formula: "INT(R10*2/3)" },
      { amount: 274218000, formula: "(R10-INT(R10*2/3))" },
    ]);
  });

  it("sums exactly when the amount does not divide", () => {
    const shares = weightedShares(1000, [1, 1, 1], "B2");
    expect(shares.map((s) => s.amount)).toEqual([333, 333, 334]);
    expect(shares[2]?.formula).toBe("(B2-INT(B2/3)-INT(B2/3))");
  });

  it("reduces fractions (2 of 4 rows is a half)", () => {
    expect(weightedShares(7, [2, 2], "B2").map((s) => s.formula)).toEqual(["INT(B2/2)", "(B2-INT(B2/2))"]);
  });

  it("agrees with the formula's arithmetic for large amounts", () => {
    for (const amount of [2623928000, 12406404001, 99999999999, 1]) {
      for (const weights of [
        [7, 1],
        [1, 7],
        [3, 5, 2],
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 39],
      ]) {
        const shares = weightedShares(amount, weights, "X");
        expect(sumAmounts(shares)).toBe(amount);
        const total = weights.reduce((s, w) => s + w, 0);
        shares.slice(0, -1).forEach((s, i) => {
          const exact = (BigInt(amount) * BigInt(weights[i] as number)) / BigInt(total);
          expect(BigInt(s.amount)).toBe(exact);
        });
      }
    }
  });
});

describe("sumFormula", () => {
  it("joins shares with + and gives =0 for none", () => {
    expect(
      sumFormula([
        { amount: 1, formula: "A1" },
        { amount: 2, formula: "INT(A2/2)" },
      ]),
    ).toBe("=A1+INT(A2/2)");
    expect(sumFormula([])).toBe("=0");
  });
});
