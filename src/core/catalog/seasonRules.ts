import { periodCount, periodLabels, quarterOfMonth } from "../budget/periods";
import { realBlocks, realRows } from "../budget/units";
import type { Finding } from "../findings";
import type { MessageKey } from "../i18n/catalog";
import type { Plan, PlanRow } from "../model";
import { isKpuPlan } from "../validate/kpu";
import type { Rule } from "../validate/rule";
import { customFinding, rangeOf } from "../validate/rule";
import { windowMonths } from "./dates";
import { isFollowUpRow } from "./followUp";
import { codeSeason } from "./lookup";
import type { Catalog, StageWindow } from "./types";
import { windowListEn, windowListId, windowsOfYear } from "./windowText";

/**
 * Season checks, validator rules made from a catalog (`validate(plan, { extraRules:
 * seasonRules(catalog) })`). They are KPU conventions, so they judge KPU plans only (see
 * validate/kpu.ts), and each needs the plan year (the title's, else Tahun Anggaran).
 *
 * - season.routinePartial (info): a routine kegiatan (3355, 3360) left out of some months
 *   (quarters). Info, not a warning: some routine work really is monthly-but-not-always.
 * - season.outsideWindow (warning): a stage kegiatan planned only in months (quarters) that none of
 *   its stage's windows of the plan year touches, where the stage has a window with a legal source
 *   (a regulation, or the office's own Katalog) that year. A row partly inside is not outside.
 * - season.outsideEstimate (info): the same, where the stage's only windows that year are Rakit's
 *   estimates: an estimate is no ground for a warning.
 * - season.unknownCode (info): a block whose code the catalog has no entry for in the plan year.
 *
 * Messages stay one line naming the window; the windows with their sources are in the details.
 */

export const SEASON_RULE_CODES = [
  "season.routinePartial",
  "season.outsideWindow",
  "season.outsideEstimate",
  "season.unknownCode",
] as const;
export type SeasonRuleCode = (typeof SEASON_RULE_CODES)[number];

type Assert<T extends true> = T;
/** Fails to compile, naming the code, when a season rule has no message in the catalogs. */
export type EverySeasonCodeHasAMessage = Assert<
  [Exclude<`rule.${SeasonRuleCode}`, MessageKey>] extends [never]
    ? true
    : { missing: Exclude<`rule.${SeasonRuleCode}`, MessageKey> }
>;

export function planYear(plan: Plan): number | null {
  return plan.meta.year?.value ?? plan.meta.tahunAnggaran?.value ?? null;
}

function periodsRange(plan: Plan, row: PlanRow) {
  const cols = plan.header.periodCols;
  return { top: row.row, bottom: row.row, left: Math.min(...cols), right: Math.max(...cols) };
}

/** "B1–B3, B6": labels of periods, consecutive ones joined. */
export function periodList(labels: readonly string[], periods: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < periods.length) {
    const start = periods[i] as number;
    let end = start;
    while (periods[i + 1] === end + 1) {
      end++;
      i++;
    }
    const a = labels[start - 1] ?? String(start);
    const b = labels[end - 1] ?? String(end);
    parts.push(start === end ? a : end === start + 1 ? `${a}, ${b}` : `${a}–${b}`);
    i++;
  }
  return parts.join(", ");
}

/** The table's periods (months, or the quarters they fall in) that windows touch in a year. */
function periodsOf(plan: Plan, windows: readonly StageWindow[], year: number): number[] {
  const months = windowMonths(windows, year);
  if (plan.header.periodKind === "month") return months;
  return [...new Set(months.map(quarterOfMonth))];
}

/** Season rules judge a KPU plan with a year and period columns; null when there is nothing to judge. */
function judged(plan: Plan): { year: number; labels: string[] } | null {
  const year = planYear(plan);
  if (year === null || plan.header.periodCols.length === 0 || !isKpuPlan(plan)) return null;
  return { year, labels: periodLabels(plan) };
}

function routinePartial(catalog: Catalog): Rule {
  return (plan) => {
    const at = judged(plan);
    if (!at) return [];
    const all = at.labels.length;
    const out: Finding[] = [];
    for (const { block } of realBlocks(plan)) {
      if (!block.code || codeSeason(catalog, block.code, at.year)?.kind !== "routine") continue;
      for (const row of realRows(block)) {
        const n = row.periods.length;
        if (n === 0 || n >= all) continue;
        const missing = Array.from({ length: all }, (_, i) => i + 1).filter((p) => !row.periods.includes(p));
        out.push(
          customFinding("season.routinePartial", "info", periodsRange(plan, row), {
            row: row.row + 1,
            kegiatan: row.kegiatan.value || row.indicator.value,
            code: block.code,
            planned: n,
            all,
            missing: periodList(at.labels, missing),
          }),
        );
      }
    }
    return out;
  };
}

/** The window's legal ground: a regulation, or the office's own Katalog. Rakit's estimates are not. */
function isLegal(w: StageWindow): boolean {
  return w.basis !== "approximation";
}

function outsideWindow(catalog: Catalog): Rule {
  return (plan) => {
    const at = judged(plan);
    if (!at) return [];
    const { year, labels } = at;
    const last = periodCount(plan.header.periodKind);
    const out: Finding[] = [];
    for (const { block } of realBlocks(plan)) {
      const season = block.code ? codeSeason(catalog, block.code, year) : null;
      if (season?.kind !== "stage") continue;
      const stage = season.stage;
      const windows = windowsOfYear(stage, year);
      const legal = periodsOf(plan, windows.filter(isLegal), year);
      const allowed = periodsOf(plan, windows, year);
      if (allowed.length === 0) continue;
      // A report or evaluation may come in any month after the stage's first window of the year.
      const followUp = Array.from({ length: last - (allowed[0] as number) + 1 }, (_, i) => (allowed[0] as number) + i);
      for (const row of realRows(block)) {
        if (row.periods.length === 0) continue;
        const inside = isFollowUpRow(row) ? followUp : allowed;
        if (row.periods.some((p) => inside.includes(p))) continue;
        const estimateOnly = legal.length === 0;
        out.push(
          customFinding(
            estimateOnly ? "season.outsideEstimate" : "season.outsideWindow",
            estimateOnly ? "info" : "warning",
            periodsRange(plan, row),
            {
              row: row.row + 1,
              kegiatan: row.kegiatan.value || row.indicator.value,
              code: block.code ?? "",
              outside: periodList(labels, row.periods),
              allowed: periodList(labels, allowed),
              stage: stage.name,
              "stage@en": stage.nameEn ?? stage.name,
              year,
              windows: windowListId(windows),
              "windows@en": windowListEn(windows),
            },
          ),
        );
      }
    }
    return out;
  };
}

function unknownCode(catalog: Catalog): Rule {
  return (plan) => {
    const year = planYear(plan);
    if (year === null || !isKpuPlan(plan)) return [];
    const out: Finding[] = [];
    for (const { block } of realBlocks(plan)) {
      if (!block.code || codeSeason(catalog, block.code, year) !== null) continue;
      out.push(
        customFinding("season.unknownCode", "info", rangeOf(block.title), {
          code: block.code,
          year,
          sasaran: block.title.value,
          catalog: catalog.name,
          "catalog@en": catalog.nameEn ?? catalog.name,
        }),
      );
    }
    return out;
  };
}

/** The season rules over one catalog, for `validate(plan, { extraRules })`. */
export function seasonRules(catalog: Catalog): Rule[] {
  return [routinePartial(catalog), outsideWindow(catalog), unknownCode(catalog)];
}
