import { computeSchedule } from "../../../src/core/schedule";
import { sheet } from "../../helpers/sheet";
import { fixturePresent, seedSnapshot } from "../budget/fixture";
import { blockSheet, m, planOf, q, rak, rowSheet, TW_HEAD } from "../budget/grids";
import { planTableTotals } from "../../../src/core/budget";
import { SimWorkbook } from "../budget/simulate";

describe("computeSchedule", () => {
  it("counts the rows planning each month, folds them into quarters and lists the rows with none", () => {
    const s = computeSchedule(planOf(blockSheet()));
    expect(s.periodKind).toBe("month");
    expect(s.rowCount).toBe(4);
    expect(s.periods.slice(0, 4)).toEqual([
      { period: 1, label: "B1", rows: 1 },
      { period: 2, label: "B2", rows: 2 },
      { period: 3, label: "B3", rows: 2 },
      { period: 4, label: "B4", rows: 0 },
    ]);
    // A row planning B1, B2 and B3 counts once in TW I.
    expect(s.quarters).toEqual([
      { period: 1, label: "TW I", rows: 3 },
      { period: 2, label: "TW II", rows: 0 },
      { period: 3, label: "TW III", rows: 0 },
      { period: 4, label: "TW IV", rows: 0 },
    ]);
    expect(s.emptyPeriods).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s.unplanned).toEqual([{ row: 5, indicator: "Indikator d", kegiatan: "Kegiatan d", address: "F5:Q5" }]);
  });

  it("takes a quarterly table's own quarters", () => {
    const s = computeSchedule(
      planOf(
        sheet(
          [
            TW_HEAD,
            [1, "Satu (1111)", "a", 1, "k1", ...q(1, 2), 10, "P"],
            [null, null, "b", 1, "k2", ...q(2), null, "P"],
            [null, null, "c", 1, "k3", ...q(), null, "P"],
          ],
          { merges: ["A2:A4", "B2:B4", "J2:J4"] },
        ),
      ),
    );
    expect(s.periodKind).toBe("quarter");
    expect(s.periods.map((p) => [p.label, p.rows])).toEqual([
      ["TW I", 1],
      ["TW II", 2],
      ["TW III", 0],
      ["TW IV", 0],
    ]);
    expect(s.quarters).toEqual(s.periods);
    expect(s.emptyPeriods).toEqual([3, 4]);
    expect(s.unplanned.map((u) => [u.row, u.kegiatan, u.address])).toEqual([[4, "k3", "F4:I4"]]);
  });

  it("reads a mark merged across months as planning each of them", () => {
    const merged = rak([[1, "Satu (1111)", "a", 1, "k", "v", null, null, ...m().slice(3), 5, "P"]], {
      merges: ["F2:H2"],
    });
    expect(
      computeSchedule(planOf(merged))
        .periods.slice(0, 4)
        .map((p) => p.rows),
    ).toEqual([1, 1, 1, 0]);
  });

  it("leaves Rakit's subtotal rows out", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    const s = computeSchedule(planOf(wb.snapshot("RAK 2024")));
    expect(s.rowCount).toBe(5);
    expect(s.unplanned.map((u) => u.row)).toEqual([7]);
  });
});

(fixturePresent ? describe : describe.skip)("computeSchedule on the seed", () => {
  it("finds row 33 (Penyusunan Laporan Pemilu) unplanned and every month planned", async () => {
    const s = computeSchedule(planOf(await seedSnapshot()));
    expect(s.rowCount).toBe(40);
    expect(s.emptyPeriods).toEqual([]);
    expect(s.unplanned).toEqual([
      {
        row: 33,
        indicator: expect.stringMatching(/^Persentase Pen/),
        kegiatan: "Penyusunan Laporan Pemilu Tahun 2024",
        address: "F33:Q33",
      },
    ]);
    expect(s.periods[0]?.rows).toBe(32);
    expect(s.periods.map((p) => p.rows).every((n) => n > 0)).toBe(true);
  });
});
