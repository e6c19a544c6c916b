import { rangeA1 } from "../../../src/core/address";
import { planInsert } from "../../../src/core/insert";
import { SimWorkbook } from "../budget/simulate";
import { catalogOf, entry, miniCatalogJson } from "../catalog/helpers";
import { sheet } from "../../helpers/sheet";
import { MONTH_HEAD, months, planOf, rak, rakMonths } from "../validate/rakSheet";
import { blockLines, blockSheet, editList, insert, rowText } from "./grids";

const catalog = catalogOf(miniCatalogJson());
const sortedMerges = (s: { merges: readonly { top: number; left: number; bottom: number; right: number }[] }) =>
  s.merges.map(rangeA1).sort();

describe("planInsert: rows at the end of the block with their code", () => {
  it("inserts a 3355 entry under the last row of sasaran 3, growing its No, Sasaran, Biaya and Pelaksana merges", () => {
    const { after, plan, edits, result } = insert(blockSheet(), catalog, ["3355-01"]);
    expect(blockLines(plan)).toEqual(["1 6709 7-8", "2 6870 9-9", "3 3355 10-12"]);
    // The entry's pelaksana (Subbagian Hukum) is the merged one's: the merge grows, no value is written there.
    expect(rowText(after, 12)).toEqual([
      "C=Indikator 3355-01",
      "D=100",
      "E=Kegiatan 3355-01",
      ...["F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q"].map((c) => `${c}=v`),
    ]);
    expect(sortedMerges(after)).toEqual(
      ["A7:A8", "B7:B8", "R7:R8", "S7:S8", "A10:A12", "B10:B12", "R10:R12", "S10:S12"].sort(),
    );
    expect(editList(edits)).toEqual([
      "insertRows 12+1",
      "setValues C12:Q12",
      "unmerge A10:A11",
      "merge A10:A12",
      "unmerge B10:B11",
      "merge B10:B12",
      "unmerge R10:R11",
      "merge R10:R12",
      "unmerge S10:S11",
      "merge S10:S12",
      "setFormulas R13",
    ]);
    // Rows went in at the JUMLAH row, which =SUM(R7:R11) would not cover by itself.
    expect(after.formulas[12]?.[17]).toBe("=SUM(R7:R12)");
    expect(result.newRows).toEqual([
      { entryId: "3355-01", code: "3355", kegiatan: "Kegiatan 3355-01", row: 11, blockNo: 3, newBlock: false },
    ]);
    expect(result.notes.map((n) => n.key)).toEqual([
      "insert.note.rowsAdded",
      "insert.note.budgetUnchanged",
      "insert.note.totalUpdated",
    ]);
  });

  it("writes the pelaksana in the new row when it is not the merged one's, and leaves that merge alone", () => {
    const other = catalogOf({
      ...miniCatalogJson(),
      entries: [entry("3355-01", "3355", "Keuangan (3355)", { season: "routine", pelaksana: "Subbagian Keuangan" })],
    });
    const { after } = insert(blockSheet(), other, ["3355-01"]);
    expect(rowText(after, 12).at(-1)).toBe("S=Subbagian Keuangan");
    expect(sortedMerges(after)).toContain("S10:S11");
    expect(sortedMerges(after)).toContain("A10:A12");
  });

  it("turns a one-row sasaran into merged cells when the sheet merges that column elsewhere", () => {
    const { after, plan } = insert(blockSheet(), catalog, ["6870-01"]);
    expect(blockLines(plan)).toEqual(["1 6709 7-8", "2 6870 9-10", "3 3355 11-12"]);
    expect(sortedMerges(after)).toEqual(
      [
        "A7:A8",
        "B7:B8",
        "R7:R8",
        "S7:S8",
        "A9:A10",
        "B9:B10",
        "R9:R10",
        "A11:A12",
        "B11:B12",
        "R11:R12",
        "S11:S12",
      ].sort(),
    );
    // Pelaksana differs (Rendatin under Teknis): its own cell.
    expect(rowText(after, 10)).toEqual([
      "C=Indikator 6870-01",
      "D=100",
      "E=Kegiatan 6870-01",
      "F=v",
      "G=v",
      "S=Subbagian Rendatin",
    ]);
  });

  it("adds a row to a table without merges by leaving No and Sasaran blank, as the blocks above do", () => {
    const s = blockSheet({ merges: [] });
    const { after, plan, edits } = insert(s, catalog, ["6709-01"]);
    expect(blockLines(plan)).toEqual(["1 6709 7-9", "2 6870 10-10", "3 3355 11-12"]);
    expect(after.merges).toEqual([]);
    expect(editList(edits).filter((e) => e.startsWith("merge"))).toEqual([]);
    // {satker} is filled from "Sekretariat KPU Kota Prabumulih".
    expect(rowText(after, 9)).toContain("E=Revisi anggaran KPU Kota Prabumulih");
    expect(rowText(after, 9)).toContain("S=Subbagian Rendatin");
  });

  it("on Excel 2019 (no merge information) takes a value with blanks under it for a merge, and says so", () => {
    const s = blockSheet({ merges: [], mergesUnknown: true });
    const { edits, result } = insert(s, catalog, ["3355-01"]);
    expect(editList(edits).filter((e) => e.startsWith("merge") || e.startsWith("unmerge"))).toEqual([
      "unmerge A10:A11",
      "merge A10:A12",
      "unmerge B10:B11",
      "merge B10:B12",
      "unmerge R10:R11",
      "merge R10:R12",
      "unmerge S10:S11",
      "merge S10:S12",
    ]);
    expect(result.notes.map((n) => n.key)).toContain("insert.note.mergesInferred");
    // Where merge information is known and there is none, nothing is merged (the earlier test).
    expect(insert(blockSheet({ merges: [] }), catalog, ["3355-01"]).result.notes.map((n) => n.key)).not.toContain(
      "insert.note.mergesInferred",
    );
  });

  it("writes 0 in each new row's budget where budgets are per row", () => {
    const s = rakMonths(
      [
        [1, "Perencanaan Program (6709)", "Indikator a", 95, "Kegiatan a", ...months(1), 300, "Subbagian Rendatin"],
        [null, null, "Indikator b", 95, "Kegiatan b", ...months(2), 200, "Subbagian Rendatin"],
      ],
      { name: "RAK 2024", merges: ["A7:A8", "B7:B8"] },
    );
    const { after, plan, result } = insert(s, catalog, ["6709-01"]);
    expect(plan.budgetLayout).toBe("row");
    expect(rowText(after, 9)).toContain("R=0");
    expect(sortedMerges(after)).toEqual(["A7:A9", "B7:B9"]);
    expect(result.notes.map((n) => n.key)).toContain("insert.note.rowBudgetZero");
  });

  it("marks quarters in a TW I..IV table: the quarters the entry's months fall in", () => {
    const s = rak(
      [
        [1, "Kampanye (6870)", "Indikator c", 100, "Kegiatan c", "v", null, null, null, 500, "Subbagian Teknis"],
        [null, null, "Indikator d", 100, "Kegiatan d", "v", null, null, null, null, "Subbagian Teknis"],
      ],
      { merges: ["A7:A8", "B7:B8", "J7:J8"] },
    );
    const { after } = insert(s, catalog, ["6709-01", "6870-01"]);
    // 6709 has no block: it starts sasaran 1, before 6870; 6870-01 (B1-B2) is TW I only.
    expect(rowText(after, 7)).toEqual(
      expect.arrayContaining(["A=1", "B=Perencanaan Program (6709)", "F=v", "G=v", "H=v", "I=v"]),
    );
    expect(rowText(after, 10)).toEqual([
      "C=Indikator 6870-01",
      "D=100",
      "E=Kegiatan 6870-01",
      "F=v",
      "K=Subbagian Rendatin",
    ]);
  });

  it("writes targets with their unit where the plan does, and uses the plan's own mark", () => {
    const s = rakMonths([
      [
        1,
        "Penetapan Hasil (6982)",
        "Indikator a",
        "2 laporan",
        "Kegiatan a",
        "√",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        10,
        "Semua",
      ],
    ]);
    const { after } = insert(s, catalog, ["6982-01"]);
    expect(rowText(after, 8)).toEqual(expect.arrayContaining(["D=4 laporan", "F=√", "Q=√"]));
  });
});

