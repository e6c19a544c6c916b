import type { Plan } from "../model";
import { cellText, type Grid } from "../reader/grid";
import { tableEnd } from "./blocks";
import type { CellWrites } from "./cellWrites";
import type { RolloverChange, RolloverNote } from "./types";
import { openSignatureDate, placeOfDateLine, replaceTitleYear, replaceYear } from "./yearText";

/** How far below the table a place-and-date line is looked for, when the reader found none. */
const SIGNATURE_SEARCH_ROWS = 40;

export interface MetaResult {
  readonly changes: RolloverChange[];
  readonly notes: RolloverNote[];
  /** The cells whose text the meta step rewrote: not year mentions for the user to decide. */
  readonly handled: { row: number; col: number }[];
  /** The signature date cell, when one was reopened: it gets highlighted on the new sheet. */
  readonly signature: { row: number; col: number } | null;
}

/**
 * The plan year on the title, the Tahun Anggaran line (both become the new year) and the
 * signature date ("Prabumulih, … Januari 2025", the day left for the user). Only the year token
 * changes in a title; formulas are left alone and said so.
 */
export function rollMeta(plan: Plan, grid: Grid, year: number, writes: CellWrites): MetaResult {
  const changes: RolloverChange[] = [];
  const notes: RolloverNote[] = [];
  const handled: { row: number; col: number }[] = [];

  const title = plan.meta.year;
  if (!title) notes.push({ kind: "noTitleYear" });
  else if (grid.formula(title.row, title.col) !== "")
    notes.push({ kind: "formulaKept", address: title.address, what: "title" });
  else {
    const from = grid.text(title.row, title.col);
    const to = replaceTitleYear(from, year);
    if (to !== null) {
      writes.set(title.row, title.col, to);
      handled.push({ row: title.row, col: title.col });
      if (to !== from) changes.push({ kind: "titleYear", address: title.address, from, to });
    }
  }

  const ta = plan.meta.tahunAnggaran;
  if (!ta) notes.push({ kind: "noTahunAnggaran" });
  else if (grid.formula(ta.row, ta.col) !== "")
    notes.push({ kind: "formulaKept", address: ta.address, what: "tahunAnggaran" });
  else {
    const raw = grid.value(ta.row, ta.col);
    const from = cellText(raw);
    const to = typeof raw === "number" ? String(year) : replaceYear(from, ta.value, year);
    if (to !== null) {
      writes.set(ta.row, ta.col, typeof raw === "number" ? year : to);
      handled.push({ row: ta.row, col: ta.col });
      if (to !== from) changes.push({ kind: "tahunAnggaran", address: ta.address, from, to });
    }
  }

  const date = signatureDate(plan, grid);
  let signature: { row: number; col: number } | null = null;
  if (!date) notes.push({ kind: "noSignatureDate" });
  else {
    const to = openSignatureDate(date.place, year);
    writes.set(date.row, date.col, to);
    handled.push({ row: date.row, col: date.col });
    signature = { row: date.row, col: date.col };
    changes.push({ kind: "signatureDate", address: grid.address(date.row, date.col), from: date.text, to });
  }
  return { changes, notes, handled, signature };
}

interface DateLine {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly place: string;
}

/**
 * The signature's place-and-date cell: the reader's, or else the first such line below the table
 * (a date whose day was left as "…" by an earlier rollover is one the reader does not take).
 */
function signatureDate(plan: Plan, grid: Grid): DateLine | null {
  const read = plan.meta.signature.placeDate;
  if (read && grid.formula(read.row, read.col) === "") {
    const place = placeOfDateLine(read.value);
    if (place !== null) return { row: read.row, col: read.col, text: read.value, place };
  }
  const from = tableEnd(plan) + 1;
  for (let r = from; r <= Math.min(grid.bottom, from + SIGNATURE_SEARCH_ROWS); r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || grid.formula(r, c) !== "") continue;
      const place = placeOfDateLine(v);
      if (place !== null) return { row: r, col: c, text: v.trim(), place };
    }
  }
  return null;
}
