import { row } from "../../helpers/sheet";
import { HEAD, allRows, m, read } from "./table";

describe("total row and the end of the data", () => {
  it("takes a JUMLAH row for the total, not a block, and ends the data there: a note under it is no row", () => {
    const plan = read(
      [
        HEAD,
        [1, "Sasaran (6709)", "Jumlah draft juklak yang disusun", 95, "k1", ...m(1), 1000000],
        [2, "Sasaran dua (6867)", "B", 95, "k2", ...m(2), 2000000],
        ["JUMLAH", "", "", "", "", ...m(), 3000000],
        ["Catatan: angka sementara, menunggu revisi DIPA"],
      ],
      { merges: ["A4:Q4"], formulas: { R4: "=SUM(R2:R3)" } },
    );
    expect(plan.blocks).toHaveLength(2);
    expect(allRows(plan)[0]?.indicator.value).toBe("Jumlah draft juklak yang disusun");
    expect(plan.lastDataRow).toBe(row(3));
    expect(plan.total?.row).toBe(row(4));
    expect(plan.total?.label).toEqual({ value: "JUMLAH", address: "A4", row: 3, col: 0 });
    expect(plan.total?.amount).toMatchObject({ amount: 3000000, formula: "=SUM(R2:R3)" });
    expect(plan.totalBudget).toBe(3000000);
  });

  it.each(["TOTAL", "Jumlah Total", "Jumlah"])("recognises %j standing alone in the row's first cells", (word) => {
    const plan = read([
      HEAD,
      [1, "Sasaran (6709)", "A", 95, "k1", ...m(1), 1000],
      ["", word, "", "", "", ...m(), 1000],
    ]);
    expect(plan.total?.label.value).toBe(word);
    expect(plan.blocks).toHaveLength(1);
  });

  it("recognises JUMLAH typed in the Kegiatan column, but not a word in the period or budget columns", () => {
    const plan = read([
      HEAD,
      [1, "Sasaran (6709)", "A", 95, "k1", ...m(1), 1000],
      ["", "", "", "", "JUMLAH", ...m(), 1000],
    ]);
    expect(plan.total?.label.address).toBe("E3");
    const late = read([
      HEAD,
      [1, "Sasaran (6709)", "A", 95, "k1", ...m(1), 1000],
      ["", "", "", "", "", ...m(), "Total"],
    ]);
    expect(late.total).toBeNull();
  });

  it("ends the data at the first fully blank row; blank rows right under the header are skipped", () => {
    const plan = read([
      HEAD,
      [],
      [1, "S (6709)", "A", 95, "k", ...m(1)],
      ["", "", "B", 95, "k", ...m(2)],
      [],
      [2, "later", "C", 95, "k"],
    ]);
    expect([plan.firstDataRow, plan.lastDataRow]).toEqual([row(3), row(4)]);
    expect(plan.blocks).toHaveLength(1);
    expect(plan.total).toBeNull();
  });

  it("does not end the data at a row still covered by a block's merged cells", () => {
    const plan = read(
      [
        HEAD,
        [1, "S (6709)", "A", 95, "k", ...m(1), 1000],
        ["", "", "", "", "", ...m(), ""],
        [2, "S2", "B", 95, "k", ...m(2), 2000],
      ],
      { merges: ["A2:A3", "B2:B3", "R2:R3"] },
    );
    expect(plan.blocks.map((b) => b.rows.length)).toEqual([2, 1]);
  });

  it("ends the data at a signature block that follows without a blank row", () => {
    const plan = read([
      HEAD,
      [1, "S (6709)", "A", 95, "k", ...m(1)],
      ["", "", "", "", "", "", "", "", "", "", "", "", "", "Prabumulih, 25 Januari 2024"],
    ]);
    expect(plan.lastDataRow).toBe(row(2));
    expect(plan.meta.signature.placeDate?.value).toBe("Prabumulih, 25 Januari 2024");
  });

  it("reads a header with no data rows as an empty plan", () => {
    const plan = read([HEAD]);
    expect(plan.blocks).toEqual([]);
    expect(plan.lastDataRow).toBeLessThan(plan.firstDataRow);
  });
});
