import type { TableHeader } from "../model";
import { exactRoleOfLabel, periodOfLabel } from "./aliases";
import type { Grid } from "./grid";
import { cellText, isBlankValue } from "./grid";
import { normalizeLabel } from "./normalize";

/**
 * Rows a printed table repeats inside itself: at a page break, offices type the header again, or
 * its row of column numbers ("1 2 3 … 19"), instead of setting print titles. Such a row is neither
 * data nor a new sasaran. Typed by hand, the numbers are often off ("1 2 3 5 5 6", a range "6-17"
 * over the months, blanks where a merge was), so they are recognised by their kind, not their
 * exact values.
 */

/** The longest heading text compared ("Indikator Kinerja Strategis" is 27 characters). */
const MAX_HEADING = 60;

/** A column number as typed: 7, "7", "(7)", "6-17". */
function columnNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 200 ? v : null;
  if (typeof v !== "string") return null;
  const t = v.trim();
  if (t.length > 12) return null;
  const m = /^\(?(\d{1,3})(?:\s*[-–]\s*\d{1,3})?\)?\.?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/**
 * A row of column numbers: nothing but small whole numbers in the table's columns, at least three
 * of them (and a third of the columns), mostly rising left to right. A data row always has words:
 * an indicator, a kegiatan, a sasaran.
 */
export function isColumnNumberRow(grid: Grid, header: TableHeader, row: number): boolean {
  const numbers: number[] = [];
  for (let c = header.firstCol; c <= header.lastCol; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v)) continue;
    const n = columnNumber(v);
    if (n === null) return false;
    numbers.push(n);
  }
  const width = header.lastCol - header.firstCol + 1;
  if (numbers.length < 3 || numbers.length * 3 < width) return false;
  let rising = 0;
  for (let i = 1; i < numbers.length; i++) if ((numbers[i] as number) > (numbers[i - 1] as number)) rising++;
  return rising * 4 >= (numbers.length - 1) * 3;
}

/**
 * A repeated header row: its words are header words (No, Sasaran, Indikator, B1, "Rencana
 * Pelaksanaan") or the header's own texts, two or more of them, and nothing else but blanks. Words
 * are compared whole: a sasaran "Program …" merely starts with a header word. The header's texts
 * include its group labels ("Target RPJMD" over the years), and a year typed as a number (2011
 * under "Target RPJMD") counts in its own yearly target column: a two-row header repeats both rows.
 */
export function isRepeatedHeaderRow(
  grid: Grid,
  header: TableHeader,
  row: number,
  labels: ReadonlySet<string> = headerLabels(grid, header),
): boolean {
  let words = 0;
  for (let c = header.firstCol; c <= header.lastCol; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v)) continue;
    if (typeof v === "number") {
      // Only a yearly target column's own year: a month mark typed as its month's number is data.
      if (!header.columns.some((h) => h.col === c && h.year === v)) return false;
      words++;
      continue;
    }
    // A heading is short: longer text is data (and never reaches the normalizing below).
    if (typeof v !== "string" || v.length > MAX_HEADING) return false;
    const lab = normalizeLabel(cellText(v));
    if (lab === "") continue;
    if (labels.has(lab) || periodOfLabel(lab) !== null || exactRoleOfLabel(lab) !== null) words++;
    else return false;
  }
  return words >= 2;
}

/** Every text of the header's rows (its columns' labels and the groups above them), normalized. */
function headerLabels(grid: Grid, header: TableHeader): Set<string> {
  const labels = new Set(header.columns.map((c) => normalizeLabel(c.label)).filter((l) => l !== ""));
  for (let r = header.firstRow; r <= header.lastRow; r++) {
    for (let c = header.firstCol; c <= header.lastCol; c++) {
      const v = grid.value(r, c);
      if (typeof v === "string" && v.length <= MAX_HEADING) {
        const lab = normalizeLabel(cellText(v));
        if (lab !== "") labels.add(lab);
      }
    }
  }
  return labels;
}

export type RepeatTest = (row: number) => boolean;

/** The test for one table, its header's labels worked out once (it runs on every row). */
export function repeatRowTest(grid: Grid, header: TableHeader): RepeatTest {
  const labels = headerLabels(grid, header);
  return (row) => isColumnNumberRow(grid, header, row) || isRepeatedHeaderRow(grid, header, row, labels);
}
