import { a1, quoteSheetName, rangeA1 } from "../address";
import type { Edit } from "../edits";
import type { Lang } from "../i18n";
import { makeT } from "../i18n";
import type { Plan } from "../model";
import type { Breakdown } from "./breakdown";
import { breakdown } from "./breakdown";
import type { Note } from "./notes";
import { listNumbers, note } from "./notes";
import { periodLabels } from "./periods";
import { RowMap } from "./rowMap";
import type { Share } from "./share";
import { sumFormula } from "./share";
import { DEFAULT_MONEY_FORMAT } from "./tableTotals";
import type { BudgetUnit } from "./units";
import { realRows } from "./units";
import { ownSheet, rowRange, SheetDraft } from "./sheetDraft";

/**
 * The "Rekap Anggaran" sheet: totals per sasaran, per pelaksana and per month (or quarter), each a
 * section with a header row and a Jumlah row, and a column chart of the monthly plan.
 *
 * Every amount is a formula into the plan sheet, built from the same shares as `computeTotals`
 * (see share.ts), so Excel and LibreOffice recompute exactly the core's numbers:
 * - per sasaran: its budget cell (`='RAK 2024'!R10`), or the SUM of its rows' cells;
 * - per pelaksana: the sum of its shares; a sasaran budget split between pelaksana by row count
 *   gives `INT('RAK 2024'!R10*2/3)` to the first and `('RAK 2024'!R10-INT(...))` to the last. Plain
 *   references rather than SUMIF over the pelaksana column: a merged pelaksana cell holds its name
 *   in its top cell only, and SUMIF could not split a budget anyway;
 * - per period: each budget's even spread over its planned periods, `INT(R10/12)` in all but the
 *   last, `(R10-11*INT(R10/12))` in the last.
 * The budgets are live; which periods and pelaksana a budget goes to is read when Rakit runs (the
 * sheet says so), because a formula that re-derived the marks would be unreadable.
 */

export const REKAP_SHEET = "Rekap Anggaran";

const COL_NO = 0;
const COL_LABEL = 1;
const COL_AMOUNT = 2;
const COL_EXTRA = 3;
const HEADER_FILL = "#F2F2F2";

export interface RekapOptions {
  readonly lang?: Lang;
  /** Names of the workbook's sheets, to reuse an existing Rekap sheet instead of adding a second. */
  readonly existingSheets?: readonly string[];
  /** Rows the same batch inserts into the plan sheet (JUMLAH, subtotals): references use final rows. */
  readonly rows?: RowMap<unknown>;
  readonly sheetName?: string;
}

export interface SheetPlan {
  readonly sheet: string;
  readonly edits: Edit[];
  readonly notes: Note[];
}

interface SectionRow {
  readonly no: number | "";
  readonly label: string;
  readonly formula: string;
  readonly extra: string;
}

interface SectionPlace {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly sumRow: number;
}

/** A titled table: header row, rows, a Jumlah row (=SUM of the amounts), borders, "#,##0". */
function section(
  d: SheetDraft,
  top: number,
  title: string,
  headers: readonly [string, string, string, string],
  rows: readonly SectionRow[],
  sumLabel: string,
): SectionPlace {
  d.value(top, COL_NO, title);
  d.font(rowRange(top, COL_NO, COL_NO), { bold: true });
  const headerRow = top + 1;
  headers.forEach((h, c) => d.value(headerRow, c, h));
  d.font(rowRange(headerRow, COL_NO, COL_EXTRA), { bold: true });
  d.fill(rowRange(headerRow, COL_NO, COL_EXTRA), HEADER_FILL);
  const firstRow = headerRow + 1;
  rows.forEach((r, i) => {
    if (r.no !== "") d.value(firstRow + i, COL_NO, r.no);
    d.value(firstRow + i, COL_LABEL, r.label);
    d.formula(firstRow + i, COL_AMOUNT, r.formula);
    if (r.extra !== "") d.value(firstRow + i, COL_EXTRA, r.extra);
  });
  const lastRow = firstRow + rows.length - 1;
  const sumRow = firstRow + rows.length;
  d.value(sumRow, COL_LABEL, sumLabel);
  d.formula(
    sumRow,
    COL_AMOUNT,
    rows.length > 0 ? `=SUM(${a1(firstRow, COL_AMOUNT)}:${a1(lastRow, COL_AMOUNT)})` : "=0",
  );
  d.font(rowRange(sumRow, COL_NO, COL_EXTRA), { bold: true });
  d.borders({ top: headerRow, left: COL_NO, bottom: sumRow, right: COL_EXTRA });
  d.numberFormat({ top: firstRow, left: COL_AMOUNT, bottom: sumRow, right: COL_AMOUNT }, DEFAULT_MONEY_FORMAT);
  return { headerRow, firstRow, lastRow, sumRow };
}

/** `'RAK 2024'!R10` for a unit's budget cell, at its row after this batch's inserts. */
export function unitRef(plan: Plan, rows: RowMap<unknown>): (unit: BudgetUnit) => string {
  const sheet = quoteSheetName(plan.sheet);
  return (unit) => `${sheet}!${a1(rows.final(unit.money.row), unit.money.col)}`;
}

/** Per sasaran: its budget cell, or (budgets per row) the SUM of its rows' cells. */
export function blockFormula(plan: Plan, rows: RowMap<unknown>, part: Breakdown["blocks"][number]): string {
  const sheet = quoteSheetName(plan.sheet);
  const col = plan.header.budgetCol;
  if (col === null) return "=0";
  if (plan.budgetLayout === "block") {
    const unit = part.units[0];
    return unit ? `=${sheet}!${a1(rows.final(unit.money.row), col)}` : "=0";
  }
  const own = realRows(part.block);
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last) return "=0";
  return `=SUM(${sheet}!${a1(rows.final(first.row), col)}:${a1(rows.final(last.row), col)})`;
}

