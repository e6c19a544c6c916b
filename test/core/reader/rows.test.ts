import { HEAD, allRows, read } from "./table";

describe("other columns and merged text cells", () => {
  it("keeps Keterangan cells, uninterpreted", () => {
    const plan = read([
      ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "Jan", "Feb", "Mar", "Keterangan"],
      [1, "S (6709)", "A", "4 laporan", "k", "v", 2, "", "catatan"],
    ]);
    const r = allRows(plan)[0];
    expect(r?.others).toEqual([{ value: "catatan", address: "I2", row: 1, col: 8 }]);
    expect(r?.target.value).toEqual({ value: 4, unit: "laporan", raw: "4 laporan" });
    expect(r?.periodCells.map((p) => p.kind)).toEqual(["mark", "number", "empty"]);
    expect(r?.periods).toEqual([1, 2]);
  });

  it("marks a period cell holding anything else invalid", () => {
    const plan = read([
      ["No", "Indikator", "Kegiatan", "TW I", "TW II", "TW III", "TW IV"],
      [1, "A", "k", "V", "ok", "✓", { error: "#N/A" }],
    ]);
    const r = allRows(plan)[0];
    expect(r?.periodCells.map((p) => p.kind)).toEqual(["mark", "invalid", "mark", "error"]);
    expect(r?.periods).toEqual([1, 3]);
  });

  it("reads an indikator merged over two kegiatan rows for both rows, from its master cell", () => {
    const plan = read([HEAD, [1, "S (6709)", "Indikator bersama", 95, "k1"], ["", "", "", "", "k2"]], {
      merges: ["C2:C3", "D2:D3"],
    });
    const rows = allRows(plan);
    expect(rows.map((r) => r.indicator.value)).toEqual(["Indikator bersama", "Indikator bersama"]);
    expect(rows[1]?.indicator.address).toBe("C2");
    expect(rows[1]?.target.value.value).toBe(95);
  });
});
