import { columnName, rangeA1 } from "../address";
import type { Edit } from "../edits";
import { HIGHLIGHT_FILLS, rakitFormula } from "../highlight/findingHighlights";
import type { Plan } from "../model";
import { Grid } from "../reader/grid";
import type { SheetSnapshot } from "../snapshot";
import { blockEnd } from "./blocks";
import { CellWrites } from "./cellWrites";
import { planClears, typedTotal } from "./clear";
import { planDrops, proposeDrops, rowAfterDrops } from "./drops";
import { findYearMentions } from "./mentions";
import { rollMeta } from "./meta";
import { defaultSheetName, isTaken, sheetNameProblem } from "./sheetName";
import { noStages } from "./stages";
import type { ClearChoice, EventMention, RolloverChange, RolloverOptions, RolloverResult, YearMention } from "./types";

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/**
 * Tahun Baru: next year's plan as a copy of this one, on a new sheet. The source sheet is only
 * read; every edit after the copy names the new sheet. What changes: the plan year in the title and
 * the Tahun Anggaran line, the signature date (reopened for the user, highlighted), what the user
 * chose to clear, the year mentions the user chose to change, and the blocks the user agreed to
 * drop. Everything else is kept as it was, and what is left to decide is in `review`.
 */
export function planRollover(plan: Plan, snapshot: SheetSnapshot, options: RolloverOptions): RolloverResult {
  const { year } = options;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, problem: { kind: "invalidYear", year } };
  const existing = options.existingSheets ?? [];
  let newSheet: string;
  if (options.newName !== undefined) {
    const name = options.newName.trim();
    const why = sheetNameProblem(name);
    if (why) return { ok: false, problem: { kind: "invalidName", name, why } };
    if (isTaken(name, [...existing, plan.sheet])) return { ok: false, problem: { kind: "nameTaken", name } };
    newSheet = name;
  } else {
    newSheet = defaultSheetName(year, [...existing, plan.sheet]);
  }

  const clear: ClearChoice = {
    months: options.clear?.months ?? false,
    budget: options.clear?.budget ?? false,
    targets: options.clear?.targets ?? false,
  };
  const grid = new Grid(snapshot);
  const writes = new CellWrites();
  const fromYear = plan.meta.year?.value ?? plan.meta.tahunAnggaran?.value ?? null;

  const meta = rollMeta(plan, grid, year, writes);
  const proposedDrops = proposeDrops(plan, year, options.stageYears ?? noStages);
  const drops = planDrops(plan, grid, options.dropBlocks ?? [], newSheet, writes);
  const droppedRows = (row: number): boolean =>
    drops.dropped.some(({ block }) => row >= block.firstRow && row <= blockEnd(block));

  const mentions =
    fromYear === null ? { years: [], events: [] } : findYearMentions(plan, grid, fromYear, year, meta.handled);
  const shown = mentions.years.filter((m) => !droppedRows(m.row));
  const events = mentions.events.filter((m) => !droppedRows(m.row));
  const mentionChanges = decideMentions(shown, events, options, writes);

  const clears = planClears(plan, drops.kept, clear, newSheet, writes);
  const totalChanges = followTotal(plan, drops.kept, drops.dropped.length > 0, clear.budget, writes);

  const edits: Edit[] = [
    { kind: "copySheet", sheet: plan.sheet, newName: newSheet },
    ...writes.edits(newSheet),
    ...clears.edits,
    ...drops.deletes,
  ];

  const finishEdits: Edit[] = [{ kind: "removeConditionalFormats", sheet: newSheet }];
  if (meta.signature) {
    const { row, col } = meta.signature;
    const area = grid.merge(row, col) ?? { top: row, left: col, bottom: row, right: col };
    const shift = row - rowAfterDrops(row, drops.dropped);
    const cell = `$${columnName(col)}$${row - shift + 1}`;
    finishEdits.push({
      kind: "addConditionalFormat",
      sheet: newSheet,
      address: rangeA1({ ...area, top: area.top - shift, bottom: area.bottom - shift }),
      // Shaded while the day is still "…": filling it in clears the shade, no Rakit run needed.
      formula: rakitFormula(`ISNUMBER(SEARCH("…",${cell}))`),
      fill: HIGHLIGHT_FILLS.warning,
    });
  }
  finishEdits.push({ kind: "select", sheet: newSheet, address: "A1" });

  const changes: RolloverChange[] = [
    ...meta.changes,
    ...mentionChanges,
    ...clears.changes,
    ...drops.changes,
    ...totalChanges,
  ];
  return {
    ok: true,
    source: plan.sheet,
    newSheet,
    fromYear,
    year,
    edits,
    finishEdits,
    review: { yearMentions: shown, eventMentions: events, proposedDrops },
    changes,
    notes: [...meta.notes, ...drops.notes, ...clears.notes],
  };
}

/**
 * Writes the mentions the user decided to change; the others stay as written. An election's year
 * has no suggestion to take: only text the user wrote themselves replaces it.
 */
function decideMentions(
  mentions: readonly YearMention[],
  events: readonly EventMention[],
  options: RolloverOptions,
  writes: CellWrites,
): RolloverChange[] {
  const changes: RolloverChange[] = [];
  const all = [
    ...mentions.map((m) => ({ m, suggestion: m.suggestion as string | null })),
    ...events.map((m) => ({ m, suggestion: null })),
  ].sort((a, b) => a.m.row - b.m.row || a.m.col - b.m.col);
  for (const { m, suggestion } of all) {
    const decision = options.yearMentions?.[m.address] ?? "keep";
    if (decision === "keep") continue;
    if (decision === "change" && suggestion === null) continue;
    const to = decision === "change" ? (suggestion as string) : decision.text;
    if (to === m.text) continue;
    writes.set(m.row, m.col, to);
    changes.push({ kind: "yearMention", address: m.address, from: m.text, to });
  }
  return changes;
}

/**
 * A typed total (not a formula) would no longer match once blocks are dropped or budgets cleared:
 * it takes the kept blocks' sum, or is emptied with the budgets. A SUM formula follows by itself.
 */
function followTotal(
  plan: Plan,
  kept: Plan["blocks"],
  droppedAny: boolean,
  budgetCleared: boolean,
  writes: CellWrites,
): RolloverChange[] {
  const total = typedTotal(plan);
  if (!total || (!droppedAny && !budgetCleared)) return [];
  if (budgetCleared) {
    writes.set(total.row, total.col, "");
    return [{ kind: "totalUpdated", address: total.address, amount: null }];
  }
  if (kept.some((b) => b.budget === null)) return [];
  const amount = kept.reduce((sum, b) => sum + (b.budget ?? 0), 0);
  writes.set(total.row, total.col, amount);
  return [{ kind: "totalUpdated", address: total.address, amount }];
}
