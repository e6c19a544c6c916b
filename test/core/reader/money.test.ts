import { parseMoneyText } from "../../../src/core/reader";
import { Grid } from "../../../src/core/reader/grid";
import { readMoney } from "../../../src/core/reader/money";
import { sheet } from "../../helpers/sheet";

describe("money typed as text", () => {
  it.each([
    ["Rp 1.565.914.000", 1565914000],
    ["Rp1.565.914.000", 1565914000],
    ["1,565,914,000", 1565914000],
    ["1.565.914.000,00", 1565914000],
    ["1,565,914,000.00", 1565914000],
    ["Rp. 15.048.000,-", 15048000],
    ["Rp 15.048.000,00", 15048000],
    ["IDR 2.500.000", 2500000],
    ["822654000", 822654000],
    ["1.500", 1500],
    ["1 565 914 000", 1565914000],
    ["-1.000.000", -1000000],
    ["Rp -1.000.000", -1000000],
    ["(1.000.000)", -1000000],
    ["12.345,67", 12346],
  ])("%s reads as %d", (text, amount) => {
    expect(parseMoneyText(text)).toBe(amount);
  });

  it.each([
    "",
    "Rp",
    "-",
    "satu juta",
    "1.56.914",
    "1.565,914.000.000",
    "1.565.914.000 (APBN)",
    "12..5",
    "1.565.",
    "Rp 1.565.914.000" + "0".repeat(100),
  ])("%j is not an amount", (text) => {
    expect(parseMoneyText(text)).toBeNull();
  });
});

describe("money cells", () => {
  const s = sheet(
    [[1565914000, -250000, "Rp 1.565.914.000", { error: "#REF!" }, 822654000, "", "x".repeat(32000), 1500.6, true]],
    { formulas: { E1: "=SUM(E2:E4)" }, numberFormats: { A1: "#,##0" } },
  );
  const g = new Grid(s);
  const money = (col: number) => readMoney(g, 0, col);

  it("reads numbers as whole rupiah, negative stays negative", () => {
    expect(money(0)).toEqual({
      amount: 1565914000,
      address: "A1",
      row: 0,
      col: 0,
      raw: 1565914000,
      typedAsText: false,
      error: null,
      formula: null,
    });
    expect(money(1).amount).toBe(-250000);
    expect(money(7).amount).toBe(1501);
  });

  it("parses text and says it was typed as text", () => {
    expect(money(2)).toMatchObject({ amount: 1565914000, typedAsText: true, raw: "Rp 1.565.914.000" });
  });

  it("keeps error values as errors, never numbers", () => {
    expect(money(3)).toMatchObject({ amount: null, error: "#REF!", typedAsText: false });
  });

  it("reads a formula cell by its value and keeps the formula", () => {
    expect(money(4)).toMatchObject({ amount: 822654000, formula: "=SUM(E2:E4)" });
  });

  it("reads blank, unreadable text and booleans as no amount", () => {
    expect(money(5)).toMatchObject({ amount: null, typedAsText: false, error: null });
    expect(money(6)).toMatchObject({ amount: null, typedAsText: false });
    expect(money(8).amount).toBeNull();
  });
});