/** Notes about budget cells the sheet's formulas cannot read the way Rakit does. */
export function readabilityNotes(b: Breakdown): Note[] {
  const notes: Note[] = [];
  for (const part of b.blocks) {
    for (const u of part.units)
      if (u.money.typedAsText) notes.push(note("budget.note.textBudget", { address: u.money.address }));
  }
  for (const u of b.unreadable) notes.push(note("budget.note.unreadable", { address: u.money.address }));
  return notes;
}

export function planRekapSheet(plan: Plan, options: RekapOptions = {}): SheetPlan {
  const lang = options.lang ?? "id";
  const t = makeT(lang, "budget");
  const rows = options.rows ?? new RowMap();
  const target = ownSheet(options.sheetName ?? REKAP_SHEET, options.existingSheets);
  const b = breakdown(plan, unitRef(plan, rows));
  const d = new SheetDraft(target.name);
  const quarterly = plan.header.periodKind === "quarter";

  d.value(0, COL_NO, t("rekap.title"));
  d.font(rowRange(0, COL_NO, COL_NO), { bold: true, size: 14 });
  const heading = [plan.meta.unit?.value ?? "", plan.meta.year ? t("rekap.year", { year: plan.meta.year.value }) : ""]
    .filter((s) => s !== "")
    .join(", ");
  if (heading !== "") d.value(1, COL_NO, heading);
  d.value(2, COL_NO, t("rekap.source", { sheet: plan.sheet }));
  d.font(rowRange(2, COL_NO, COL_NO), { italic: true });

  const sasaran = section(
    d,
    4,
    t("rekap.bySasaran"),
    [t("col.no"), t("col.sasaran"), t("col.budget"), t("col.code")],
    b.blocks.map((p) => ({
      no: p.no,
      label: p.block.title.value,
      formula: blockFormula(plan, rows, p),
      extra: p.block.code ?? "",
    })),
    t("rekap.sum"),
  );

  const pelaksana = section(
    d,
    sasaran.sumRow + 2,
    t("rekap.byPelaksana"),
    [t("col.no"), t("col.pelaksana"), t("col.budget"), t("col.note")],
    b.pelaksana.map((p, i) => ({
      no: i + 1,
      label: p.name === "" ? t("rekap.noPelaksana") : p.name,
      formula: sumFormula(p.shares),
      extra: p.splitBlocks.length > 0 ? t("rekap.split", { blocks: listNumbers(p.splitBlocks) }) : "",
    })),
    t("rekap.sum"),
  );

  // Widths in points: numbers up to "999,999,999,999" fit; sasaran titles get room to be read.
  d.columnWidth(COL_NO, 36);
  d.columnWidth(COL_LABEL, 330);
  d.columnWidth(COL_AMOUNT, 110);
  d.columnWidth(COL_EXTRA, 220);

  // A table without month or quarter columns has no period section and no chart: only zeros to show.
  if (plan.header.periodKind !== "none") {
    const labels = periodLabels(plan);
    const periodRows: SectionRow[] = b.periods.map((shares: Share[], i) => ({
      no: i + 1,
      label: labels[i] ?? String(i + 1),
      formula: sumFormula(shares),
      extra: listNumbers(b.periodBlocks[i] ?? []),
    }));
    if (b.unscheduled.length > 0) {
      periodRows.push({
        no: "",
        label: t("rekap.unscheduled"),
        formula: sumFormula(b.unscheduled),
        extra: listNumbers(b.unscheduledBlocks),
      });
    }
    const periods = section(
      d,
      pelaksana.sumRow + 2,
      t(quarterly ? "rekap.byQuarter" : "rekap.byMonth"),
      [t("col.no"), t(quarterly ? "col.quarter" : "col.month"), t("col.budget"), t("col.sasaran")],
      periodRows,
      t("rekap.sum"),
    );
    d.value(periods.sumRow + 1, COL_NO, t(quarterly ? "rekap.spreadQuarter" : "rekap.spreadMonth"));
    d.font(rowRange(periods.sumRow + 1, COL_NO, COL_NO), { italic: true });

    // The chart: the period labels and their amounts, header row included (it names the series).
    const lastPeriodRow = periods.firstRow + b.periods.length - 1;
    d.extra({
      kind: "addChart",
      sheet: target.name,
      type: "ColumnClustered",
      dataAddress: `${a1(periods.headerRow, COL_LABEL)}:${a1(lastPeriodRow, COL_AMOUNT)}`,
      title: t(quarterly ? "rekap.chartQuarter" : "rekap.chartMonth"),
      anchor: rangeA1({
        top: periods.headerRow,
        left: COL_EXTRA + 2,
        bottom: periods.headerRow + 18,
        right: COL_EXTRA + 9,
      }),
    });
  }

  const notes: Note[] = [
    note(target.existed ? "budget.note.sheetRewritten" : "budget.note.sheetCreated", { sheet: target.name }),
  ];
  const split = b.blocks.filter((p) => b.pelaksana.some((x) => x.splitBlocks.includes(p.no))).map((p) => p.no);
  if (split.length > 0) notes.push(note("budget.note.split", { blocks: listNumbers(split) }));
  if (b.unscheduled.length > 0) {
    const amount = b.unscheduled.reduce((s, x) => s + x.amount, 0);
    notes.push(note("budget.note.unscheduled", { blocks: listNumbers(b.unscheduledBlocks), amount }));
  }
  notes.push(...readabilityNotes(b));
  return { sheet: target.name, edits: [...target.edits, ...d.edits()], notes };
}
