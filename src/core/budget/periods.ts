import type { PeriodKind, Plan } from "../model";

const MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;
const QUARTERS = ["TW I", "TW II", "TW III", "TW IV"] as const;

/** How many periods a layout has: 12 months, 4 quarters, or none (a table without period columns). */
export function periodCount(kind: PeriodKind): number {
  return kind === "month" ? 12 : kind === "quarter" ? 4 : 0;
}

/** "TW I".."TW IV". */
export function quarterLabel(quarter: number): string {
  return QUARTERS[quarter - 1] ?? `TW ${quarter}`;
}

/** The quarter a month falls in: B1-B3 are TW I, and so on. */
export function quarterOfMonth(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

function defaultLabel(kind: PeriodKind, period: number): string {
  return kind === "month" ? (MONTHS_ID[period - 1] ?? `B${period}`) : quarterLabel(period);
}

/**
 * The periods' labels as the table writes them ("B1".."B12", "Jan".."Des", "TW I".."TW IV"); a
 * period without a readable header falls back to the Indonesian short month name or "TW n".
 */
export function periodLabels(plan: Plan): string[] {
  const kind = plan.header.periodKind;
  const labels = Array.from({ length: periodCount(kind) }, (_, i) => defaultLabel(kind, i + 1));
  for (const c of plan.header.columns) {
    if (c.role !== "period" || c.period === undefined) continue;
    const text = c.label.replace(/\s+/g, " ").trim();
    if (text !== "" && text.length <= 12 && c.period >= 1 && c.period <= labels.length) labels[c.period - 1] = text;
  }
  return labels;
}
