import type { RangeRef } from "../address";
import { a1, rangeA1 } from "../address";
import type { Note } from "../budget/notes";
import { listNumbers, note } from "../budget/notes";
import { REKAP_SHEET, planRekapSheet } from "../budget/rekap";
import { RowMap } from "../budget/rowMap";
import { RPD_SHEET } from "../budget/rpd";
import { DEFAULT_MONEY_FORMAT } from "../budget/tableTotals";
import { pelaksanaKey, realBlocks, realRows } from "../budget/units";
import { appliesTo } from "../catalog/consistency";
import { entriesInPlan } from "../catalog/inPlan";
import { codeOrder, entryById } from "../catalog/lookup";
import { formatYears } from "../catalog/months";
import { filledEntry, hasPlaceholders, officeNamesOf } from "../catalog/placeholders";
import { planYear } from "../catalog/seasonRules";
import type { Catalog, CatalogEntry } from "../catalog/types";
import type { Edit, InsertRowsEdit, ScalarValue } from "../edits";
import type { Lang } from "../i18n";
import type { Plan, PlanBlock } from "../model";
import { readPlan } from "../reader";
import { Grid } from "../reader/grid";
import type { SheetSnapshot } from "../snapshot";
import type { Target } from "./placement";
import { placeEntries } from "./placement";
import { rowCells, rowStyle } from "./rowCells";
import { applyToSnapshot } from "./simulate";
import { fixGrandTotal, fixSubtotal } from "./totals";

/**
 * Sisipkan: catalog entries inserted into the plan sheet, in place, as one list of edits.
 *
 * - Rows go in whole (Range.insert "Down" on whole rows, ExcelApi 1.1): the rows below move down and
 *   nothing is overwritten. New rows take the formatting of the row above, which is Excel's own
 *   rule for inserted rows, so they look like the neighbouring data row without a format-copy API
 *   (Range.copyFrom needs ExcelApi 1.9; Rakit runs on 1.7). Where the row above is not a data row
 *   (a new first sasaran under the header, or under a subtotal row), borders, font and fill are set
 *   explicitly instead, and a note says so.
 * - The No, Sasaran, Perkiraan Biaya (one budget per sasaran) and Pelaksana merges of the block are
 *   extended over the new rows (unmerge, merge again), the Pelaksana one only when the new rows name
 *   the same pelaksana. A new block gets its own merges wherever the sheet merges that column.
 * - A new block gets its number, its sasaran and a budget cell of 0 (the catalog knows no amounts:
 *   a note asks for it), and every sasaran after it is renumbered.
 * - Totals keep covering every row: the JUMLAH and subtotal formulas Excel would not grow are
 *   rewritten (totals.ts), and an existing "Rekap Anggaran" sheet is written again from the sheet
 *   as it will be, so its per-sasaran, per-pelaksana and per-month formulas include the new rows.
 * All values go into cells that the insert made (`requireEmpty`); the only cells written that held
 * something before are the renumbered No cells, rewritten totals and the Rekap sheet.
 */

export interface InsertOptions {
  /** Language of the labels in a rewritten Rekap sheet (default Indonesian). */
  readonly lang?: Lang;
  /** The workbook's sheet names: an existing Rekap sheet is rewritten, an RPD draft noted as stale. */
  readonly existingSheets?: readonly string[];
}

export interface NewRow {
  readonly entryId: string;
  readonly code: string;
  /** The kegiatan as written into the row (office names filled in). */
  readonly kegiatan: string;
  /** 0-based sheet row after the insert. */
  readonly row: number;
  /** The block's number after renumbering. */
  readonly blockNo: number;
  readonly newBlock: boolean;
}

export type InsertPlan =
  | { readonly ok: true; readonly edits: Edit[]; readonly notes: Note[]; readonly newRows: NewRow[] }
  | { readonly ok: false; readonly reason: Note };

interface Item {
  readonly target: Target;
  readonly entry: CatalogEntry;
}

const PLAIN_FORMAT_FONT = { bold: false, italic: false } as const;