describe("planInsert: a code without a block starts a new one, in code order", () => {
  it("places 6868 after 6709 and before 6870 (catalog order), numbers it 2 and renumbers the rest", () => {
    const { after, plan, edits, result } = insert(blockSheet(), catalog, ["6868-01"]);
    expect(blockLines(plan)).toEqual(["1 6709 7-8", "2 6868 9-9", "3 6870 10-10", "4 3355 11-12"]);
    expect(rowText(after, 9)).toEqual([
      "A=2",
      "B=Pemutakhiran Data Pemilih (6868)",
      "C=Indikator 6868-01",
      "D=100",
      "E=Kegiatan 6868-01",
      "F=v",
      "R=0",
      "S=Subbagian Rendatin",
    ]);
    expect(plan.blocks[1]?.budget).toBe(0);
    expect(editList(edits)).toEqual([
      "insertRows 9+1",
      "setValues A9:S9",
      "setValues A10",
      "setValues A11",
      "setNumberFormat R9",
    ]);
    // Row 9 is inside =SUM(R7:R11): Excel grows it to R7:R12 itself, so it is not rewritten.
    expect(after.formulas[12]?.[17]).toBe("=SUM(R7:R12)");
    expect(result.notes.map((n) => n.key)).toEqual([
      "insert.note.blockBudgetZero",
      "insert.note.blockAdded",
      "insert.note.renumbered",
    ]);
  });

  it("merges a new block of several rows where the sheet merges, the pelaksana only over a shared one", () => {
    const two = catalogOf({
      ...miniCatalogJson(),
      entries: [
        ...(miniCatalogJson().entries as object[]),
        entry("6868-02", "6868", "Pemutakhiran Data Pemilih (6868)", {
          season: { stage: "kampanye-2024" },
          pelaksana: "Subbagian Rendatin",
        }),
        entry("6868-03", "6868", "Pemutakhiran Data Pemilih (6868)", {
          season: { stage: "kampanye-2024" },
          pelaksana: "Subbagian Teknis",
        }),
      ],
    });
    const { after, plan } = insert(blockSheet(), two, ["6868-02", "6868-01", "6868-03"]);
    expect(blockLines(plan)).toEqual(["1 6709 7-8", "2 6868 9-11", "3 6870 12-12", "4 3355 13-14"]);
    expect(sortedMerges(after)).toEqual(
      [
        "A7:A8",
        "B7:B8",
        "R7:R8",
        "S7:S8",
        "A9:A11",
        "B9:B11",
        "R9:R11",
        "S9:S10",
        "A13:A14",
        "B13:B14",
        "R13:R14",
        "S13:S14",
      ].sort(),
    );
  });

  it("puts a new first sasaran under the header with plain formats, since the row above is the header", () => {
    const s = blockSheet();
    const first = catalogOf({
      ...miniCatalogJson(),
      entries: [
        entry("1111-01", "1111", "Awal (1111)", { season: "routine" }),
        ...(miniCatalogJson().entries as object[]),
      ],
    });
    const { plan, edits, result } = insert(s, first, ["1111-01"]);
    expect(blockLines(plan)).toEqual(["1 1111 7-7", "2 6709 8-9", "3 6870 10-10", "4 3355 11-12"]);
    expect(editList(edits)).toEqual(expect.arrayContaining(["setFont A7:S7", "setFill A7:S7", "setBorders A7:S7"]));
    expect(result.notes.map((n) => n.key)).toContain("insert.note.topFormats");
  });

  it("puts entries of a block and a new block meeting at one row in order: the block's rows first", () => {
    const { plan, after } = insert(blockSheet(), catalog, ["6868-01", "6709-01"]);
    expect(blockLines(plan)).toEqual(["1 6709 7-9", "2 6868 10-10", "3 6870 11-11", "4 3355 12-13"]);
    expect(rowText(after, 9)).toContain("E=Revisi anggaran KPU Kota Prabumulih");
    expect(rowText(after, 10)).toContain("B=Pemutakhiran Data Pemilih (6868)");
  });
});

