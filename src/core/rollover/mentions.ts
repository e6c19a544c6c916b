import type { Plan } from "../model";
import type { Grid } from "../reader/grid";
import { blockAt } from "./blocks";
import type { YearMention } from "./types";
import { shiftYears, yearTokens } from "./yearText";

/**
 * Years in the plan's own words that move with the plan: the plan year and the years either side
 * ("Laporan Tahun 2023" in a 2024 plan is last year's report). A law's year ("UU No. 7 Tahun 2017")
 * is further away and is not listed.
 */
const NEAR = 1;

/**
 * Every text cell mentioning a year near the old plan year, with the text the new year would give.
 * Cells the meta step rewrote (title, Tahun Anggaran, signature date) and formulas are skipped.
 */
export function findYearMentions(
  plan: Plan,
  grid: Grid,
  fromYear: number,
  toYear: number,
  handled: readonly { row: number; col: number }[],
): YearMention[] {
  const step = toYear - fromYear;
  if (step === 0) return [];
  const skip = new Set(handled.map((h) => `${h.row}:${h.col}`));
  const mentions: YearMention[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || skip.has(`${r}:${c}`) || grid.formula(r, c) !== "") continue;
      const years = new Set(
        yearTokens(v)
          .map((t) => t.year)
          .filter((y) => Math.abs(y - fromYear) <= NEAR),
      );
      if (years.size === 0) continue;
      mentions.push({
        address: grid.address(r, c),
        row: r,
        col: c,
        text: v,
        suggestion: shiftYears(v, years, step),
        years: [...years].sort((a, b) => a - b),
        block: blockAt(plan, r),
      });
    }
  }
  return mentions;
}
