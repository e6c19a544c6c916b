import { parseA1, parseRangeA1, rangeContains } from "../../../src/core/address";
import { planTableTotals } from "../../../src/core/budget";
import type { AddConditionalFormatEdit } from "../../../src/core/edits";
import { RAKIT_CF_MARK } from "../../../src/core/edits";
import {
  EMPTY_PERIOD_FILL,
  EMPTY_ROW_FILL,
  planClearHighlights,
  planScheduleHighlights,
} from "../../../src/core/schedule";
import type { CellValue } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";
import { fixturePresent, seedSnapshot } from "../budget/fixture";
import { blockSheet, HEAD, m, planOf, rowSheet } from "../budget/grids";
import { SimWorkbook } from "../budget/simulate";

const SHEET = "RAK 2024";

type Cell = CellValue | null;

function rules(wb: SimWorkbook): AddConditionalFormatEdit[] {
  return wb.sheet(SHEET).conditionalFormats;
}

/** The fills a cell gets from Rakit's rules, as the sheet would show them now. */
function fillsAt(wb: SimWorkbook, address: string): string[] {
  const { row, col } = parseA1(address);
  return rules(wb)
    .filter((cf) => rangeContains(parseRangeA1(cf.address), row, col) && wb.ruleHolds(cf, address))
    .map((cf) => cf.fill);
}

describe("planScheduleHighlights", () => {
  it("removes Rakit's earlier rules, then shades empty rows and empty months with conditional formats", () => {
    const edits = planScheduleHighlights(planOf(blockSheet()));
    expect(edits).toEqual([
      { kind: "removeConditionalFormats", sheet: SHEET },
      {
        kind: "addConditionalFormat",
        sheet: SHEET,
        address: "F2:Q5",
        formula: `=${RAKIT_CF_MARK}(COUNTA($F2:$Q2)=0)`,
        fill: EMPTY_ROW_FILL,
      },
      {
        kind: "addConditionalFormat",
        sheet: SHEET,
        address: "F1:Q5",
        formula: `=${RAKIT_CF_MARK}(COUNTA(F$2:F$5)=0)`,
        fill: EMPTY_PERIOD_FILL,
      },
    ]);
    expect(RAKIT_CF_MARK).toBe('N("rakit")+');
  });

  it("shades what is unplanned, and stops as soon as a v is typed", () => {
    const snapshot = blockSheet();
    const wb = SimWorkbook.from(snapshot).apply(planScheduleHighlights(planOf(snapshot)));
    expect(fillsAt(wb, "F5")).toEqual([EMPTY_ROW_FILL]); // row 5 has no month
    expect(fillsAt(wb, "F2")).toEqual([]); // B1 planned in row 2
    expect(fillsAt(wb, "I3")).toEqual([EMPTY_PERIOD_FILL]); // B4: no row plans it
    expect(fillsAt(wb, "I1")).toEqual([EMPTY_PERIOD_FILL]); // and its header
    expect(fillsAt(wb, "I5")).toEqual([EMPTY_ROW_FILL, EMPTY_PERIOD_FILL]);

    wb.apply([{ kind: "setValues", sheet: SHEET, address: "I5", values: [["v"]] }]);
    expect(fillsAt(wb, "F5")).toEqual([]);
    expect(fillsAt(wb, "I3")).toEqual([]);
    expect(fillsAt(wb, "J3")).toEqual([EMPTY_PERIOD_FILL]);
  });

  it("does not stack rules on a re-run", () => {
    const snapshot = blockSheet();
    const wb = SimWorkbook.from(snapshot);
    wb.apply(planScheduleHighlights(planOf(snapshot)));
    wb.apply(planScheduleHighlights(planOf(snapshot)));
    expect(rules(wb)).toHaveLength(2);
  });

  it("leaves subtotal rows out of the row rule, one rule per run of data rows", () => {
    const snapshot = rowSheet();
    const wb = SimWorkbook.from(snapshot).apply(planTableTotals(planOf(snapshot), snapshot).edits);
    const plan = planOf(wb.snapshot(SHEET));
    const added = planScheduleHighlights(plan).filter((e) => e.kind === "addConditionalFormat");
    expect(added.map((e) => [e.address, e.formula])).toEqual([
      ["F2:Q4", '=N("rakit")+(COUNTA($F2:$Q2)=0)'],
      ["F6:Q7", '=N("rakit")+(COUNTA($F6:$Q6)=0)'],
      ["F1:Q7", '=N("rakit")+(COUNTA(F$2:F$7)=0)'],
    ]);
  });

  it("counts period columns one by one when other columns sit between them", () => {
    // A "Ket" column between B6 and B7.
    const head = [...HEAD.slice(0, 11), "Ket", ...HEAD.slice(11)];
    const row = (no: number | null, months: readonly Cell[]): Cell[] => [
      no,
      no ? `Sasaran ${no} (111${no})` : null,
      "i",
      1,
      "k",
      ...months.slice(0, 6),
      "catatan",
      ...months.slice(6),
      10,
      "P",
    ];
    const snapshot = sheet([head, row(1, m(1)), row(2, m())], { name: SHEET });
    const added = planScheduleHighlights(planOf(snapshot)).filter((e) => e.kind === "addConditionalFormat");
    expect(added.map((e) => [e.address, e.formula])).toEqual([
      ["F2:K3", '=N("rakit")+((COUNTA($F2:$K2)+COUNTA($M2:$R2))=0)'],
      ["M2:R3", '=N("rakit")+((COUNTA($F2:$K2)+COUNTA($M2:$R2))=0)'],
      ["F1:K3", '=N("rakit")+(COUNTA(F$2:F$3)=0)'],
      ["M1:R3", '=N("rakit")+(COUNTA(M$2:M$3)=0)'],
    ]);
    const wb = SimWorkbook.from(snapshot).apply(planScheduleHighlights(planOf(snapshot)));
    expect(fillsAt(wb, "M3")).toEqual([EMPTY_ROW_FILL, EMPTY_PERIOD_FILL]);
    expect(fillsAt(wb, "L3")).toEqual([]);
  });
});

describe("planClearHighlights", () => {
  it("is one removal of Rakit's own rules", () => {
    expect(planClearHighlights(SHEET)).toEqual([{ kind: "removeConditionalFormats", sheet: SHEET }]);
  });
});

(fixturePresent ? describe : describe.skip)("the seed's schedule highlights", () => {
  it("shade row 33 only: every month has a row", async () => {
    const snapshot = await seedSnapshot();
    const edits = planScheduleHighlights(planOf(snapshot));
    expect(edits.slice(1).map((e) => (e.kind === "addConditionalFormat" ? [e.address, e.formula] : e.kind))).toEqual([
      ["F10:Q49", '=N("rakit")+(COUNTA($F10:$Q10)=0)'],
      ["F8:Q49", '=N("rakit")+(COUNTA(F$10:F$49)=0)'],
    ]);
    const wb = SimWorkbook.from(snapshot).apply(edits);
    const shaded: string[] = [];
    for (let r = 10; r <= 49; r++) if (fillsAt(wb, `F${r}`).length > 0) shaded.push(`F${r}`);
    expect(shaded).toEqual(["F33"]);
    expect(["F8", "K8", "Q8"].flatMap((a) => fillsAt(wb, a))).toEqual([]);
  });
});
