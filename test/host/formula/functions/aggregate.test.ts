import { computed } from "../book";

describe("SUM and its family", () => {
  it("SUM adds the numbers of ranges and skips text, booleans and empty cells", () => {
    const v = computed({
      Sheet1: [[1_500_000, "v", true, null, 250_000, "=SUM(A1:E1)", '=SUM(A1:E1,10,"5",TRUE)', "=SUM(A1,,2)"]],
    });
    expect(v("F1")).toBe(1_750_000);
    // Values typed into the call count: "5" is 5, TRUE is 1.
    expect(v("G1")).toBe(1_750_016);
    expect(v("H1")).toBe(1_500_002);
  });

  it("SUM gives #VALUE! for text typed into the call that is not a number", () => {
    expect(computed({ Sheet1: [['=SUM(1,"satu")']] })("A1")).toEqual({ error: "#VALUE!" });
  });

  it("SUM gives the first error met in its ranges", () => {
    const v = computed({ Sheet1: [[1, { error: "#DIV/0!" }, 3, "=SUM(A1:C1)", "=SUM(B1)"]] });
    expect(v("D1")).toEqual({ error: "#DIV/0!" });
    expect(v("E1")).toEqual({ error: "#DIV/0!" });
  });

  it("AVERAGE, MIN, MAX and PRODUCT count numbers only, and AVERAGE of none is #DIV/0!", () => {
    const v = computed({
      Sheet1: [
        [4, "x", 10, null, "=AVERAGE(A1:D1)", "=MIN(A1:D1)", "=MAX(A1:D1)", "=PRODUCT(A1:D1)"],
        ["x", null, "=AVERAGE(A2:B2)", "=MAX(A2:B2)", "=MIN(A2:B2)"],
      ],
    });
    expect(v("E1")).toBe(7);
    expect(v("F1")).toBe(4);
    expect(v("G1")).toBe(10);
    expect(v("H1")).toBe(40);
    expect(v("C2")).toEqual({ error: "#DIV/0!" });
    expect(v("D2")).toBe(0);
    expect(v("E2")).toBe(0);
  });

  it("COUNT counts numbers, COUNTA everything not empty, COUNTBLANK the rest", () => {
    const v = computed({
      Sheet1: [
        [1, "v", true, null, { error: "#N/A" }, '=""'],
        ["=COUNT(A1:F1)", "=COUNTA(A1:F1)", "=COUNTBLANK(A1:F1)", '=COUNTA(A1:A1,"x",1)', "=COUNTBLANK(A1:A3)"],
      ],
    });
    expect(v("A2")).toBe(1);
    // The formula returning "" counts for COUNTA and for COUNTBLANK, as in Excel.
    expect(v("B2")).toBe(5);
    expect(v("C2")).toBe(2);
    expect(v("D2")).toBe(3);
    // A3 is outside the used range: still a blank cell.
    expect(v("E2")).toBe(1);
  });

  it("STDEV and VAR, sample and population", () => {
    const v = computed({ Sheet1: [[2, 4, 4, 4, 5, 5, 7, 9, "=STDEVP(A1:H1)", "=VAR.S(A1:H1)"]] });
    expect(v("I1")).toBe(2);
    expect(v("J1")).toBeCloseTo(32 / 7, 12);
  });
});

describe("SUBTOTAL", () => {
  // A RAK budget column: items, a subtotal per sasaran, and a grand total of the whole column.
  const rak = {
    "RAK 2024": [
      ["Kegiatan", "Biaya"],
      ["Rapat", 1_000_000],
      ["Sosialisasi", 2_000_000],
      ["Jumlah sasaran 1", "=SUBTOTAL(9,B2:B3)"],
      ["Monitoring", 500_000],
      ["Evaluasi", "belum"],
      ["Jumlah sasaran 2", "=SUBTOTAL(9,B5:B6)"],
      ["Jumlah", "=SUBTOTAL(9,B2:B7)", "=SUM(B2:B7)"],
    ],
    Rekap: [
      [
        "=SUBTOTAL(9,'RAK 2024'!B:B)",
        "=SUBTOTAL(109,'RAK 2024'!B2:B7)",
        "=SUBTOTAL(2,'RAK 2024'!B2:B7)",
        "=SUBTOTAL(3,'RAK 2024'!B2:B7)",
      ],
      [
        "=SUBTOTAL(1,'RAK 2024'!B2:B7)",
        "=SUBTOTAL(4,'RAK 2024'!B2:B7)",
        "=SUBTOTAL(5,'RAK 2024'!B2:B7)",
        "=SUBTOTAL(12,'RAK 2024'!B2:B7)",
      ],
    ],
  };

  it("adds a range without counting the SUBTOTALs inside it twice", () => {
    const v = computed(rak);
    expect(v("'RAK 2024'!B4")).toBe(3_000_000);
    expect(v("'RAK 2024'!B7")).toBe(500_000);
    expect(v("'RAK 2024'!B8")).toBe(3_500_000);
    // SUM does count them.
    expect(v("'RAK 2024'!C8")).toBe(7_000_000);
    // Over the whole column, the grand total is a SUBTOTAL too.
    expect(v("Rekap!A1")).toBe(3_500_000);
    expect(v("Rekap!B1")).toBe(3_500_000);
  });

  it("counts, averages and finds extremes without the SUBTOTAL cells", () => {
    const v = computed(rak);
    expect(v("Rekap!C1")).toBe(3);
    expect(v("Rekap!D1")).toBe(4);
    expect(v("Rekap!A2")).toBeCloseTo(3_500_000 / 3, 6);
    expect(v("Rekap!B2")).toBe(2_000_000);
    expect(v("Rekap!C2")).toBe(500_000);
    expect(v("Rekap!D2")).toEqual({ error: "#VALUE!" });
  });
});