describe("planInsert: totals still cover every row", () => {
  it("rewrites JUMLAH only where Excel would not grow it; the recomputed total follows the new rows", () => {
    // Inside the range (block 1): Excel grows =SUM(R7:R11) itself; no formula is written.
    const inside = insert(blockSheet(), catalog, ["6709-01"]);
    expect(editList(inside.edits).filter((e) => e.startsWith("setFormulas"))).toEqual([]);
    expect(inside.after.formulas[12]?.[17]).toBe("=SUM(R7:R12)");

    // At the end (block 3, right above JUMLAH): rewritten, and a budget typed in the new row counts.
    const { edits } = insert(blockSheet({ merges: [] }), catalog, ["3355-01"]);
    const wb = SimWorkbook.from(blockSheet({ merges: [] })).apply(edits);
    wb.apply([{ kind: "setValues", sheet: "RAK 2024", address: "R12", values: [[45]] }]);
    expect(wb.sheet("RAK 2024").text("R13")).toBe("=SUM(R7:R12)");
    expect(wb.value("RAK 2024", "R13")).toBe(1745);
  });

  it("keeps a SUBTOTAL(9, ...) total's function, and leaves a total that is not one range alone, with a note", () => {
    const sub = insert(blockSheet({ formulas: { R12: "=SUBTOTAL(9,R7:R11)" } }), catalog, ["3355-01"]);
    expect(sub.after.formulas[12]?.[17]).toBe("=SUBTOTAL(9,R7:R12)");
    const odd = insert(blockSheet({ formulas: { R12: "=R7+R9+R10" } }), catalog, ["3355-01"]);
    expect(odd.result.notes.map((n) => n.key)).toContain("insert.note.totalCheck");
    expect(editList(odd.edits).filter((e) => e.startsWith("setFormulas"))).toEqual([]);
  });

  it("grows a sasaran's subtotal row (budgets per row) over the new rows", () => {
    const s = rakMonths(
      [
        [1, "Perencanaan Program (6709)", "Indikator a", 95, "Kegiatan a", ...months(1), 300, "Subbagian Rendatin"],
        [null, null, "Indikator b", 95, "Kegiatan b", ...months(2), 200, "Subbagian Rendatin"],
        ["Subtotal Sasaran 1", ...Array(16).fill(null), 500],
        [2, "Keuangan (3355)", "Indikator c", 95, "Kegiatan c", ...months(2), 100, "Subbagian Hukum"],
        ["Subtotal Sasaran 2", ...Array(16).fill(null), 100],
        ["JUMLAH", ...Array(16).fill(null), 600],
      ],
      {
        name: "RAK 2024",
        merges: ["A7:A8", "B7:B8", "A9:E9", "A11:E11", "A12:Q12"],
        formulas: { R9: "=SUBTOTAL(9,R7:R8)", R11: "=SUBTOTAL(9,R10:R10)", R12: "=SUBTOTAL(9,R7:R11)" },
      },
    );
    const plan = planOf(s);
    expect(plan.blocks.map((b) => b.subtotalRow?.row)).toEqual([8, 10]);
    const { after, result } = insert(s, catalog, ["6709-01", "6868-01"]);
    const f = (row: number) => after.formulas[row - 1]?.[17];
    // Sasaran 1 grew to rows 7-9: its subtotal (now row 10) covers them; the new sasaran 2 (row 11)
    // has no subtotal row yet (Anggaran adds it); Keuangan's subtotal and the total follow.
    expect([f(10), f(13), f(14)]).toEqual(["=SUBTOTAL(9,R7:R9)", "=SUBTOTAL(9,R12:R12)", "=SUBTOTAL(9,R7:R13)"]);
    expect(rowText(after, 11).slice(0, 2)).toEqual(["A=2", "B=Pemutakhiran Data Pemilih (6868)"]);
    // Renumbered: Keuangan is sasaran 3 now, its subtotal's label too.
    expect(rowText(after, 12)[0]).toBe("A=3");
    expect(rowText(after, 13)[0]).toBe("A=Subtotal Sasaran 3");
    expect(result.notes.map((n) => n.key)).toEqual(
      expect.arrayContaining(["insert.note.subtotalUpdated", "insert.note.subtotalMissing"]),
    );
  });

  it("writes the Rekap Anggaran sheet again when the workbook has one, and notes a stale RPD draft", () => {
    const { edits, result } = insert(blockSheet(), catalog, ["6868-01"], {
      existingSheets: ["RAK 2024", "Rekap Anggaran", "RPD Draf"],
    });
    expect(editList(edits)).toEqual(expect.arrayContaining(["clearSheet Rekap Anggaran"]));
    const rekap = edits.find((e) => e.kind === "setFormulas" && e.sheet === "Rekap Anggaran");
    // Per sasaran: the four budget cells where they are after the insert (6868's is R9).
    const text = JSON.stringify(rekap);
    for (const ref of ["'RAK 2024'!R7", "'RAK 2024'!R9", "'RAK 2024'!R10", "'RAK 2024'!R11"])
      expect(text).toContain(ref);
    expect(result.notes.map((n) => n.key)).toEqual(
      expect.arrayContaining(["insert.note.rekapRewritten", "insert.note.rpdStale"]),
    );
  });
});

