import { computed } from "../book";

// A budget list: kegiatan, pelaksana, biaya, triwulan.
const LIST = [
  ["Rapat pleno", "Subbag Teknis", 1_000_000, "TW I"],
  ["Sosialisasi", "Subbag Hukum", 2_000_000, "TW II"],
  ["Rapat koordinasi", "subbag teknis", 500_000, "TW II"],
  ["Monitoring", "Subbag Teknis", "belum", "TW III"],
  ["Evaluasi", null, 250_000, null],
];

describe("SUMIF, COUNTIF, AVERAGEIF", () => {
  it("SUMIF adds the sum range where the criteria range matches, ignoring case", () => {
    const v = computed({
      Data: LIST,
      Rekap: [
        [
          '=SUMIF(Data!B1:B5,"Subbag Teknis",Data!C1:C5)',
          '=SUMIF(Data!A:A,"Rapat*",Data!C:C)',
          '=SUMIF(Data!C1:C5,">600000")',
          '=SUMIF(Data!B1:B5,"subbag*",Data!C1)',
        ],
      ],
    });
    expect(v("Rekap!A1")).toBe(1_500_000);
    expect(v("Rekap!B1")).toBe(1_500_000);
    expect(v("Rekap!C1")).toBe(3_000_000);
    // A one-cell sum range is stretched to the shape of the criteria range, as Excel does.
    expect(v("Rekap!D1")).toBe(3_500_000);
  });

  it("SUMIF gives an error found in a cell it adds, and skips errors it does not add", () => {
    const v = computed({
      Sheet1: [
        ["a", 1],
        ["b", { error: "#DIV/0!" }],
        ['=SUMIF(A1:A2,"a",B1:B2)', '=SUMIF(A1:A2,"b",B1:B2)'],
      ],
    });
    expect(v("A3")).toBe(1);
    expect(v("B3")).toEqual({ error: "#DIV/0!" });
  });

  it("COUNTIF counts matches, criteria from a cell included", () => {
    const v = computed({
      Data: LIST,
      Rekap: [
        [
          '=COUNTIF(Data!D1:D5,"TW II")',
          "=COUNTIF(Data!B1:B5,A2)",
          '=COUNTIF(Data!C1:C5,">=500000")',
          '=COUNTIF(Data!B1:B5,"<>")',
        ],
        ["SUBBAG TEKNIS"],
      ],
    });
    expect(v("Rekap!A1")).toBe(2);
    expect(v("Rekap!B1")).toBe(3);
    expect(v("Rekap!C1")).toBe(3);
    expect(v("Rekap!D1")).toBe(4);
  });

  it('COUNTIF(R:R,"") counts every blank cell of the column, used range or not', () => {
    const v = computed({ Data: LIST, Rekap: [['=COUNTIF(Data!B:B,"")', '=COUNTIF(Data!B1:B10,"")']] });
    expect(v("Rekap!A1")).toBe(1_048_576 - 4);
    expect(v("Rekap!B1")).toBe(6);
  });

  it("AVERAGEIF averages the numbers that match, #DIV/0! when none do", () => {
    const v = computed({
      Data: LIST,
      Rekap: [['=AVERAGEIF(Data!B1:B5,"Subbag Teknis",Data!C1:C5)', '=AVERAGEIF(Data!B1:B5,"Keuangan",Data!C1:C5)']],
    });
    expect(v("Rekap!A1")).toBe(750_000);
    expect(v("Rekap!B1")).toEqual({ error: "#DIV/0!" });
  });

  it("takes references only: an array as range is #VALUE!", () => {
    expect(computed({ Sheet1: [["=COUNTIF({1,2},1)"]] })("A1")).toEqual({ error: "#VALUE!" });
  });
});

describe("SUMIFS, COUNTIFS, AVERAGEIFS, MAXIFS, MINIFS", () => {
  const v = computed({
    Data: LIST,
    Rekap: [
      [
        '=SUMIFS(Data!C1:C5,Data!B1:B5,"Subbag Teknis",Data!D1:D5,"TW II")',
        '=SUMIFS(Data!C:C,Data!B:B,"subbag*",Data!C:C,">=1000000")',
        '=COUNTIFS(Data!B1:B5,"Subbag Teknis",Data!D1:D5,"<>TW I")',
        '=AVERAGEIFS(Data!C1:C5,Data!A1:A5,"*i*")',
        '=MAXIFS(Data!C1:C5,Data!B1:B5,"Subbag*")',
        '=MINIFS(Data!C1:C5,Data!B1:B5,"Subbag*")',
        '=SUMIFS(Data!C1:C5,Data!B1:B4,"x")',
      ],
    ],
  });

  it("needs every criterion to hold", () => {
    expect(v("Rekap!A1")).toBe(500_000);
    expect(v("Rekap!B1")).toBe(3_000_000);
    expect(v("Rekap!C1")).toBe(2);
  });

  it("averages, and finds the largest and smallest of, the matching numbers", () => {
    // Sosialisasi, Rapat koordinasi, Monitoring ("belum", not a number), Evaluasi.
    expect(v("Rekap!D1")).toBeCloseTo(2_750_000 / 3, 6);
    expect(v("Rekap!E1")).toBe(2_000_000);
    expect(v("Rekap!F1")).toBe(500_000);
  });

  it("gives #VALUE! when the ranges differ in size", () => {
    expect(v("Rekap!G1")).toEqual({ error: "#VALUE!" });
  });
});
