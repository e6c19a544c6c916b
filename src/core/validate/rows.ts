import type { Finding } from "../findings";
import type { Plan, PlanRow } from "../model";
import { isCellError } from "../snapshot";
import type { Rule } from "./rule";
import { finding, rangeOf, rowRange, sheetRow } from "./rule";
import { displayValue, isBlank, isNilMark, isPercentIndicator, normalizeText } from "./text";

function eachRow(plan: Plan, check: (row: PlanRow) => Finding | readonly Finding[] | null): Finding[] {
  const findings: Finding[] = [];
  for (const block of plan.blocks) {
    for (const row of block.rows) {
      const out = check(row);
      if (out === null) continue;
      if (Array.isArray(out)) findings.push(...(out as readonly Finding[]));
      else findings.push(out as Finding);
    }
  }
  return findings;
}

export const indicatorMissing: Rule = (plan: Plan): Finding[] => {
  if (plan.header.indikatorCol === null) return [];
  return eachRow(plan, (row) =>
    isBlank(row.indicator.value)
      ? finding("row.indicatorMissing", "error", rangeOf(row.indicator), { row: sheetRow(row.row) })
      : null,
  );
};

export const kegiatanMissing: Rule = (plan: Plan): Finding[] => {
  if (plan.header.kegiatanCol === null) return [];
  return eachRow(plan, (row) =>
    isBlank(row.kegiatan.value)
      ? finding("row.kegiatanMissing", "error", rangeOf(row.kegiatan), { row: sheetRow(row.row) })
      : null,
  );
};

/**
 * A target is what the office typed: a number with its unit ("2 Lap", "≥ 80", "100%") or words
 * ("Ada", "WTP", "A", "S2/S3"). Only a "Persentase ..." indicator needs a number, in 0..100 (as does
 * a target written with "%"). "Jumlah ..." indicators are counts: no upper bound. A "-" is no target.
 */
export const target: Rule = (plan: Plan): Finding[] => {
  if (plan.header.targetCol === null) return [];
  return eachRow(plan, (row) => {
    const { value, raw, unit } = row.target.value;
    const range = rangeOf(row.target);
    const r = sheetRow(row.row);
    if (isBlank(raw) || isNilMark(raw)) {
      return finding("row.targetMissing", "error", range, { row: r });
    }
    const percent = unit === "%" || isPercentIndicator(row.indicator.value);
    if (value === null) {
      if (typeof raw === "string" && !percent) return null;
      return finding("row.targetNotNumber", "error", range, { row: r, value: displayValue(raw) });
    }
    if (percent && (value < 0 || value > 100)) {
      return finding("row.targetPercentRange", "error", range, { row: r, target: value });
    }
    return null;
  });
};

/**
 * A row with no month (or quarter) planned: reported on the row's period cells ("F33:Q33"). A row
 * whose only period cells hold unreadable values gets the per-cell warnings instead, which say what
 * to fix.
 */
export const noPeriod: Rule = (plan: Plan): Finding[] => {
  const { periodCols, periodKind } = plan.header;
  if (periodCols.length === 0) return [];
  const code = periodKind === "quarter" ? "row.noQuarter" : "row.noMonth";
  return eachRow(plan, (row) => {
    if (row.periods.length > 0) return null;
    if (row.periodCells.some((c) => c.kind !== "empty")) return null;
    const cols = row.periodCells.length > 0 ? row.periodCells.map((c) => c.col) : [...periodCols];
    const range = rowRange(row.row, Math.min(...cols), Math.max(...cols));
    return finding(code, "error", range, { row: sheetRow(row.row), kegiatan: row.kegiatan.value });
  });
};

/** A period cell holding neither a mark nor a number ("?", "Jan", an error value): warned on that cell. */
export const periodInvalid: Rule = (plan: Plan): Finding[] =>
  eachRow(plan, (row) =>
    row.periodCells
      .filter((c) => c.kind === "invalid" || c.kind === "error" || isCellError(c.raw))
      .map((c) =>
        finding("row.periodInvalid", "warning", rangeOf(c), {
          row: sheetRow(row.row),
          cell: c.address,
          value: displayValue(c.raw),
        }),
      ),
  );

export const pelaksanaMissing: Rule = (plan: Plan): Finding[] => {
  if (plan.header.pelaksanaCol === null) return [];
  return eachRow(plan, (row) =>
    isBlank(row.pelaksana.value)
      ? finding("row.pelaksanaMissing", "warning", rangeOf(row.pelaksana), { row: sheetRow(row.row) })
      : null,
  );
};

/**
 * The same indicator twice in one sasaran (compared without case, spacing or trailing punctuation).
 * Rows that share one merged indicator cell (same address) are one indicator, not a repeat.
 */
export const indicatorDuplicate: Rule = (plan: Plan): Finding[] => {
  if (plan.header.indikatorCol === null) return [];
  const findings: Finding[] = [];
  for (const block of plan.blocks) {
    const first = new Map<string, { address: string; row: number }>();
    for (const row of block.rows) {
      const key = normalizeText(row.indicator.value);
      if (key === "") continue;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { address: row.indicator.address, row: row.row });
      } else if (seen.address !== row.indicator.address) {
        findings.push(
          finding("row.indicatorDuplicate", "warning", rangeOf(row.indicator), {
            row: sheetRow(row.row),
            firstRow: sheetRow(seen.row),
            indicator: row.indicator.value,
          }),
        );
      }
    }
  }
  return findings;
};

export const rowRules: readonly Rule[] = [
  indicatorMissing,
  kegiatanMissing,
  target,
  noPeriod,
  periodInvalid,
  pelaksanaMissing,
  indicatorDuplicate,
];
