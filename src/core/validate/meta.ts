import type { RangeRef } from "../address";
import type { Finding } from "../findings";
import type { Plan } from "../model";
import type { Rule } from "./rule";
import { finding, rangeOf } from "./rule";
import { isBlank } from "./text";

/** Where a missing meta line is reported: the title if there is one, else the table's top-left cell. */
function metaAnchor(plan: Plan): RangeRef {
  if (plan.meta.title) return rangeOf(plan.meta.title);
  const { header } = plan;
  return { top: header.firstRow, left: header.firstCol, bottom: header.firstRow, right: header.firstCol };
}

/** "TAHUN 2024" in the title but "Tahun Anggaran : 2023": the seed plan's own defect. */
export const yearMismatch: Rule = (plan: Plan): Finding[] => {
  const { year, tahunAnggaran } = plan.meta;
  if (!year || !tahunAnggaran || year.value === tahunAnggaran.value) return [];
  return [
    finding("meta.yearMismatch", "error", rangeOf(tahunAnggaran), {
      tahunAnggaran: tahunAnggaran.value,
      year: year.value,
    }),
  ];
};

/**
 * The plan year comes from the title. Without it and without a Tahun Anggaran line the plan has no
 * year at all (warning); with Tahun Anggaran the year is known, so only a note to complete the title.
 */
export const yearMissing: Rule = (plan: Plan): Finding[] => {
  const { year, tahunAnggaran } = plan.meta;
  if (year) return [];
  if (tahunAnggaran) {
    return [finding("meta.titleYearMissing", "info", metaAnchor(plan), { tahunAnggaran: tahunAnggaran.value })];
  }
  return [finding("meta.yearMissing", "warning", metaAnchor(plan))];
};

export const unitMissing: Rule = (plan: Plan): Finding[] => {
  const { unit } = plan.meta;
  if (unit && !isBlank(unit.value)) return [];
  // A "Nama /Unit Organisasi :" line left blank is pointed at; an absent line at the title.
  return [finding("meta.unitMissing", "warning", unit ? rangeOf(unit) : metaAnchor(plan))];
};

export const metaRules: readonly Rule[] = [yearMismatch, yearMissing, unitMissing];
