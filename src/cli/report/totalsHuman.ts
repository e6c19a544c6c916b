import type { BudgetResult } from "../../app/anggaran";
import type { Note } from "../../core/budget";
import { formatRupiah, shorten, translateKey } from "../../core/i18n";
import type { Lang } from "../../core/i18n/lang";
import { cliText } from "../messages";

/**
 * `rakit totals` for people: the total, then short tables per sasaran, kegiatan code, pelaksana and
 * period, amounts right-aligned in "Rp 1.234.567" form, and the notes that explain them (a sasaran
 * split between pelaksana, budgets without a schedule, cells that could not be read).
 */

/** Notes about what a write does; shown only when the command writes. */
const WRITE_NOTES = new Set<string>([
  "budget.note.totalInserted",
  "budget.note.totalFilled",
  "budget.note.totalUpToDate",
  "budget.note.totalNumberReplaced",
  "budget.note.totalValueReplaced",
  "budget.note.totalFormulaReplaced",
  "budget.note.subtotalsInserted",
  "budget.note.subtotalReplaced",
  "budget.note.sheetCreated",
  "budget.note.sheetRewritten",
]);

export function visibleNotes(notes: readonly Note[], writing: boolean): Note[] {
  return notes.filter((n) => writing || !WRITE_NOTES.has(n.key));
}

type Line = readonly [label: string, amount: number | null, extra: string];

/** A titled table: labels padded, amounts right-aligned in one column. */
function table(title: string, lines: readonly Line[], lang: Lang): string[] {
  const amounts = lines.map(([, a]) => (a === null ? cliText(lang, "noBudget") : formatRupiah(a)));
  const labelWidth = Math.max(...lines.map(([l]) => l.length), 0);
  const amountWidth = Math.max(...amounts.map((a) => a.length), 0);
  return [
    "",
    title,
    ...lines.map(([label, , extra], i) =>
      `  ${label.padEnd(labelWidth)}  ${(amounts[i] as string).padStart(amountWidth)}${extra ? `  ${extra}` : ""}`.trimEnd(),
    ),
  ];
}

export function totalsHuman(file: string, result: BudgetResult, lang: Lang, writing: boolean): string {
  const t = result.totals;
  if (t.total === null) {
    // A table without a budget column has nothing to total: say so, never "Rp 0".
    const lines = [cliText(lang, "totalsLineNoBudget", { file, sheet: result.sheet })];
    const notes = visibleNotes(result.notes, writing);
    if (notes.length > 0)
      lines.push("", cliText(lang, "notes"), ...notes.map((n) => `  - ${translateKey(lang, n.key, n.params)}`));
    return lines.join("\n");
  }
  const total = t.total;
  const lines: string[] = [cliText(lang, "totalsLine", { file, sheet: result.sheet, total: formatRupiah(total) })];

  lines.push(
    ...table(
      cliText(lang, "bySasaran"),
      t.byBlock.map((b) => [String(b.no).padStart(2), b.budget, shorten(b.title, 60)]),
      lang,
    ),
  );
  lines.push(
    ...table(
      cliText(lang, "byCode"),
      t.byCode.map((c) => [c.code ?? cliText(lang, "noCode"), c.budget, c.blocks.join(", ")]),
      lang,
    ),
  );
  const anySplit = t.byPelaksana.some((p) => p.split);
  lines.push(
    ...table(
      cliText(lang, "byPelaksana"),
      t.byPelaksana.map((p) => [
        `${p.pelaksana === "" ? cliText(lang, "noPelaksana") : p.pelaksana}${p.split ? " *" : ""}`,
        p.budget,
        "",
      ]),
      lang,
    ),
  );
  if (anySplit) lines.push(`  ${cliText(lang, "splitMark")}`);

  const periods: Line[] = t.byPeriod.map((p) => [p.label, p.budget, ""]);
  if (t.unscheduled > 0) periods.push([cliText(lang, "unscheduled"), t.unscheduled, t.unscheduledBlocks.join(", ")]);
  // A table without month or quarter columns has no period breakdown: no table of nothing.
  if (t.periodKind !== "none")
    lines.push(...table(cliText(lang, t.periodKind === "quarter" ? "byQuarter" : "byMonth"), periods, lang));
  if (t.periodKind === "month") {
    lines.push(
      ...table(
        cliText(lang, "byQuarter"),
        t.byQuarter.map((p) => [p.label, p.budget, ""]),
        lang,
      ),
    );
  }

  if (result.rpd) {
    const rpd = result.rpd;
    const rows: Line[] = rpd.labels.map((label, i) => [label, rpd.totals[i] ?? 0, ""]);
    if (rpd.unscheduled > 0) rows.push([cliText(lang, "unscheduled"), rpd.unscheduled, ""]);
    lines.push(...table(cliText(lang, "rpdTitle", { lag: rpd.lag }), rows, lang));
  }

  const notes = visibleNotes(result.notes, writing);
  if (notes.length > 0) {
    lines.push("", cliText(lang, "notes"));
    for (const n of notes) lines.push(`  - ${translateKey(lang, n.key, n.params)}`);
  }
  return lines.join("\n");
}
