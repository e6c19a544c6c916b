import { computeTotals } from "../../../../src/core/budget";
import { readPlan } from "../../../../src/core/reader";
import { readSnapshot } from "../../../../src/excel/readSnapshot";
import {
  codeLines,
  pelaksanaLines,
  periodLines,
  sasaranLines,
  shortTitle,
  TITLE_LENGTH,
} from "../../../../src/taskpane/components/anggaran/budgetRows";
import { hostFrom } from "../../../host/grid";
import { MONTH_SHEET, monthlyPlan } from "../../helpers/monthGrids";

async function monthlyTotals() {
  const host = hostFrom({ [MONTH_SHEET]: monthlyPlan() });
  const snapshot = await host.run((context) => readSnapshot(context, null, { mergedAreas: true }));
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error("no table");
  return computeTotals(read.plan);
}

describe("shortTitle", () => {
  it("drops the code the code column shows, and cuts a long title", () => {
    expect(shortTitle("Penetapan Hasil Pemilu (6982)", "6982")).toBe("Penetapan Hasil Pemilu");
    expect(shortTitle("Penetapan  Hasil Pemilu ( 6982 ) ", "6982")).toBe("Penetapan Hasil Pemilu");
    // Another code in the title is the title's own text.
    expect(shortTitle("Penetapan Hasil Pemilu (6982)", "3360")).toBe("Penetapan Hasil Pemilu (6982)");
    expect(shortTitle("Penetapan Hasil Pemilu", null)).toBe("Penetapan Hasil Pemilu");
    const long = shortTitle(
      "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu (6709)",
      "6709",
    );
    expect(long).toBe("Perencanaan Program dan Anggaran, serta Penyusu…");
    expect(long.length).toBeLessThanOrEqual(TITLE_LENGTH);
    // A title that is only its code keeps it, rather than showing nothing.
    expect(shortTitle("(6982)", "6982")).toBe("(6982)");
  });
});

describe("the budget tables' rows", () => {
  it("per sasaran, per code and per pelaksana, with the split between pelaksana", async () => {
    const totals = await monthlyTotals();
    expect(sasaranLines(totals)).toEqual([
      {
        no: 1,
        code: "6709",
        title: "Perencanaan Program dan Anggaran",
        fullTitle: "Perencanaan Program dan Anggaran",
        amount: "Rp 1.200.000",
      },
      {
        no: 2,
        code: "6982",
        title: "Penetapan Hasil Pemilu",
        fullTitle: "Penetapan Hasil Pemilu",
        amount: "Rp 300.000",
      },
      {
        no: 3,
        code: "3360",
        title: "Operasional Perkantoran",
        fullTitle: "Operasional Perkantoran",
        amount: "Rp 500.000",
      },
    ]);
    expect(codeLines(totals)).toEqual([
      { code: "6709", blocks: "1", amount: "Rp 1.200.000" },
      { code: "6982", blocks: "2", amount: "Rp 300.000" },
      { code: "3360", blocks: "3", amount: "Rp 500.000" },
    ]);
    expect(pelaksanaLines(totals)).toEqual([
      { name: "Subbagian Rendatin", amount: "Rp 600.000", splitBlocks: "1" },
      { name: "Subbagian Keuangan", amount: "Rp 1.100.000", splitBlocks: "1" },
      { name: "Subbagian Teknis", amount: "Rp 300.000", splitBlocks: null },
    ]);
  });

  it("per month, or folded into quarters (B1-B3 is TW I)", async () => {
    const totals = await monthlyTotals();
    const months = periodLines(totals, false);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ label: "B1", amount: "Rp 400.000" });
    expect(months[11]).toEqual({ label: "B12", amount: "Rp 0" });
    expect(periodLines(totals, true)).toEqual([
      { label: "TW I", amount: "Rp 1.200.000" },
      { label: "TW II", amount: "Rp 187.500" },
      { label: "TW III", amount: "Rp 187.500" },
      { label: "TW IV", amount: "Rp 125.000" },
    ]);
  });

  it("a sasaran without a readable budget has no amount", async () => {
    const spec = monthlyPlan();
    const rows = spec.rows.map((r) => [...r]);
    (rows[9] as unknown[])[17] = null;
    const host = hostFrom({ [MONTH_SHEET]: { rows, merges: spec.merges ?? [] } });
    const snapshot = await host.run((context) => readSnapshot(context, null, { mergedAreas: true }));
    const read = readPlan(snapshot);
    if (!read.ok) throw new Error("no table");
    expect(sasaranLines(computeTotals(read.plan))[2]).toMatchObject({ no: 3, amount: null });
  });
});