describe("planInsert: what it says and what it refuses", () => {
  it("notes an entry already in the plan, an entry for another year, and generic office names", () => {
    const s = blockSheet();
    const inPlan = catalogOf({
      ...miniCatalogJson(),
      entries: [
        entry("3355-07", "3355", "Keuangan (3355)", {
          season: "routine",
          indicator: "Indikator e",
          kegiatan: "Kegiatan e",
        }),
        entry("6870-09", "6870", "Kampanye (6870)", { season: "routine", years: [2019] }),
      ],
    });
    const notes = insert(s, inPlan, ["3355-07", "6870-09"]).result.notes;
    expect(notes.filter((n) => n.key === "insert.note.alreadyInPlan").map((n) => n.params)).toEqual([
      // Row 11 as read; row 12 once 6870-09 is in above it.
      { id: "3355-07", row: 12 },
    ]);
    expect(notes.filter((n) => n.key === "insert.note.otherYear").map((n) => n.params)).toEqual([
      { id: "6870-09", years: "2019", year: 2024 },
    ]);

    const anonymous = sheet([
      ["RENCANA AKSI KINERJA TAHUN 2024"],
      [],
      MONTH_HEAD,
      [1, "Perencanaan Program (6709)", "Ind", 95, "Keg", ...months(1), 9, "X"],
    ]);
    const generic = insert(anonymous, catalog, ["6709-01"]);
    expect(generic.result.notes.map((n) => n.key)).toContain("insert.note.genericNames");
    expect(rowText(generic.after, 5)).toContain("E=Revisi anggaran KPU Kabupaten/Kota");
  });

  it("refuses an empty choice, an unknown entry and a table without Indikator and Kegiatan, planning nothing", () => {
    const s = blockSheet();
    const plan = planOf(s);
    expect(planInsert(plan, s, catalog, [])).toEqual({
      ok: false,
      reason: { key: "insert.refuse.noEntries", params: {} },
    });
    expect(planInsert(plan, s, catalog, ["6709-01", "9999-01"])).toEqual({
      ok: false,
      reason: { key: "insert.refuse.unknownEntry", params: { id: "9999-01" } },
    });
    const noColumns = { ...plan, header: { ...plan.header, indikatorCol: null, kegiatanCol: null } };
    expect(planInsert(noColumns, s, catalog, ["6709-01"])).toMatchObject({
      ok: false,
      reason: { key: "insert.refuse.noColumns" },
    });
  });

  it("writes values only into cells the insert made, as few 2-D writes as the merges allow", () => {
    const { edits } = insert(blockSheet(), catalog, ["6868-01", "3355-01"]);
    const writes = edits.filter((e) => e.kind === "setValues" && e.values.length > 0);
    const renumbering = ["A10", "A11"];
    for (const w of writes) {
      if (w.kind !== "setValues") continue;
      if (renumbering.includes(w.address)) expect(w.requireEmpty).toBeUndefined();
      else expect([w.address, w.requireEmpty]).toEqual([w.address, true]);
    }
  });
});
