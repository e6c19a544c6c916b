import { kegiatanCode } from "../../../src/core/reader/blocks";
import { row } from "../../helpers/sheet";
import { HEAD, allRows, m, read } from "./table";

describe("blocks with merged No / Sasaran / Biaya / Pelaksana", () => {
  const plan = read(
    [
      HEAD,
      [1, "Perencanaan Program (6709)", "Persentase A", 95, "Bimtek", ...m(1, 2, 3), 822654000, "Subbagian Rendatin"],
      ["", "", "Persentase B ", "95%", "Penyusunan", ...m(4), "", ""],
      ["", "", "Persentase C", 90, "Rencana", ...m(), "", "Subbagian Hukum"],
      [
        2,
        "Pembentukan Badan Adhoc (6867)",
        "Persentase D",
        100,
        "Pengumuman",
        ...m(12),
        12406404000,
        "Subbagian Hukum",
      ],
      ["", "", "Persentase E", 100, "Pelantikan", ...m(6, 7), "", ""],
    ],
    { merges: ["A2:A4", "B2:B4", "R2:R4", "S2:S3", "A5:A6", "B5:B6", "R5:R6", "S5:S6"] },
  );

  it("reads one block per merged No/Sasaran, with number, title, code, rows and budget", () => {
    expect(plan.blocks).toHaveLength(2);
    const [b1, b2] = plan.blocks;
    expect(b1).toMatchObject({ firstRow: row(2), lastRow: row(4), code: "6709", budget: 822654000 });
    expect(b1?.no).toEqual({ value: 1, address: "A2", row: 1, col: 0 });
    expect(b1?.title).toEqual({ value: "Perencanaan Program (6709)", address: "B2", row: 1, col: 1 });
    expect(b1?.budgetCell).toMatchObject({ amount: 822654000, address: "R2" });
    expect(b1?.rows.map((r) => r.row)).toEqual([row(2), row(3), row(4)]);
    expect(b2).toMatchObject({ firstRow: row(5), lastRow: row(6), code: "6867", budget: 12406404000 });
    expect(plan.budgetLayout).toBe("block");
    expect(plan.totalBudget).toBe(822654000 + 12406404000);
    expect([plan.firstDataRow, plan.lastDataRow]).toEqual([row(2), row(6)]);
  });

  it("reads each row: text as written, target, planned months", () => {
    const r3 = allRows(plan)[1];
    expect(r3?.indicator).toEqual({ value: "Persentase B ", address: "C3", row: 2, col: 2 });
    expect(r3?.kegiatan.value).toBe("Penyusunan");
    expect(r3?.target.value).toEqual({ value: 95, unit: "%", raw: "95%" });
    expect(r3?.periods).toEqual([4]);
    expect(r3?.periodCells).toHaveLength(12);
    expect(allRows(plan)[0]?.periods).toEqual([1, 2, 3]);
    expect(allRows(plan)[2]?.periods).toEqual([]);
    expect(allRows(plan)[2]?.periodCells.every((p) => p.kind === "empty")).toBe(true);
  });

  it("lets a merged Pelaksana cover its rows; an unmerged cell is its own", () => {
    const rows = allRows(plan);
    expect(rows.map((r) => r.pelaksana.value)).toEqual([
      "Subbagian Rendatin",
      "Subbagian Rendatin",
      "Subbagian Hukum",
      "Subbagian Hukum",
      "Subbagian Hukum",
    ]);
    expect(rows.map((r) => r.pelaksanaMerged)).toEqual([true, true, false, true, true]);
    expect(rows[1]?.pelaksana.address).toBe("S2");
  });
});

