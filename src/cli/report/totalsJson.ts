import type { BudgetResult } from "../../app/anggaran";
import { translateKey } from "../../core/i18n";
import type { Lang } from "../../core/i18n/lang";

/**
 * The `rakit totals --json` shape. Names are a contract with users' scripts: keep them; add freely.
 * Amounts are whole rupiah; rows are 1-based sheet rows.
 */
export function totalsJson(
  file: string,
  result: BudgetResult,
  lang: Lang,
  written: { readonly out: string; readonly sheets: readonly string[] } | null,
): Record<string, unknown> {
  const t = result.totals;
  return {
    file,
    sheet: result.sheet,
    total: t.total,
    periodKind: t.periodKind,
    byBlock: t.byBlock.map((b) => ({ no: b.no, code: b.code, title: b.title, budget: b.budget, row: b.row })),
    byCode: t.byCode.map((c) => ({ code: c.code, budget: c.budget, blocks: [...c.blocks] })),
    byPelaksana: t.byPelaksana.map((p) => ({
      pelaksana: p.pelaksana,
      budget: p.budget,
      split: p.split,
      splitBlocks: [...p.splitBlocks],
    })),
    byPeriod: t.byPeriod.map((p) => ({ period: p.period, label: p.label, budget: p.budget })),
    byQuarter: t.byQuarter.map((p) => ({ period: p.period, label: p.label, budget: p.budget })),
    unscheduled: t.unscheduled,
    unscheduledBlocks: [...t.unscheduledBlocks],
    unreadable: [...t.unreadable],
    ...(result.rpd
      ? {
          rpd: {
            lag: result.rpd.lag,
            labels: [...result.rpd.labels],
            totals: [...result.rpd.totals],
            unscheduled: result.rpd.unscheduled,
            total: result.rpd.total,
            rows: result.rpd.rows.map((r) => ({
              no: r.no,
              code: r.code,
              budget: r.budget,
              amounts: [...r.amounts],
              unscheduled: r.unscheduled,
            })),
          },
        }
      : {}),
    notes: result.notes.map((n) => ({ key: n.key, message: translateKey(lang, n.key, n.params) })),
    written: written ? { out: written.out, sheets: [...written.sheets] } : null,
  };
}
