import { renameSheet, shiftRows, translate } from "../../../src/host/formula";
import { shiftSpan } from "../../../src/host/formula/rewrite";

// Rows in these tests are 0-based, as in the API: row 9 is sheet row 10.
const RAK = "RAK 2024";

describe("shiftRows: inserting rows", () => {
  it("moves references at or below the insertion point, and leaves those above alone", () => {
    // Two rows inserted before sheet row 10.
    expect(shiftRows("=R9+R10+R11", RAK, RAK, 9, 2)).toBe("=R9+R12+R13");
  });

  it("leaves a range that ends above the insertion point alone, even when it ends right above it", () => {
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 49, 1)).toBe("=SUM(R10:R49)");
  });

  it("moves a range that starts at or below the insertion point", () => {
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 9, 1)).toBe("=SUM(R11:R50)");
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 4, 3)).toBe("=SUM(R13:R52)");
  });

  it("grows a range the rows are inserted inside", () => {
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 20, 1)).toBe("=SUM(R10:R50)");
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 48, 5)).toBe("=SUM(R10:R54)");
  });

  it("moves absolute references too, keeping their $ markers", () => {
    expect(shiftRows("=$R$10*R$12+$R11", RAK, RAK, 9, 1)).toBe("=$R$11*R$13+$R12");
  });

  it("grows whole-row references and leaves whole-column references alone", () => {
    expect(shiftRows("=SUM(10:12)+SUM(R:R)", RAK, RAK, 10, 2)).toBe("=SUM(10:14)+SUM(R:R)");
  });

  it("rewrites references to the edited sheet from another sheet, and only those", () => {
    const f = "='RAK 2024'!R50+Rekap!B3+B3";
    expect(shiftRows(f, "Rekap", RAK, 9, 1)).toBe("='RAK 2024'!R51+Rekap!B3+B3");
    expect(shiftRows(f, "Rekap", "Rekap", 0, 1)).toBe("='RAK 2024'!R50+Rekap!B4+B4");
    // The sheet name matches without regard to case, as in Excel.
    expect(shiftRows("='rak 2024'!R50", "Rekap", RAK, 9, 1)).toBe("='rak 2024'!R51");
  });

  it("leaves text in quotes, names and function names untouched", () => {
    const f = '=IF(R10="R10",LOG10(R10),Anggaran)&"SUM(R10:R49)"';
    expect(shiftRows(f, RAK, RAK, 0, 1)).toBe('=IF(R11="R10",LOG10(R11),Anggaran)&"SUM(R10:R49)"');
  });
});

describe("shiftRows: deleting rows", () => {
  it("turns a reference to a deleted cell into #REF!, keeping its sheet prefix", () => {
    expect(shiftRows("=R12*2", RAK, RAK, 11, -1)).toBe("=#REF!*2");
    expect(shiftRows("='RAK 2024'!R12*2", "Rekap", RAK, 10, -3)).toBe("='RAK 2024'!#REF!*2");
  });

  it("moves references below the deleted rows up", () => {
    expect(shiftRows("=R20+R5", RAK, RAK, 9, -2)).toBe("=R18+R5");
  });

  it("shrinks a range that loses some of its rows", () => {
    // Rows 15-16 deleted from inside.
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 14, -2)).toBe("=SUM(R10:R47)");
    // The first rows deleted: the range starts where they were.
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 7, -5)).toBe("=SUM(R8:R44)");
    // The last rows deleted.
    expect(shiftRows("=SUM(R10:R49)", RAK, RAK, 45, -10)).toBe("=SUM(R10:R45)");
  });

  it("turns a range whose rows are all deleted into #REF!", () => {
    expect(shiftRows("=SUM(R10:R12)+1", RAK, RAK, 8, -6)).toBe("=SUM(#REF!)+1");
  });

  it("leaves references to other sheets alone", () => {
    expect(shiftRows("=Rekap!B12+B12", RAK, RAK, 11, -1)).toBe("=Rekap!B12+#REF!");
  });
});

describe("shiftSpan", () => {
  it("maps a row span through an insertion or a deletion", () => {
    expect(shiftSpan(9, 48, 9, 1)).toEqual([10, 49]);
    expect(shiftSpan(9, 48, 49, 1)).toEqual([9, 48]);
    expect(shiftSpan(9, 48, 9, -40)).toBeNull();
    expect(shiftSpan(9, 48, 0, -9)).toEqual([0, 39]);
  });
});

describe("renameSheet", () => {
  it("renames quoted and unquoted prefixes, quoting the new name as needed", () => {
    expect(renameSheet("='RAK 2024'!R10+'RAK 2024'!A:A", RAK, "RAK 2025")).toBe("='RAK 2025'!R10+'RAK 2025'!A:A");
    expect(renameSheet("=Rekap!B3*2", "Rekap", "Rekap Akhir")).toBe("='Rekap Akhir'!B3*2");
    expect(renameSheet("='Rekap Akhir'!B3", "Rekap Akhir", "Rekap")).toBe("=Rekap!B3");
    expect(renameSheet("=Rekap!B3", "Rekap", "O'Brien")).toBe("='O''Brien'!B3");
  });

  it("quotes a new name that would read as a cell", () => {
    expect(renameSheet("=Rekap!B3", "Rekap", "TW1")).toBe("='TW1'!B3");
  });

  it("leaves other sheets, unqualified references and text alone", () => {
    const f = "=Rekap2!A1+A1+\"'RAK 2024'!A1\"";
    expect(renameSheet(f, RAK, "RAK 2025")).toBe(f);
  });

  it("renames a prefix in front of a defined name too", () => {
    expect(renameSheet("=SUM(Rekap!Anggaran)", "Rekap", "Ringkasan")).toBe("=SUM(Ringkasan!Anggaran)");
  });
});

describe("translate", () => {
  it("moves relative parts and keeps absolute ones, as copying a formula does", () => {
    expect(translate("=SUM($R$10:R10)*$B11+C$1", 1, 0)).toBe("=SUM($R$10:R11)*$B12+C$1");
    expect(translate("=SUM($R$10:R10)*$B11+C$1", 0, 2)).toBe("=SUM($R$10:T10)*$B11+E$1");
  });

  it("moves references to other sheets as well, and whole columns and rows", () => {
    expect(translate("='RAK 2024'!R10+SUM(A:A)+SUM(3:3)", 2, 1)).toBe("='RAK 2024'!S12+SUM(B:B)+SUM(5:5)");
  });

  it("gives #REF! for a reference moved off the sheet", () => {
    expect(translate("=A1+B2", -1, 0)).toBe("=#REF!+B1");
  });

  it("leaves text in quotes untouched", () => {
    expect(translate('="A1"&A1', 1, 1)).toBe('="A1"&B2');
  });
});
