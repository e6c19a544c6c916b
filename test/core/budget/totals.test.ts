import { computeTotals } from "../../../src/core/budget";
import { blockSheet, m, planOf, q, rak, rowSheet, TW_HEAD } from "./grids";
import { sheet } from "../../helpers/sheet";

const budgets = (xs: readonly { budget: number | null }[]): (number | null)[] => xs.map((x) => x.budget);

describe("computeTotals, one budget per sasaran", () => {
  const totals = computeTotals(planOf(blockSheet()));

  it("totals per sasaran and per kegiatan code", () => {
    expect(totals.total).toBe(1901);
    expect(totals.byBlock).toEqual([
      { no: 1, code: "6709", title: "Perencanaan Program (6709)", budget: 900, row: 2 },
      { no: 2, code: "6982", title: "Penetapan Hasil (6982)", budget: 1001, row: 5 },
    ]);
    expect(totals.byCode).toEqual([
      { code: "6709", budget: 900, blocks: [1] },
      { code: "6982", budget: 1001, blocks: [2] },
    ]);
  });

  it("splits a sasaran's budget between its pelaksana by row count, and says so", () => {
    // Rendatin has two of the three rows of sasaran 1, Hukum one.
    expect(totals.byPelaksana).toEqual([
      { pelaksana: "Subbagian Rendatin", budget: 600, split: true, splitBlocks: [1] },
      { pelaksana: "Subbagian Hukum", budget: 300, split: true, splitBlocks: [1] },
      { pelaksana: "Semua Subbagian", budget: 1001, split: false, splitBlocks: [] },
    ]);
  });

  it("spreads each budget over the months its rows plan; a sasaran without months is unscheduled", () => {
    expect(totals.byPeriod.slice(0, 4)).toEqual([
      { period: 1, label: "B1", budget: 300 },
      { period: 2, label: "B2", budget: 300 },
      { period: 3, label: "B3", budget: 300 },
      { period: 4, label: "B4", budget: 0 },
    ]);
    expect(totals.unscheduled).toBe(1001);
    expect(totals.unscheduledBlocks).toEqual([2]);
    expect(totals.byQuarter.map((x) => [x.label, x.budget])).toEqual([
      ["TW I", 900],
      ["TW II", 0],
      ["TW III", 0],
      ["TW IV", 0],
    ]);
  });

  it("gives remainders to the last share, so every breakdown adds up exactly", () => {
    const t = computeTotals(
      planOf(
        rak(
          [
            [1, "Satu (1111)", "a", 1, "k", ...m(1, 5, 9), 1000, "P"],
            [null, null, "b", 1, "k", ...m(9), null, "Q"],
            [null, null, "c", 1, "k", ...m(), null, "R"],
          ],
          { merges: ["A2:A4", "B2:B4", "R2:R4"] },
        ),
      ),
    );
    expect(t.byPelaksana.map((p) => p.budget)).toEqual([333, 333, 334]);
    expect(t.byPeriod.filter((p) => p.budget > 0).map((p) => [p.label, p.budget])).toEqual([
      ["B1", 333],
      ["B5", 333],
      ["B9", 334],
    ]);
  });

  it("gives a rows' share to no one where a row names no pelaksana but others do", () => {
    const t = computeTotals(
      planOf(
        rak(
          [
            [1, "Satu (1111)", "a", 1, "k", ...m(1), 900, "P"],
            [null, null, "b", 1, "k", ...m(1), null, null],
          ],
          { merges: ["A2:A3", "B2:B3", "R2:R3"] },
        ),
      ),
    );
    expect(t.byPelaksana).toEqual([{ pelaksana: "P", budget: 900, split: false, splitBlocks: [] }]);
  });

  it("counts a pelaksana written with other spacing or case as the same one", () => {
    const t = computeTotals(
      planOf(
        rak([
          [1, "Satu (1111)", "a", 1, "k", ...m(1), 100, "Subbagian  Rendatin "],
          [2, "Dua (2222)", "b", 1, "k", ...m(2), 50, "subbagian rendatin"],
        ]),
      ),
    );
    expect(t.byPelaksana).toEqual([{ pelaksana: "Subbagian Rendatin", budget: 150, split: false, splitBlocks: [] }]);
  });

  it("leaves an unreadable budget out and names its cell", () => {
    const t = computeTotals(
      planOf(
        rak([
          [1, "Satu (1111)", "a", 1, "k", ...m(1), 100, "P"],
          [2, "Dua (2222)", "b", 1, "k", ...m(2), "seratus", "P"],
        ]),
      ),
    );
    expect(t.total).toBe(100);
    expect(budgets(t.byBlock)).toEqual([100, null]);
    expect(t.unreadable).toEqual(["R3"]);
  });
});

describe("computeTotals, a budget per row", () => {
  const totals = computeTotals(planOf(rowSheet()));

  it("sums each sasaran's rows", () => {
    expect(totals.total).toBe(1658);
    expect(budgets(totals.byBlock)).toEqual([651, 1007]);
  });

  it("gives each row's amount to its own pelaksana (nothing to split)", () => {
    expect(totals.byPelaksana).toEqual([
      { pelaksana: "Subbagian Rendatin", budget: 401, split: false, splitBlocks: [] },
      { pelaksana: "Subbagian Hukum", budget: 250, split: false, splitBlocks: [] },
      { pelaksana: "Subbagian Teknis", budget: 1007, split: false, splitBlocks: [] },
    ]);
  });

  it("spreads each row's amount over that row's months", () => {
    expect(totals.byPeriod.filter((p) => p.budget > 0).map((p) => [p.label, p.budget])).toEqual([
      ["B1", 100],
      ["B2", 350],
      ["B3", 100],
      ["B4", 500],
      ["B5", 500],
      ["B12", 101],
    ]);
    expect(totals.unscheduled).toBe(7);
    expect(totals.byPeriod.reduce((s, p) => s + p.budget, 0)).toBe((totals.total ?? NaN) - totals.unscheduled);
  });

  it("treats a budget merged over two rows as one amount for both rows' months", () => {
    const t = computeTotals(
      planOf(
        rak(
          [
            [1, "Satu (1111)", "a", 1, "k", ...m(1), 100, "P"],
            [null, null, "b", 1, "k", ...m(2), 50, "P"],
            [null, null, "c", 1, "k", ...m(3), null, "Q"],
          ],
          { merges: ["A2:A4", "B2:B4", "R3:R4"] },
        ),
      ),
    );
    expect(t.byPeriod.slice(0, 3).map((p) => p.budget)).toEqual([100, 25, 25]);
    expect(t.byPelaksana.map((p) => [p.pelaksana, p.budget, p.split])).toEqual([
      ["P", 125, true],
      ["Q", 25, true],
    ]);
  });
});

describe("computeTotals, a quarterly table", () => {
  it("spreads over quarters, labelled as the header writes them", () => {
    const t = computeTotals(
      planOf(
        sheet([
          TW_HEAD,
          [1, "Satu (1111)", "a", 1, "k", ...q(1, 3), 1001, "P"],
          [2, "Dua (2222)", "b", 1, "k", ...q(4), 10, "P"],
        ]),
      ),
    );
    expect(t.periodKind).toBe("quarter");
    expect(t.byPeriod).toEqual([
      { period: 1, label: "TW I", budget: 500 },
      { period: 2, label: "TW II", budget: 0 },
      { period: 3, label: "TW III", budget: 501 },
      { period: 4, label: "TW IV", budget: 10 },
    ]);
    expect(t.byQuarter).toEqual(t.byPeriod);
  });
});
