import { tokenize } from "../../../src/host/formula/tokens";

const kinds = (f: string): string[] => tokenize(f).map((t) => `${t.kind}:${t.text}`);

describe("tokenize", () => {
  it("gives the formula back exactly when its tokens are joined", () => {
    for (const f of [
      "=SUM('RAK 2024'!R10:R49) + 1",
      '=IF(A1="Rapat ""pleno"" A1","",$B$2)',
      "=LOG10(A1)*Sheet1!$C:$C",
      "=Tabel1[[#This Row],[Biaya]]",
      "=[1]Lain!A1",
      "=SUM(3:5)/1.5E+3%",
      "='O''Brien'!A1&#N/A",
    ]) {
      expect(
        tokenize(f)
          .map((t) => t.text)
          .join(""),
      ).toBe(f);
    }
  });

  it("keeps text in double quotes as one string token, even when it looks like a reference", () => {
    expect(kinds('="A1:B2"&C1')).toEqual(["op:=", 'string:"A1:B2"', "op:&", "word:C1"]);
  });

  it("reads quoted and unquoted sheet prefixes, unescaping ''", () => {
    const [quoted, , plain] = tokenize("'O''Brien 2024'!A1+Rekap!B2");
    expect(quoted).toMatchObject({ kind: "sheet", sheet: "O'Brien 2024", text: "'O''Brien 2024'!" });
    expect(tokenize("Rekap!B2")[0]).toMatchObject({ kind: "sheet", sheet: "Rekap" });
    expect(plain).toMatchObject({ kind: "op", text: "+" });
  });

  it("tells a function call from a word that looks like a cell", () => {
    expect(kinds("LOG10(A1)")).toEqual(["func:LOG10(", "word:A1", "op:)"]);
    expect(tokenize("_xlfn.SUMIFS(A1)")[0]).toMatchObject({ kind: "func", name: "SUMIFS" });
  });

  it("reads error literals, comparison operators and numbers", () => {
    expect(kinds("#REF!<>#DIV/0!")).toEqual(["error:#REF!", "op:<>", "error:#DIV/0!"]);
    expect(kinds("1.5E+3>=2")).toEqual(["number:1.5E+3", "op:>=", "number:2"]);
  });
});