export function planInsert(
  plan: Plan,
  snapshot: SheetSnapshot,
  catalog: Catalog,
  entryIds: readonly string[],
  options: InsertOptions = {},
): InsertPlan {
  if (entryIds.length === 0) return { ok: false, reason: note("insert.refuse.noEntries") };
  const h = plan.header;
  if (h.indikatorCol === null && h.kegiatanCol === null) return { ok: false, reason: note("insert.refuse.noColumns") };
  const names = officeNamesOf(plan);
  const chosen: CatalogEntry[] = [];
  for (const id of entryIds) {
    const entry = entryById(catalog, id);
    if (!entry) return { ok: false, reason: note("insert.refuse.unknownEntry", { id }) };
    chosen.push(filledEntry(entry, names));
  }

  const sheet = plan.sheet;
  const notes: Note[] = [];
  const grid = new Grid(snapshot);
  const blocks = realBlocks(plan).map((b) => b.block);
  const targets = placeEntries(plan, chosen, codeOrder(catalog));

  // Existing blocks' rows first, so that a new block placed right under such a block comes after
  // its new rows; new blocks meeting at one place go in code order.
  const order = codeOrder(catalog);
  const items: Item[] = [
    ...targets
      .filter((t) => t.kind === "existing")
      .flatMap((target) => target.entries.map((entry) => ({ target, entry }))),
    ...targets
      .filter((t) => t.kind === "new")
      .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code))
      .flatMap((target) => target.entries.map((entry) => ({ target, entry }))),
  ];
  const rows = new RowMap<Item>(items.map((item) => ({ at: item.target.at, item })));
  const inserts: InsertRowsEdit[] = rows.edits(sheet);
  const edits: Edit[] = [...inserts];
  const finalRowOf = new Map<Item, number>(rows.inserted().map(({ item, row }) => [item, row]));
  const rowsOf = (t: Target): number[] => items.filter((i) => i.target === t).map((i) => finalRowOf.get(i) as number);

  // Final block order and numbers.
  const finalOrder: (PlanBlock | Target)[] = [...blocks];
  const newTargets = targets.filter((t) => t.kind === "new");
  for (const t of [...newTargets].sort((a, b) => b.before - a.before || order.indexOf(b.code) - order.indexOf(a.code)))
    finalOrder.splice(t.before, 0, t);
  const numberOf = (x: PlanBlock | Target): number => finalOrder.indexOf(x) + 1;

  const style = rowStyle(plan);
  const mergedCols = mergedColumns(plan, snapshot, grid);
  if (grid.mergesUnknown && mergedCols.size > 0) notes.push(note("insert.note.mergesInferred"));
  const layoutBlock = plan.budgetLayout === "block";
  const covered = new Set<string>(); // "row,col" of new cells a merge will cover (not its master)
  const cover = (area: RangeRef): void => {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) covered.add(`${r},${c}`);
  };
  const merges: Edit[] = [];
  const values = new Map<number, Map<number, ScalarValue>>();
  const putValue = (row: number, col: number, v: ScalarValue): void => {
    const line = values.get(row) ?? new Map<number, ScalarValue>();
    line.set(col, v);
    values.set(row, line);
  };
  const newRows: NewRow[] = [];
  const inPlan = entriesInPlan(plan, catalog);
  const year = planYear(plan);
  const zeroBudgets: string[] = [];
  const formatEdits: Edit[] = [];

  for (const t of targets) {
    const added = rowsOf(t);
    const first = added[0] as number;
    const last = added[added.length - 1] as number;
    const no = numberOf(t.kind === "existing" ? t.block : t);

    if (t.kind === "existing") {
      const b = t.block;
      const blockFirst = rows.final(b.firstRow);
      const lastRow = realRows(b).at(-1)?.row ?? b.lastRow;
      const pelaksanaSame = (v: string): boolean =>
        t.entries.every((e) => pelaksanaKey(e.pelaksana) === pelaksanaKey(v));
      const extendCols = [h.noCol, h.sasaranCol, layoutBlock ? h.budgetCol : null];
      let pelaksanaCovered = false;
      for (const col of [...extendCols, h.pelaksanaCol]) {
        if (col === null) continue;
        const m = grid.mergesUnknown ? inferredMerge(grid, b.firstRow, lastRow, col) : grid.merge(lastRow, col);
        const isPelaksana = col === h.pelaksanaCol && !extendCols.includes(col);
        if (m && m.bottom === lastRow && m.top >= b.firstRow) {
          if (isPelaksana && !pelaksanaSame(String(grid.value(m.top, m.left)))) continue;
          const was = { ...m, top: rows.final(m.top), bottom: rows.final(m.bottom) };
          const grown = { ...was, bottom: last };
          merges.push({ kind: "unmerge", sheet, address: rangeA1(was) });
          merges.push({ kind: "merge", sheet, address: rangeA1(grown) });
          cover(grown);
          if (isPelaksana) pelaksanaCovered = true;
        } else if (!m && !isPelaksana && b.firstRow === lastRow && mergedCols.has(col)) {
          // A one-row sasaran in a sheet that merges this column: it becomes a merge now.
          const grown = { top: blockFirst, bottom: last, left: col, right: col };
          merges.push({ kind: "merge", sheet, address: rangeA1(grown) });
          cover(grown);
        }
      }
      t.entries.forEach((entry, i) => {
        const row = added[i] as number;
        for (const [col, v] of rowCells(plan, entry, style, !pelaksanaCovered)) putValue(row, col, v);
        if (!layoutBlock && plan.budgetLayout === "row" && h.budgetCol !== null) {
          putValue(row, h.budgetCol, 0);
          zeroBudgets.push(a1(row, h.budgetCol));
        }
      });
      notes.push(
        note("insert.note.rowsAdded", { count: added.length, no, sasaran: b.title.value, rows: rowSpan(first, last) }),
      );
      if (t.sharedWith.length > 0)
        notes.push(
          note("insert.note.sharedCode", {
            code: t.code,
            blocks: listNumbers(t.sharedWith.map((x) => x.no.value ?? blocks.indexOf(x) + 1)),
            no,
          }),
        );
      if (layoutBlock && b.budgetCell)
        notes.push(
          note("insert.note.budgetUnchanged", { no, address: a1(rows.final(b.budgetCell.row), b.budgetCell.col) }),
        );
      if (b.subtotalRow) {
        const fix = fixSubtotal(
          plan,
          { firstRow: b.firstRow, lastRow, subtotal: b.subtotalRow.amount },
          added.length,
          rows,
          inserts,
        );
        formatEdits.push(...fix.edits);
        notes.push(...fix.notes);
      }
    } else {
      const entry0 = t.entries[0] as CatalogEntry;
      if (h.noCol !== null) putValue(first, h.noCol, no);
      if (h.sasaranCol !== null) putValue(first, h.sasaranCol, entry0.sasaran);
      if (layoutBlock && h.budgetCol !== null) {
        putValue(first, h.budgetCol, 0);
        notes.push(note("insert.note.blockBudgetZero", { no, address: a1(first, h.budgetCol) }));
      }
      const spanCols = [h.noCol, h.sasaranCol, layoutBlock ? h.budgetCol : null];
      if (added.length > 1) {
        for (const col of spanCols) {
          if (col === null || !mergedCols.has(col)) continue;
          const area = { top: first, bottom: last, left: col, right: col };
          merges.push({ kind: "merge", sheet, address: rangeA1(area) });
          cover(area);
        }
      }
      t.entries.forEach((entry, i) => {
        const row = added[i] as number;
        for (const [col, v] of rowCells(plan, entry, style, true)) putValue(row, col, v);
        if (plan.budgetLayout === "row" && h.budgetCol !== null) {
          putValue(row, h.budgetCol, 0);
          zeroBudgets.push(a1(row, h.budgetCol));
        }
      });
      // Runs of one pelaksana share a merged cell, where the sheet merges pelaksana.
      if (h.pelaksanaCol !== null && mergedCols.has(h.pelaksanaCol)) {
        let start = 0;
        for (let i = 1; i <= t.entries.length; i++) {
          const a = t.entries[start] as CatalogEntry;
          const b = t.entries[i];
          if (b && pelaksanaKey(b.pelaksana) === pelaksanaKey(a.pelaksana)) continue;
          if (i - start > 1) {
            const area = {
              top: added[start] as number,
              bottom: added[i - 1] as number,
              left: h.pelaksanaCol,
              right: h.pelaksanaCol,
            };
            merges.push({ kind: "merge", sheet, address: rangeA1(area) });
            cover(area);
          }
          start = i;
        }
      }
      if (h.budgetCol !== null)
        formatEdits.push({
          kind: "setNumberFormat",
          sheet,
          address: rangeA1({ top: first, bottom: last, left: h.budgetCol, right: h.budgetCol }),
          format: moneyFormat(plan, grid),
        });
      if (t.plainAbove) {
        const area = rangeA1({ top: first, bottom: last, left: h.firstCol, right: h.lastCol });
        formatEdits.push({ kind: "setFont", sheet, address: area, font: PLAIN_FORMAT_FONT });
        formatEdits.push({ kind: "setFill", sheet, address: area, color: null });
        formatEdits.push({ kind: "setBorders", sheet, address: area, borders: { style: "thin" } });
        notes.push(note("insert.note.topFormats"));
      }
      notes.push(
        note("insert.note.blockAdded", {
          no,
          sasaran: entry0.sasaran,
          rows: rowSpan(first, last),
          count: last - first + 1,
        }),
      );
      if (blocks.some((b) => b.subtotalRow)) notes.push(note("insert.note.subtotalMissing", { no }));
    }

    t.entries.forEach((entry, i) => {
      newRows.push({
        entryId: entry.id,
        code: entry.code,
        kegiatan: entry.kegiatan,
        row: added[i] as number,
        blockNo: no,
        newBlock: t.kind === "new",
      });
      const there = inPlan.get(entry.id);
      if (there) notes.push(note("insert.note.alreadyInPlan", { id: entry.id, row: rows.final(there.row) + 1 }));
      if (year !== null && !appliesTo(entry, year))
        notes.push(note("insert.note.otherYear", { id: entry.id, years: formatYears(entry.years), year }));
    });
  }
  if (zeroBudgets.length > 0) notes.push(note("insert.note.rowBudgetZero", { addresses: zeroBudgets.join(", ") }));
  if (!names.fromPlan && entryIds.some((id) => textHasPlaceholders(entryById(catalog, id))))
    notes.push(note("insert.note.genericNames", { satker: names.satker }));

  edits.push(...valueEdits(sheet, values, covered));
  edits.push(...merges);

  // Renumbering: No cells that hold a number and whose sasaran moved down the list.
  let renumbered = 0;
  if (h.noCol !== null) {
    for (const b of blocks) {
      const now = numberOf(b);
      const was = b.no.value;
      if (was === null || was === now) continue;
      edits.push({ kind: "setValues", sheet, address: a1(rows.final(b.no.row), b.no.col), values: [[now]] });
      renumbered++;
      const label = b.subtotalRow?.label;
      const m = label ? /^(.*?)(\d+)(\s*)$/.exec(label.value) : null;
      if (label && m && Number(m[2]) === was)
        edits.push({
          kind: "setValues",
          sheet,
          address: a1(rows.final(label.row), label.col),
          values: [[`${m[1] as string}${now}${m[3] as string}`]],
        });
    }
  }
  if (renumbered > 0) notes.push(note("insert.note.renumbered", { count: renumbered }));

  edits.push(...formatEdits);
  const total = fixGrandTotal(plan, rows, inserts);
  edits.push(...total.edits);
  notes.push(...total.notes);

  // The Rekap sheet, planned again from the sheet as the edits above will leave it.
  const existing = options.existingSheets ?? [];
  const has = (name: string): string | undefined => existing.find((s) => s.toLowerCase() === name.toLowerCase());
  const rekapName = has(REKAP_SHEET);
  if (rekapName !== undefined && h.budgetCol !== null && plan.budgetLayout !== "none") {
    const after = readPlan(applyToSnapshot(snapshot, edits), { headerRow: h.firstRow });
    if (after.ok) {
      const rekap = planRekapSheet(after.plan, {
        existingSheets: existing,
        ...(options.lang ? { lang: options.lang } : {}),
      });
      edits.push(...rekap.edits);
      notes.push(note("insert.note.rekapRewritten", { sheet: rekap.sheet }));
    }
  }
  const rpdName = has(RPD_SHEET);
  if (rpdName !== undefined) notes.push(note("insert.note.rpdStale", { sheet: rpdName }));

  newRows.sort((a, b) => a.row - b.row);
  return { ok: true, edits, notes, newRows };
}

