import type { Plan } from "../model";
import type { Grid } from "../reader/grid";
import { isKpuPlan } from "../validate/kpu";
import { blockAt } from "./blocks";
import type { EventMention, YearMention } from "./types";
import { shiftYears, yearTokens } from "./yearText";

/**
 * Years in the plan's own words that move with the plan: the plan year and the years either side
 * ("Laporan Tahun 2023" in a 2024 plan is last year's report). A law's year ("UU No. 7 Tahun 2017")
 * is further away and is not listed.
 */
const NEAR = 1;

/**
 * An election named before a year: "Pemilu Tahun 2024", "Pemilihan Gubernur … Tahun 2024",
 * "Pilkada 2024". That year is the event's, not the plan's: there is no "Pemilu Tahun 2025" to
 * move to. The election word must come before the year in the same clause (no full stop, semicolon
 * or other number between them).
 *
 * A bare "Pemilihan" is the law's word for the regional elections in a KPU plan only; elsewhere it
 * is any selection ("Pemilihan Mahasiswa Berprestasi Tahun 2025" recurs every year), so there it
 * must say which election it is.
 */
const EVENT_BEFORE_KPU = /\b(?:pemilu|pemilihan|pilkada|pilpres|pileg)\b[^.;:\d]{0,80}$/i;
const EVENT_BEFORE =
  /\b(?:pemilu|pilkada|pilpres|pileg|pilkades|pemilihan\s+(?:umum|gubernur|bupati|wali\s?kota|kepala\s+(?:daerah|desa)|serentak|presiden|legislatif|anggota))\b[^.;:\d]{0,80}$/i;

/** How far back from a year the election word is looked for (a clause, not the whole cell). */
const EVENT_REACH = 100;

/** "2020-2024", "2025 – 2029", "2020 s.d. 2024", "2021 sampai dengan 2026": the joiner between two years. */
const SPAN_JOINER = String.raw`\s*(?:[-–—/]|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*`;
const SPAN_AFTER = new RegExp(`^${SPAN_JOINER}((?:19|20)\\d{2})(?!\\d)`, "i");
const SPAN_BEFORE = new RegExp(`(?:^|[^\\d])((?:19|20)\\d{2})${SPAN_JOINER}$`, "i");

/**
 * Whether the year at `index` is one end of a multi-year period ("Renstra 2020-2024", "periode
 * 2025-2029"): such a period is not the plan year and does not move a year at a time. Two
 * consecutive years ("Tahun Akademik 2024/2025") do move with the plan, both of them.
 */
export function isPeriodEnd(text: string, index: number): boolean {
  const year = Number(text.slice(index, index + 4));
  const after = SPAN_AFTER.exec(text.slice(index + 4, index + 40));
  const before = SPAN_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  const other = after ? Number(after[1]) : before ? Number(before[1]) : null;
  return other !== null && Math.abs(other - year) > 1;
}

export interface Mentions {
  /** Cells with a plan-year mention to propose a change for. */
  readonly years: YearMention[];
  /** Cells whose only near years are an election's: listed apart, with no proposal. */
  readonly events: EventMention[];
}

/** Whether the year at `index` of `text` names an election ("Pemilu Tahun 2024"); `kpu`: in a KPU plan. */
export function isEventYear(text: string, index: number, kpu = true): boolean {
  return (kpu ? EVENT_BEFORE_KPU : EVENT_BEFORE).test(text.slice(Math.max(0, index - EVENT_REACH), index));
}

/**
 * Every text cell mentioning a year near the old plan year. Where the year is the plan's own, the
 * text the new year would give is proposed; where it is an election's, the cell is listed apart and
 * nothing is proposed. Cells the meta step rewrote (title, Tahun Anggaran, signature date) and
 * formulas are skipped.
 */
export function findYearMentions(
  plan: Plan,
  grid: Grid,
  fromYear: number,
  toYear: number,
  handled: readonly { row: number; col: number }[],
): Mentions {
  const step = toYear - fromYear;
  const out: Mentions = { years: [], events: [] };
  if (step === 0) return out;
  const skip = new Set(handled.map((h) => `${h.row}:${h.col}`));
  const kpu = isKpuPlan(plan);
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || skip.has(`${r}:${c}`) || grid.formula(r, c) !== "") continue;
      const near = yearTokens(v).filter((t) => Math.abs(t.year - fromYear) <= NEAR && !isPeriodEnd(v, t.index));
      if (near.length === 0) continue;
      const own = new Set<number>();
      const events = new Set<number>();
      const ownAt = new Set<number>();
      for (const t of near) {
        if (isEventYear(v, t.index, kpu)) events.add(t.year);
        else {
          own.add(t.year);
          ownAt.add(t.index);
        }
      }
      const where = { address: grid.address(r, c), row: r, col: c, text: v, block: blockAt(plan, r) };
      if (own.size === 0) {
        out.events.push({ ...where, years: [...events].sort((a, b) => a - b) });
        continue;
      }
      out.years.push({
        ...where,
        suggestion: shiftYears(v, own, step, ownAt),
        years: [...own].sort((a, b) => a - b),
        eventYears: [...events].sort((a, b) => a - b),
      });
    }
  }
  return out;
}
