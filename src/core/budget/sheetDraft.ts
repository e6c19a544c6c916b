import type { RangeRef } from "../address";
import { a1, rangeA1 } from "../address";
import type { Edit, FontPatch, ScalarValue } from "../edits";

/**
 * A sheet Rakit writes from scratch (the Rekap, the RPD draft), drafted cell by cell and turned
 * into edits at the end: one 2-D formulas write for all contents (office-js discipline: one write,
 * not one per cell), then the formats.
 */
export class SheetDraft {
  private readonly cells = new Map<number, Map<number, ScalarValue>>();
  private readonly formats: Edit[] = [];
  private readonly texts: Edit[] = [];
  private bottom = -1;
  private right = -1;

  constructor(readonly sheet: string) {}

  /**
   * Text or a number, written as a constant: the adapter writes every string as that text. Only
   * text starting with "=" can't share the formulas grid (there "=" means a formula), so it goes in
   * a values write of its own.
   */
  value(row: number, col: number, value: ScalarValue): void {
    if (typeof value === "string" && value.startsWith("=")) {
      this.put(row, col, "");
      this.texts.push({ kind: "setValues", sheet: this.sheet, address: a1(row, col), values: [[value]] });
    } else this.put(row, col, value);
  }

  /** A formula, "=SUM(C6:C14)". */
  formula(row: number, col: number, formula: string): void {
    this.put(row, col, formula);
  }

  private put(row: number, col: number, v: ScalarValue): void {
    let r = this.cells.get(row);
    if (!r) {
      r = new Map();
      this.cells.set(row, r);
    }
    r.set(col, v);
    this.bottom = Math.max(this.bottom, row);
    this.right = Math.max(this.right, col);
  }

  font(range: RangeRef, font: FontPatch): void {
    this.formats.push({ kind: "setFont", sheet: this.sheet, address: rangeA1(range), font });
  }

  borders(range: RangeRef): void {
    this.formats.push({ kind: "setBorders", sheet: this.sheet, address: rangeA1(range), borders: { style: "thin" } });
  }

  fill(range: RangeRef, color: string): void {
    this.formats.push({ kind: "setFill", sheet: this.sheet, address: rangeA1(range), color });
  }

  numberFormat(range: RangeRef, format: string): void {
    this.formats.push({ kind: "setNumberFormat", sheet: this.sheet, address: rangeA1(range), format });
  }

  merge(range: RangeRef): void {
    this.formats.push({ kind: "merge", sheet: this.sheet, address: rangeA1(range) });
  }

  columnWidth(col: number, width: number): void {
    this.formats.push({ kind: "setColumnWidth", sheet: this.sheet, address: a1(0, col), width });
  }

  extra(edit: Edit): void {
    this.formats.push(edit);
  }

  /** The contents as one formulas write over A1 to the last used cell, then the formats in order. */
  edits(): Edit[] {
    if (this.bottom < 0) return [...this.texts, ...this.formats];
    const grid: ScalarValue[][] = [];
    for (let r = 0; r <= this.bottom; r++) {
      const row = this.cells.get(r);
      grid.push(Array.from({ length: this.right + 1 }, (_, c) => row?.get(c) ?? ""));
    }
    const address = rangeA1({ top: 0, left: 0, bottom: this.bottom, right: this.right });
    return [{ kind: "setFormulas", sheet: this.sheet, address, formulas: grid }, ...this.texts, ...this.formats];
  }
}

export function rowRange(row: number, left: number, right: number): RangeRef {
  return { top: row, left, bottom: row, right };
}

/**
 * The sheet to write a Rakit-owned sheet into: the existing one (Excel's names ignore case, so
 * "rekap anggaran" is the same sheet), cleared first, or a new one. A re-run so leaves exactly one.
 */
export function ownSheet(
  name: string,
  existingSheets: readonly string[] = [],
): { name: string; edits: Edit[]; existed: boolean } {
  const found = existingSheets.find((s) => s.toLowerCase() === name.toLowerCase());
  if (found !== undefined) return { name: found, edits: [{ kind: "clearSheet", sheet: found }], existed: true };
  return { name, edits: [{ kind: "addSheet", sheet: name }], existed: false };
}