/** "17–18", or "44" for one row: 1-based, as Excel numbers rows. */
function rowSpan(first: number, last: number): string {
  return first === last ? String(first + 1) : `${first + 1}–${last + 1}`;
}

function textHasPlaceholders(entry: CatalogEntry | undefined): boolean {
  return entry !== undefined && [entry.sasaran, entry.indicator, entry.kegiatan, entry.pelaksana].some(hasPlaceholders);
}

/**
 * Columns the sheet merges down a block somewhere (No, Sasaran...): new blocks do the same. Where
 * the host cannot report merges (ExcelApi < 1.13, Excel 2019), a column whose value stands in a
 * block's first row with blanks below counts as merged: that is how such sheets are made.
 */
function mergedColumns(plan: Plan, snapshot: SheetSnapshot, grid: Grid): Set<number> {
  const cols = new Set<number>();
  if (grid.mergesUnknown) {
    const h = plan.header;
    for (const b of plan.blocks) {
      for (const col of [h.noCol, h.sasaranCol, plan.budgetLayout === "block" ? h.budgetCol : null, h.pelaksanaCol]) {
        if (col !== null && inferredMerge(grid, b.firstRow, b.lastRow, col)) cols.add(col);
      }
    }
    return cols;
  }
  for (const m of snapshot.merges) {
    if (m.bottom > m.top && m.left === m.right && m.top >= plan.firstDataRow && m.bottom <= plan.lastDataRow)
      cols.add(m.left);
  }
  return cols;
}

