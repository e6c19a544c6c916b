import type { Plan, PlanBlock, PlanRow } from "../../core/model";
import type { CellValue } from "../../core/snapshot";
import { isCellError } from "../../core/snapshot";

/**
 * The `rakit inspect --json` shape. Names are a contract with users' scripts: keep them; add freely.
 * Rows are 1-based sheet rows, as the user sees them in Excel.
 */
export function inspectSheetJson(plan: Plan): Record<string, unknown> {
  return {
    sheet: plan.sheet,
    periodKind: plan.header.periodKind,
    budgetLayout: plan.budgetLayout,
    meta: {
      unit: plan.meta.unit?.value ?? null,
      year: plan.meta.year?.value ?? null,
      tahunAnggaran: plan.meta.tahunAnggaran?.value ?? null,
      title: plan.meta.title?.value ?? null,
      signature: {
        placeDate: plan.meta.signature.placeDate?.value ?? null,
        position: plan.meta.signature.position?.value ?? null,
        name: plan.meta.signature.name?.value ?? null,
        nip: plan.meta.signature.nip?.value ?? null,
      },
    },
    header: {
      firstRow: plan.header.firstRow + 1,
      lastRow: (plan.header.numberRow ?? plan.header.lastRow) + 1,
      numberRow: plan.header.numberRow === null ? null : plan.header.numberRow + 1,
      // Where the table has yearly target columns (2011 … 2015 under "Target RPJMD"): the one read.
      targetYear: plan.header.columns.find((c) => c.col === plan.header.targetCol)?.year ?? null,
    },
    blocks: plan.blocks.map(blockJson),
    total: plan.total ? { row: plan.total.row + 1, amount: plan.total.amount?.amount ?? null } : null,
    // null when the table has no budget column (not 0).
    totalBudget: plan.totalBudget,
  };
}

function blockJson(block: PlanBlock): Record<string, unknown> {
  return {
    no: block.no.value,
    code: block.code,
    title: block.title.value,
    budget: block.budget,
    firstRow: block.firstRow + 1,
    lastRow: block.lastRow + 1,
    rows: block.rows.map(rowJson),
    // The "Subtotal Sasaran n" row under the block (Rakit's, or one made the same way), if any.
    subtotalRow: block.subtotalRow ? block.subtotalRow.row + 1 : null,
  };
}

function rowJson(row: PlanRow): Record<string, unknown> {
  return {
    row: row.row + 1,
    indicator: row.indicator.value,
    target: row.target.value.value,
    targetUnit: row.target.value.unit,
    // The bound typed before the number ("> 3,75", "≥ 80"), and the target as typed: a word target
    // ("WTP", "Ada", "S2/S3") has no number, but it is a target, not a missing one.
    targetComparator: row.target.value.comparator ?? null,
    targetText: targetText(row.target.value.raw),
    kegiatan: row.kegiatan.value,
    periods: [...row.periods],
    budget: row.budget?.amount ?? null,
    pelaksana: row.pelaksana.value,
  };
}

/** A cell as typed, for a script: text trimmed, a number as written, an error by its code; null if blank. */
function targetText(raw: CellValue): string | null {
  if (isCellError(raw)) return raw.error;
  const text = String(raw).trim();
  return text === "" ? null : text;
}
