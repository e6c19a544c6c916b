import { periodLabels, quarterOfMonth } from "../budget/periods";
import { realBlocks, realRows } from "../budget/units";
import type { Finding } from "../findings";
import type { Plan, PlanRow } from "../model";
import type { Rule } from "../validate/rule";
import { customFinding, rangeOf } from "../validate/rule";
import { stageMonths, windowSpan } from "./dates";
import { codeSeason } from "./lookup";
import type { Catalog, Stage } from "./types";

/**
 * Season checks, validator rules made from a catalog (`validate(plan, { extraRules:
 * seasonRules(catalog) })`). Each needs the plan year (the title's, else Tahun Anggaran); a plan
 * without one is not judged.
 *
 * - season.routinePartial (info): a routine kegiatan (3355, 3360) planned in fewer than all 12
 *   months (4 quarters). Info, not a warning: some routine work really is monthly-but-not-always.
 * - season.outsideWindow (warning): a stage kegiatan planned in a month (quarter) none of its stage's
 *   windows touches in the plan year; the finding names the stage, its windows and their sources.
 * - season.unknownCode (info): a block whose code the catalog has no entry for in the plan year.
 */

export const SEASON_RULE_CODES = ["season.routinePartial", "season.outsideWindow", "season.unknownCode"] as const;
export type SeasonRuleCode = (typeof SEASON_RULE_CODES)[number];

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

/** The periods of the table (months, or the quarters they fall in) that a stage allows in a year. */
export function allowedPeriods(plan: Plan, stage: Stage, year: number): number[] {
  const months = stageMonths(stage, year);
  if (plan.header.periodKind === "month") return months;
  return [...new Set(months.map(quarterOfMonth))];
}

/** "PKPU 3/2022 Lampiran (...): Masa Kampanye..." -> "PKPU 3/2022 Lampiran"; "Perkiraan Rakit: ..." -> "Perkiraan Rakit". */
export function shortSource(source: string): string {
  const cut = source.search(/[:(]/);
  return (cut > 0 ? source.slice(0, cut) : source).trim();
}

function routinePartial(catalog: Catalog): Rule {
  return (plan) => {
    const year = planYear(plan);
    if (year === null || plan.header.periodCols.length === 0) return [];
    const labels = periodLabels(plan);
    const all = labels.length;
    const out: Finding[] = [];
    for (const { block } of realBlocks(plan)) {
      if (!block.code || codeSeason(catalog, block.code, year)?.kind !== "routine") continue;
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
            missing: periodList(labels, missing),
          }),
        );
      }
    }
    return out;
  };
}

function outsideWindow(catalog: Catalog): Rule {
  return (plan) => {
    const year = planYear(plan);
    if (year === null || plan.header.periodCols.length === 0) return [];
    const labels = periodLabels(plan);
    const out: Finding[] = [];
    for (const { block } of realBlocks(plan)) {
      const season = block.code ? codeSeason(catalog, block.code, year) : null;
      if (season?.kind !== "stage") continue;
      const allowed = allowedPeriods(plan, season.stage, year);
      for (const row of realRows(block)) {
        const outside = row.periods.filter((p) => !allowed.includes(p));
        if (outside.length === 0) continue;
        out.push(
          customFinding("season.outsideWindow", "warning", periodsRange(plan, row), {
            row: row.row + 1,
            kegiatan: row.kegiatan.value || row.indicator.value,
            code: block.code ?? "",
            outside: periodList(labels, outside),
            allowed: allowed.length > 0 ? periodList(labels, allowed) : "-",
            stage: season.stage.name,
            year,
            window: season.stage.windows.map((w) => `${windowSpan(w)} (${shortSource(w.source)})`).join("; "),
            sources: [...new Set(season.stage.windows.map((w) => w.source))].join("; "),
          }),
        );
      }
    }
    return out;
  };
}

function unknownCode(catalog: Catalog): Rule {
  return (plan) => {
    const year = planYear(plan);
    if (year === null) return [];
    const out: Finding[] = [];
    for (const { block } of realBlocks(plan)) {
      if (!block.code || codeSeason(catalog, block.code, year) !== null) continue;
      out.push(
        customFinding("season.unknownCode", "info", rangeOf(block.title), {
          code: block.code,
          year,
          sasaran: block.title.value,
          catalog: catalog.name,
        }),
      );
    }
    return out;
  };
}

/** The three season rules over one catalog, for `validate(plan, { extraRules })`. */
export function seasonRules(catalog: Catalog): Rule[] {
  return [routinePartial(catalog), outsideWindow(catalog), unknownCode(catalog)];
}