/**
 * Without merge information: the merge a cell at the block's last row most likely belongs to, a
 * value with only blanks under it down to that row (at least two rows), within the block.
 */
function inferredMerge(grid: Grid, firstRow: number, lastRow: number, col: number): RangeRef | null {
  let top = lastRow;
  while (top > firstRow && isBlankCell(grid.value(top, col))) top--;
  if (top === lastRow || isBlankCell(grid.value(top, col))) return null;
  return { top, bottom: lastRow, left: col, right: col };
}

function isBlankCell(v: unknown): boolean {
  return v === "" || (typeof v === "string" && v.trim() === "");
}

function moneyFormat(plan: Plan, grid: Grid): string {
  for (const b of plan.blocks) {
    const m = b.budgetCell ?? b.rows.find((r) => r.budget)?.budget;
    if (!m) continue;
    const f = grid.numberFormat(m.row, m.col).trim();
    if (f !== "" && f !== "General" && f !== "@") return f;
  }
  return DEFAULT_MONEY_FORMAT;
}

/**
 * The new rows' values as few 2-D writes as the merges allow: per run of consecutive new rows, one
 * rectangle over the columns no merge covers (from the first to the last column with a value), and
 * single cells for values in the columns some merge covers (a new block's No, Sasaran, budget).
 */
