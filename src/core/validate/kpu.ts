import type { Plan } from "../model";

/**
 * Whether a plan is a KPU office's: only then do the KPU conventions apply (a 4-digit kegiatan code
 * in parentheses on every sasaran, election stage windows). Other offices (a Pemda's LAKIP appendix,
 * a university unit's indicator table) write neither, and must not be told to.
 *
 * A plan is a KPU plan when its unit or title names the KPU (or Aceh's KIP), or when most of its
 * sasaran carry such a code: a KPU office that left its unit line out still writes its codes.
 */
const KPU_NAME = /\b(?:KPU|KIP)\b|komisi\s+(?:pemilihan\s+umum|independen\s+pemilihan)/i;

export function namesKpu(text: string | null | undefined): boolean {
  return typeof text === "string" && text.length <= 300 && KPU_NAME.test(text);
}

export function isKpuPlan(plan: Plan): boolean {
  if (namesKpu(plan.meta.unit?.value) || namesKpu(plan.meta.title?.value)) return true;
  const named = plan.blocks.filter((b) => b.title.value.trim() !== "");
  if (named.length === 0) return false;
  const coded = named.filter((b) => b.code !== null).length;
  return coded * 2 > named.length;
}
