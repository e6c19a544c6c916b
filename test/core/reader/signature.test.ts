import { Grid } from "../../../src/core/reader/grid";
import { isSignatureStart, readSignature } from "../../../src/core/reader/signature";
import { sheet } from "../../helpers/sheet";

describe("signature block", () => {
  it("reads place and date, position and the name after the gap left for signing", () => {
    const g = new Grid(
      sheet([["", "", "Prabumulih, 25 Januari 2024"], ["", "", "SEKRETARIS,"], [], [], [], ["", "", "YASRIN ABIDIN"]], {
        merges: ["C1:E1"],
      }),
    );
    expect(readSignature(g, 0)).toEqual({
      placeDate: { value: "Prabumulih, 25 Januari 2024", address: "C1", row: 0, col: 2 },
      position: { value: "SEKRETARIS,", address: "C2", row: 1, col: 2 },
      name: { value: "YASRIN ABIDIN", address: "C6", row: 5, col: 2 },
      nip: null,
    });
  });

  it("reads the NIP and takes the line above it for the name", () => {
    const g = new Grid(
      sheet([
        ["Mengetahui,", "", "Prabumulih,      Januari 2024"],
        ["Ketua", "", "SEKRETARIAT"],
        [],
        ["Nama Ketua", "", "BUDI SANTOSO, S.H."],
        ["NIP. 111", "", "NIP. 197103152000031001"],
      ]),
    );
    const s = readSignature(g, 0);
    expect(s.placeDate?.value).toBe("Prabumulih,      Januari 2024");
    expect(s.position?.value).toBe("SEKRETARIAT");
    expect(s.name?.value).toBe("BUDI SANTOSO, S.H.");
    expect(s.nip).toEqual({ value: "NIP. 197103152000031001", address: "C5", row: 4, col: 2 });
  });

  it("finds nothing where there is no place and date", () => {
    expect(readSignature(new Grid(sheet([["catatan"], ["x".repeat(32000)]])), 0)).toEqual({
      placeDate: null,
      position: null,
      name: null,
      nip: null,
    });
  });

  it.each([
    ["Prabumulih, 25 Januari 2024", true],
    ["Prabumulih, … Januari 2025", true],
    ["Prabumulih, ... Januari 2025", true],
    ["Mengetahui,", true],
    ["Jumlah, 3 laporan", false],
    ["Persentase KPU Kota Prabumulih yang mampu", false],
  ])("%j starts a signature block: %s", (text, yes) => {
    expect(isSignatureStart(text)).toBe(yes);
  });
});
