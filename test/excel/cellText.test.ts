import { asTypedText, formulasForExcel, valuesForExcel } from "../../src/excel/cellText";
import { applyEdits } from "../../src/excel/applyEdits";
import { readSnapshot } from "../../src/excel/readSnapshot";
import { hostFrom } from "../host/grid";

/** Texts Rakit writes (catalog entries, labels, rolled-over texts) that Excel would not keep as written. */
const RISKY = [
  "=Belanja",
  "- Belanja ATK",
  "-",
  "+62 812 0000",
  "@Rekap",
  "'kutip",
  "1.000.000",
  "1,5",
  "10%",
  "Rp 5.000",
  "2025",
  "TRUE",
  "salah",
  "#N/A",
  "2/1",
  "2025-01-02",
  "10:30",
  "2 Januari 2026",
  "Januari 2026",
];
const PLAIN = [
  "Pemeliharaan gedung",
  "Subbagian Umum",
  "Persentase (%) arsip",
  "B1",
  "Contoh, 2 Januari 2025",
  "v",
  "",
];

describe("every text Rakit writes arrives as text (one write path in the adapter)", () => {
  it("prefixes the apostrophe exactly where Excel would not keep the text as written", () => {
    for (const text of RISKY) expect([text, asTypedText(text)]).toEqual([text, `'${text}`]);
    for (const text of PLAIN) expect([text, asTypedText(text)]).toEqual([text, text]);
    expect(valuesForExcel([[1, true, "=x", "ok"]])).toEqual([[1, true, "'=x", "ok"]]);
    // In a formulas grid "=…" is a formula by design; other strings are constants.
    expect(formulasForExcel([["=SUM(A1:A2)", "- Belanja", 5, "="]])).toEqual([["=SUM(A1:A2)", "'- Belanja", 5, "'="]]);
  });

  it("setValues and setFormulas on the host: values and formulas read back the very text, and the reader sees text, not formulas", async () => {
    const host = hostFrom({ S: [["Uraian"]] });
    const row = [...RISKY, ...PLAIN.filter((p) => p !== "")];
    const right = String.fromCharCode(65 + row.length - 1);
    await host.run((context) =>
      applyEdits(
        context,
        {
          sheet: "S",
          basedOn: null,
          edits: [
            { kind: "setValues", sheet: "S", address: `A2:${right}2`, values: [row] },
            { kind: "setFormulas", sheet: "S", address: "A3:C3", formulas: [["- Honor", "=1+1", "Jumlah"]] },
            // What a user typed (the workbench's grid) is read as Excel reads typing.
            { kind: "setValues", sheet: "S", address: "A4:B4", values: [["=2*3", "12"]], typed: true },
          ],
        },
        { mergedAreas: true, pageLayout: true },
      ),
    );
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange(`A2:${right}2`);
      range.load("values, formulas, valueTypes");
      await context.sync();
      expect(range.values[0]).toEqual(row);
      expect(range.formulas[0]).toEqual(row);
      expect(new Set(range.valueTypes[0])).toEqual(new Set(["String"]));
    });
    const snap = await host.run((context) => readSnapshot(context, "S", { mergedAreas: true }));
    expect(snap.values[1]).toEqual(row);
    expect(snap.formulas[1]!.every((f) => f === "")).toBe(true);
    expect(snap.values[2]!.slice(0, 3)).toEqual(["- Honor", 2, "Jumlah"]);
    expect(snap.formulas[2]!.slice(0, 3)).toEqual(["", "=1+1", ""]);
    expect(snap.values[3]!.slice(0, 2)).toEqual([6, 12]);
    expect(snap.formulas[3]!.slice(0, 2)).toEqual(["=2*3", ""]);
  });
});
