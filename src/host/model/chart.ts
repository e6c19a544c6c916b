/**
 * Charts on a sheet: what `worksheet.charts` works on and what the .xlsx writer draws. A chart sits
 * over a block of cells (its anchor: the cells it covers, "move and size with cells", Excel's default
 * for a new chart) and reads its data from a range, by sheet id so that renaming a sheet needs no
 * rewrite. Row inserts and deletes move both, as Excel does.
 *
 * Charts the host draws itself are modelled (type, source, series orientation, title). A chart read
 * from a file is kept as its chart XML, with the ranges its formulas (`<c:f>`) name lifted out into
 * references that follow row edits like any other; the host then writes it back as it was read.
 */
import { fileWidthToPoints, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from "./style";
import { rectAfterDelete, rectAfterInsert } from "./rows";
import type { RangeRef } from "./address";
import type { Sheet } from "./sheet";

/** A range of a sheet, by the sheet's id. */
export interface SheetRef {
  readonly sheetId: string;
  readonly rect: RangeRef;
}

export type SeriesBy = "Columns" | "Rows";

/** The chart types the host can draw and save: the column and bar family (`Excel.ChartType`). */
export const DRAWN_CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
] as const;
export type DrawnChartType = (typeof DRAWN_CHART_TYPES)[number];

/** A chart read from a file: its XML with `{{ref:n}}` in place of the n-th `<c:f>` reference. */
export interface KeptChart {
  readonly xml: string;
  /** The chart part it was read from, for the writer to leave untouched when nothing in it changed. */
  readonly part?: string;
  /** What each placeholder stands for: a range to write back where it is then, or text kept as read. */
  refs: (SheetRef | { readonly text: string })[];
}

export interface ChartModel {
  readonly id: string;
  name: string;
  /** `Excel.ChartType`; "Unknown" for a kept chart the host does not recognise. */
  readonly type: string;
  title: { text: string; visible: boolean };
  /** The cells the chart covers, corner to corner. */
  anchor: RangeRef;
  /** Where a drawn chart's data is, and whether its series run down columns or along rows. */
  source: { ref: SheetRef; seriesBy: SeriesBy } | null;
  readonly kept?: KeptChart;
}

export function cloneChart(chart: ChartModel, id: string = chart.id): ChartModel {
  return {
    ...chart,
    id,
    title: { ...chart.title },
    anchor: { ...chart.anchor },
    source: chart.source ? { ref: { ...chart.source.ref }, seriesBy: chart.source.seriesBy } : null,
    ...(chart.kept ? { kept: { ...chart.kept, refs: chart.kept.refs.map((r) => ({ ...r })) } } : {}),
  };
}

/** Every range a chart reads, for row edits and sheet copies to rewrite. */
export function chartRefs(chart: ChartModel): SheetRef[] {
  const refs: SheetRef[] = chart.source ? [chart.source.ref] : [];
  for (const r of chart.kept?.refs ?? []) if ("sheetId" in r) refs.push(r);
  return refs;
}

/** Replaces the chart's references (same order as chartRefs). */
export function mapChartRefs(chart: ChartModel, f: (ref: SheetRef) => SheetRef | null): void {
  if (chart.source) {
    const next = f(chart.source.ref);
    if (next) chart.source = { ...chart.source, ref: next };
  }
  if (chart.kept) {
    chart.kept.refs = chart.kept.refs.map((r) => ("sheetId" in r ? (f(r) ?? r) : r));
  }
}

/** Moves (and stretches) charts and their data through a whole-row insert in sheet `edited`. */
export function chartsAfterInsert(sheets: readonly Sheet[], edited: Sheet, at: number, count: number): void {
  for (const chart of edited.charts) chart.anchor = rectAfterInsert(chart.anchor, at, count);
  for (const s of sheets) {
    for (const chart of s.charts) {
      mapChartRefs(chart, (ref) =>
        ref.sheetId === edited.id ? { ...ref, rect: rectAfterInsert(ref.rect, at, count) } : ref,
      );
    }
  }
}

/**
 * Through a whole-row delete: charts over the deleted rows shrink (one wholly inside them keeps one
 * row at the cut, as Excel keeps a flattened chart); data ranges shrink, and one wholly deleted is
 * left as it was (Excel would show #REF!; the host does not model that).
 */
export function chartsAfterDelete(sheets: readonly Sheet[], edited: Sheet, at: number, count: number): void {
  for (const chart of edited.charts) {
    chart.anchor = rectAfterDelete(chart.anchor, at, count) ?? { ...chart.anchor, top: at, bottom: at };
  }
  for (const s of sheets) {
    for (const chart of s.charts) {
      mapChartRefs(chart, (ref) => {
        if (ref.sheetId !== edited.id) return ref;
        const rect = rectAfterDelete(ref.rect, at, count);
        return rect ? { ...ref, rect } : null;
      });
    }
  }
}

/** "Chart 1", "Chart 2"...: the first name of Excel's pattern no chart on the sheet has. */
export function nextChartName(sheet: Sheet): string {
  const taken = new Set(sheet.charts.map((c) => c.name.toLowerCase()));
  for (let i = 1; ; i++) if (!taken.has(`chart ${i}`)) return `Chart ${i}`;
}

/** A column's width in points (0 when hidden). */
export function columnPoints(sheet: Sheet, col: number): number {
  const p = sheet.colProps.get(col);
  if (p?.hidden) return 0;
  return fileWidthToPoints(p?.size ?? sheet.defaultColWidth ?? STANDARD_COLUMN_WIDTH);
}

/** A row's height in points (0 when hidden). */
export function rowPoints(sheet: Sheet, row: number): number {
  const p = sheet.rowProps.get(row);
  if (p?.hidden) return 0;
  return p?.size ?? sheet.defaultRowHeight ?? STANDARD_ROW_HEIGHT;
}

/** The chart's place in points from the sheet's top-left corner, as `Chart.top/left/width/height`. */
export function chartBox(sheet: Sheet, anchor: RangeRef): { top: number; left: number; width: number; height: number } {
  let top = 0;
  for (let r = 0; r < anchor.top; r++) top += rowPoints(sheet, r);
  let left = 0;
  for (let c = 0; c < anchor.left; c++) left += columnPoints(sheet, c);
  let height = 0;
  for (let r = anchor.top; r <= anchor.bottom; r++) height += rowPoints(sheet, r);
  let width = 0;
  for (let c = anchor.left; c <= anchor.right; c++) width += columnPoints(sheet, c);
  return { top, left, width, height };
}
