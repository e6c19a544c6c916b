/**
 * How a chart reads its source range, the way Excel lays out a new chart: series run down columns
 * (or along rows); a first column of text holds the categories and a first row of text the series
 * names. A chart of the Rekap's "Bulan | Perkiraan Biaya" block so has one series, named by the
 * header, over the twelve months.
 */
import type { CellError } from "../../core/snapshot";
import { rectCols, rectRows, type RangeRef } from "./address";
import type { SeriesBy, SheetRef } from "./chart";
import type { Scalar, Sheet } from "./sheet";

export interface ChartSeriesLayout {
  readonly categories: RangeRef | null;
  readonly series: readonly { readonly name: RangeRef | null; readonly values: RangeRef }[];
}

function isText(v: Scalar | null): boolean {
  return typeof v === "string" || v === null;
}

/** Excel's "Auto": series by columns unless the range is wider than it is tall. */
export function resolveSeriesBy(rect: RangeRef, seriesBy: SeriesBy | "Auto"): SeriesBy {
  if (seriesBy !== "Auto") return seriesBy;
  return rectCols(rect) > rectRows(rect) ? "Rows" : "Columns";
}

/** Splits a source range into categories, series names and series values. */
export function seriesLayout(sheet: Sheet, rect: RangeRef, seriesBy: SeriesBy): ChartSeriesLayout {
  const value = (r: number, c: number): Scalar | null => sheet.getCell(r, c)?.value ?? null;
  const byCols = seriesBy === "Columns";
  // Along the series ("lines") and across them ("points"), in the range's own coordinates.
  const lines = byCols ? rectCols(rect) : rectRows(rect);
  const points = byCols ? rectRows(rect) : rectCols(rect);
  const at = (line: number, point: number): Scalar | null =>
    byCols ? value(rect.top + point, rect.left + line) : value(rect.top + line, rect.left + point);
  const all = (n: number, f: (i: number) => Scalar | null, from: number): boolean => {
    for (let i = from; i < n; i++) if (!isText(f(i))) return false;
    return true;
  };
  // The first line holds categories when it is text below/after its head; the first point holds
  // names when it is text across the other lines.
  const hasCategories = lines > 1 && all(points, (p) => at(0, p), 1);
  const hasNames = points > 1 && all(lines, (l) => at(l, 0), 1);
  const firstLine = hasCategories ? 1 : 0;
  const firstPoint = hasNames ? 1 : 0;
  const piece = (line: number, from: number, to: number): RangeRef =>
    byCols
      ? { top: rect.top + from, bottom: rect.top + to, left: rect.left + line, right: rect.left + line }
      : { top: rect.top + line, bottom: rect.top + line, left: rect.left + from, right: rect.left + to };
  const series = [];
  for (let l = firstLine; l < lines; l++) {
    series.push({ name: hasNames ? piece(l, 0, 0) : null, values: piece(l, firstPoint, points - 1) });
  }
  return { categories: hasCategories ? piece(0, firstPoint, points - 1) : null, series };
}

/** The cells of a one-row or one-column range, in order. */
export function cellsOf(sheet: Sheet, ref: SheetRef | RangeRef): (Scalar | null)[] {
  const rect = "rect" in ref ? ref.rect : ref;
  const out: (Scalar | null)[] = [];
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) out.push(sheet.getCell(r, c)?.value ?? null);
  return out;
}

/** A cell value as a chart caches a category or name: text, a number as text, "" for nothing. */
export function chartText(v: Scalar | null): string {
  if (v === null) return "";
  if (typeof v === "object") return (v as CellError).error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
