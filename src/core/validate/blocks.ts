import type { Finding } from "../findings";
import type { Plan, PlanBlock } from "../model";
import type { Rule } from "./rule";
import { isKpuPlan } from "./kpu";
import { finding, rangeOf, sheetRow } from "./rule";
import { isBlank } from "./text";

/** The number to name a block by in messages: as written, or its position when the No cell is empty. */
export function blockLabel(block: PlanBlock, index: number): number {
  return block.no.value ?? index + 1;
}

/**
 * Sasaran numbers run 1, 2, 3, ... A skip is reported once and counting resumes from the number
 * written (1, 2, 4, 5 flags only the 4); a repeat does not advance the count (1, 2, 2, 3 flags only
 * the second 2), so one slip never cascades into a finding on every later block.
 */
export const numbering: Rule = (plan: Plan): Finding[] => {
  if (plan.header.noCol === null) return [];
  const findings: Finding[] = [];
  const firstRowOf = new Map<number, number>();
  let expected = 1;
  for (const block of plan.blocks) {
    const no = block.no.value;
    const row = sheetRow(block.firstRow);
    const range = rangeOf(block.no);
    if (no === null) {
      findings.push(finding("block.numberMissing", "error", range, { row, expected }));
      expected++;
      continue;
    }
    const seenAt = firstRowOf.get(no);
    if (seenAt !== undefined) {
      findings.push(finding("block.numberRepeated", "error", range, { no, row, firstRow: seenAt }));
      continue;
    }
    firstRowOf.set(no, row);
    if (no !== expected) {
      findings.push(finding("block.numberSkipped", "error", range, { no, row, expected }));
    }
    expected = Number.isInteger(no) ? no + 1 : expected + 1;
  }
  return findings;
};

/**
 * An empty sasaran is an error; one without its "(6709)" budget code only a warning, and only in a
 * KPU plan: other offices do not write kegiatan codes that way.
 */
export const sasaran: Rule = (plan: Plan): Finding[] => {
  if (plan.header.sasaranCol === null) return [];
  const kpu = isKpuPlan(plan);
  const findings: Finding[] = [];
  plan.blocks.forEach((block, i) => {
    const range = rangeOf(block.title);
    if (isBlank(block.title.value)) {
      findings.push(
        finding("block.sasaranMissing", "error", range, { block: blockLabel(block, i), row: sheetRow(block.firstRow) }),
      );
    } else if (kpu && block.code === null) {
      findings.push(finding("block.codeMissing", "warning", range, { sasaran: block.title.value }));
    }
  });
  return findings;
};

export const blockRules: readonly Rule[] = [numbering, sasaran];
