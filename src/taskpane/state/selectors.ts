import type { Finding, Severity } from "../../core/findings";
import type { Plan } from "../../core/model";
import type { SeverityFilter } from "./reducer";

/** Most severe first: the order of the groups in the findings list and of the filter buttons. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type FindingCounts = Readonly<Record<SeverityFilter, number>>;

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { all: findings.length, error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export interface FindingGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/**
 * The findings the filter lets through, grouped by severity (most severe first; the validator's order,
 * top to bottom of the sheet, within a group), cut to `limit` findings in all. Empty groups are left out.
 */
export function groupFindings(findings: readonly Finding[], filter: SeverityFilter, limit: number): FindingGroup[] {
  const groups: FindingGroup[] = [];
  let left = limit;
  for (const severity of SEVERITIES) {
    if (left <= 0) break;
    if (filter !== "all" && filter !== severity) continue;
    const picked: Finding[] = [];
    for (const f of findings) {
      if (f.severity !== severity) continue;
      if (picked.length >= left) break;
      picked.push(f);
    }
    if (picked.length > 0) groups.push({ severity, findings: picked });
    left -= picked.length;
  }
  return groups;
}

export interface PlanFacts {
  readonly unit: string | null;
  readonly year: number | null;
  readonly sasaran: number;
  readonly indikator: number;
  /** null when the table has no budget column (the summary says so, not "Rp 0"). */
  readonly totalBudget: number | null;
}

/** What the summary shows of a plan. Indikator are the data rows that name one. */
export function planFacts(plan: Plan): PlanFacts {
  let indikator = 0;
  for (const block of plan.blocks) {
    for (const row of block.rows) if (row.indicator.value.trim() !== "") indikator++;
  }
  const unit = plan.meta.unit?.value.trim() ?? "";
  return {
    unit: unit === "" ? null : unit,
    year: plan.meta.year?.value ?? plan.meta.tahunAnggaran?.value ?? null,
    sasaran: plan.blocks.length,
    indikator,
    totalBudget: plan.totalBudget,
  };
}