describe("blocks inferred from blanks below (merges unknown)", () => {
  it("reads the same blocks and budgets; a blank Pelaksana under a named one reads as its merge, within the block", () => {
    const plan = read(
      [
        HEAD,
        [1, "Perencanaan (6709)", "A", 95, "k1", ...m(1), 1000000, "Subbagian Rendatin"],
        ["", "", "B", 95, "k2", ...m(2), "", ""],
        [2, "Logistik (6871)", "C", 100, "k3", ...m(3), 2000000, "Subbagian Umum"],
        ["", "", "D", 100, "k4", ...m(4), "", ""],
        ["", "", "E", 100, "k5", ...m(5), "", ""],
      ],
      { mergesUnknown: true },
    );
    expect(plan.blocks.map((b) => [b.no.value, b.code, b.firstRow, b.lastRow, b.budget])).toEqual([
      [1, "6709", row(2), row(3), 1000000],
      [2, "6871", row(4), row(6), 2000000],
    ]);
    expect(plan.budgetLayout).toBe("block");
    // Excel 2019 can't report merges; a merged Pelaksana then reads as a name and blanks. Treating the
    // blanks as the merge avoids a false "pelaksana belum diisi" on every such row.
    expect(allRows(plan).map((r) => r.pelaksana.value)).toEqual([
      "Subbagian Rendatin",
      "Subbagian Rendatin",
      "Subbagian Umum",
      "Subbagian Umum",
      "Subbagian Umum",
    ]);
    expect(allRows(plan).map((r) => [r.pelaksanaMerged, r.pelaksana.address])).toEqual([
      [false, "S2"],
      [true, "S2"],
      [false, "S4"],
      [true, "S4"],
      [true, "S4"],
    ]);
  });

  it("with merges unknown, never carries a Pelaksana across blocks", () => {
    const plan = read(
      [
        HEAD,
        [1, "Perencanaan (6709)", "A", 95, "k1", ...m(1), 1000000, "Subbagian Rendatin"],
        [2, "Logistik (6871)", "C", 100, "k3", ...m(3), 2000000, ""],
      ],
      { mergesUnknown: true },
    );
    expect(allRows(plan).map((r) => r.pelaksana.value)).toEqual(["Subbagian Rendatin", ""]);
  });

  it("starts a block where only No, or only Sasaran, has a value", () => {
    const plan = read([
      HEAD,
      [1, "", "A", 95, "k1", ...m(1)],
      ["", "Sasaran dua (1234)", "B", 95, "k2", ...m(2)],
      ["", "", "C", 95, "k3", ...m(3)],
    ]);
    expect(plan.blocks.map((b) => [b.no.value, b.title.value, b.rows.length])).toEqual([
      [1, "", 1],
      [null, "Sasaran dua (1234)", 2],
    ]);
  });

  it("takes a No beside a Sasaran merged down from above for a row number, not a new block", () => {
    const plan = read(
      [
        HEAD,
        [1, "Sasaran (6709)", "A", 95, "k1", ...m(1)],
        [2, "", "B", 95, "k2", ...m(2)],
        [3, "Sasaran dua (6867)", "C", 95, "k3", ...m(3)],
      ],
      { merges: ["B2:B3"] },
    );
    expect(plan.blocks.map((b) => b.rows.length)).toEqual([2, 1]);
  });

  it("keeps rows above the first No/Sasaran in a block with no number and no title", () => {
    const plan = read([HEAD, ["", "", "A", 95, "k1", ...m(1)], [1, "Sasaran (6709)", "B", 95, "k2", ...m(2)]]);
    expect(plan.blocks).toHaveLength(2);
    expect(plan.blocks[0]).toMatchObject({ code: null, firstRow: row(2), lastRow: row(2) });
    expect(plan.blocks[0]?.no.value).toBeNull();
    expect(plan.blocks[0]?.title.value).toBe("");
    expect(plan.blocks[1]?.no.value).toBe(1);
  });

  it('reads No written as text ("1.", " 2 ") as a number', () => {
    const plan = read([HEAD, ["1.", "S1", "A", 95, "k"], [" 2 ", "S2", "B", 95, "k"], ["satu", "S3", "C", 95, "k"]]);
    expect(plan.blocks.map((b) => b.no.value)).toEqual([1, 2, null]);
  });
});

describe("budgets per row", () => {
  it("sums the rows' amounts when each row has its own (no merge)", () => {
    const plan = read([
      HEAD,
      [1, "Sasaran (6709)", "A", 95, "k1", ...m(1), 1000000, "PJ"],
      ["", "", "B", 95, "k2", ...m(2), "Rp 2.500.000", "PJ"],
      ["", "", "C", 95, "k3", ...m(3), "", "PJ"],
      [2, "Sasaran dua (6867)", "D", 95, "k4", ...m(4), 300000, "PJ"],
    ]);
    expect(plan.budgetLayout).toBe("row");
    expect(plan.blocks.map((b) => b.budget)).toEqual([3500000, 300000]);
    expect(plan.blocks.every((b) => b.budgetCell === null)).toBe(true);
    const rows = allRows(plan);
    expect(rows[1]?.budget).toMatchObject({ amount: 2500000, typedAsText: true, address: "R3" });
    expect(rows[2]?.budget).toMatchObject({ amount: null, address: "R4" });
    expect(plan.totalBudget).toBe(3800000);
  });

  it("does not count a number for an error: the block's sum is unknown", () => {
    const plan = read([
      HEAD,
      [1, "Sasaran (6709)", "A", 95, "k1", ...m(1), 1000000],
      ["", "", "B", 95, "k2", ...m(2), { error: "#REF!" }],
      [2, "Sasaran dua (6867)", "C", 95, "k3", ...m(3), 500000],
      ["", "", "D", 95, "k4", ...m(4), 500000],
    ]);
    expect(plan.budgetLayout).toBe("row");
    expect(allRows(plan)[1]?.budget).toMatchObject({ amount: null, error: "#REF!" });
    expect(plan.blocks.map((b) => b.budget)).toEqual([null, 1000000]);
    expect(plan.totalBudget).toBe(1000000);
  });

  it("keeps an error in a block's budget cell as an error", () => {
    const plan = read([HEAD, [1, "Sasaran (6709)", "A", 95, "k1", ...m(1), { error: "#DIV/0!" }]], {
      formulas: { R2: "=1/0" },
    });
    expect(plan.budgetLayout).toBe("block");
    expect(plan.blocks[0]?.budgetCell).toMatchObject({ amount: null, error: "#DIV/0!", formula: "=1/0" });
    expect(plan.blocks[0]?.budget).toBeNull();
    expect(plan.totalBudget).toBe(0);
  });

  it("has no budgets when the table has no budget column", () => {
    const plan = read([
      ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "Pelaksana"],
      [1, "S (6709)", "A", 95, "k", "PJ"],
    ]);
    expect(plan.budgetLayout).toBe("none");
    expect(plan.blocks[0]).toMatchObject({ budget: null, budgetCell: null });
  });
});

describe("kegiatan code", () => {
  it.each([
    ["Perencanaan Program (6709)", "6709"],
    ["Operasional (3360) lanjutan (3361)", "3361"],
    ["Tanpa kode", null],
    ["Kode pendek (123)", null],
  ])("%j -> %j", (title, code) => {
    expect(kegiatanCode(title)).toBe(code);
  });
});