function valueEdits(
  sheet: string,
  values: ReadonlyMap<number, ReadonlyMap<number, ScalarValue>>,
  covered: ReadonlySet<string>,
): Edit[] {
  const edits: Edit[] = [];
  const rowsSorted = [...values.keys()].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const r of rowsSorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === r - 1) run.push(r);
    else runs.push([r]);
  }
  for (const run of runs) {
    const cols = new Set<number>();
    for (const r of run) for (const c of (values.get(r) as ReadonlyMap<number, ScalarValue>).keys()) cols.add(c);
    const span = [...cols].sort((a, b) => a - b);
    const from = span[0] as number;
    const to = span[span.length - 1] as number;
    // Every column of the span that a merge covers in some row of the run: no rectangle crosses it.
    const coveredCols = new Set<number>();
    for (let c = from; c <= to; c++) if (run.some((r) => covered.has(`${r},${c}`))) coveredCols.add(c);
    const open = span.filter((c) => !coveredCols.has(c));
    const stretches: number[][] = [];
    for (const c of open) {
      const s = stretches[stretches.length - 1];
      const prev = s?.[s.length - 1];
      let clear = prev !== undefined;
      for (let x = (prev ?? c) + 1; clear && x < c; x++) if (coveredCols.has(x)) clear = false;
      if (s && clear) s.push(c);
      else stretches.push([c]);
    }
    for (const s of stretches) {
      const left = s[0] as number;
      const right = s[s.length - 1] as number;
      const top = run[0] as number;
      const bottom = run[run.length - 1] as number;
      const grid = run.map((r) =>
        Array.from({ length: right - left + 1 }, (_, j) => values.get(r)?.get(left + j) ?? ""),
      );
      edits.push({
        kind: "setValues",
        sheet,
        address: rangeA1({ top, bottom, left, right }),
        values: grid,
        requireEmpty: true,
      });
    }
    for (const c of [...coveredCols].sort((a, b) => a - b)) {
      for (const r of run) {
        const v = values.get(r)?.get(c);
        if (v === undefined || covered.has(`${r},${c}`)) continue;
        edits.push({ kind: "setValues", sheet, address: a1(r, c), values: [[v]], requireEmpty: true });
      }
    }
  }
  return edits;
}
