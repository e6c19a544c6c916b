import FormulaParser from "fast-formula-parser";
import type { RangeRef } from "../../../src/core/address";
import { a1, columnIndex, columnName as columnNameOf, parseRangeA1, rangesOverlap } from "../../../src/core/address";
import type { AddChartEdit, AddConditionalFormatEdit, Edit, FontPatch } from "../../../src/core/edits";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { isCellError } from "../../../src/core/snapshot";
import { shiftFormulaRows } from "../../../src/core/insert/shiftFormula";

/**
 * A tiny pure workbook for tests: applies planned edits to snapshots the way Excel would, so a test
 * can check that formulas point at the right cells after rows were inserted, read the result back
 * as a snapshot, and recompute every formula with an independent engine (fast-formula-parser).
 *
 * Faithful where the plans depend on it: insertRows moves cells and merges down, grows merges it
 * cuts through, and shifts references in every formula (same sheet or qualified from other sheets)
 * the way Excel does; requireEmpty is enforced; writes must match their rectangle's size.
 * Formatting edits are recorded, not rendered.
 */

interface Cell {
  value: CellValue;
  formula: string;
  numberFormat: string;
}

export class SimSheet {
  readonly cells = new Map<string, Cell>();
  merges: RangeRef[] = [];
  readonly fonts: { address: string; font: FontPatch }[] = [];
  readonly borders: string[] = [];
  readonly fills: { address: string; color: string | null }[] = [];
  readonly widths: { address: string; width: number }[] = [];
  readonly charts: AddChartEdit[] = [];
  conditionalFormats: AddConditionalFormatEdit[] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  set(row: number, col: number, patch: Partial<Cell>): void {
    const old = this.cell(row, col) ?? { value: "", formula: "", numberFormat: "General" };
    this.cells.set(`${row},${col}`, { ...old, ...patch });
  }

  isEmpty(row: number, col: number): boolean {
    const c = this.cell(row, col);
    return !c || (c.formula === "" && (c.value === "" || c.value === null));
  }

  bounds(): RangeRef {
    let bottom = 0;
    let right = 0;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    for (const m of this.merges) {
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
    return { top: 0, left: 0, bottom, right };
  }

  /** The text of a cell (its formula if it has one), for readable assertions. */
  text(address: string): string {
    const { top, left } = parseRangeA1(address);
    const c = this.cell(top, left);
    if (!c) return "";
    return c.formula !== "" ? c.formula : String(isCellError(c.value) ? c.value.error : c.value);
  }
}

/** Excel's reference shifting for inserted rows: the core's own, which the insert planner uses too. */
export const shiftFormula = shiftFormulaRows;

function rectOf(address: string): RangeRef {
  return parseRangeA1(address);
}

/** A range argument as fast-formula-parser passes it unevaluated (1-based rows and columns). */
interface RangeArg {
  readonly ref: { sheet?: string; from: { row: number; col: number }; to: { row: number; col: number } };
}

export class SimWorkbook {
  readonly sheets = new Map<string, SimSheet>();
  readonly log: Edit[] = [];

  static from(...snapshots: SheetSnapshot[]): SimWorkbook {
    const wb = new SimWorkbook();
    for (const s of snapshots) {
      const sheet = new SimSheet(s.sheet);
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const formula = s.formulas[r]?.[c] ?? "";
          const numberFormat = s.numberFormats[r]?.[c] ?? "General";
          if (value !== "" || formula !== "" || numberFormat !== "General")
            sheet.set(r + s.origin.row, c + s.origin.col, { value, formula, numberFormat });
        }),
      );
      sheet.merges = s.merges.map((m) => ({ ...m }));
      wb.sheets.set(s.sheet, sheet);
    }
    return wb;
  }

  sheet(name: string): SimSheet {
    const found = [...this.sheets.values()].find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`no sheet named ${name}`);
    return found;
  }

  names(): string[] {
    return [...this.sheets.values()].map((s) => s.name);
  }

  apply(edits: readonly Edit[]): this {
    for (const e of edits) this.applyOne(e);
    return this;
  }

  private applyOne(e: Edit): void {
    this.log.push(e);
    switch (e.kind) {
      case "addSheet":
        if (this.names().some((n) => n.toLowerCase() === e.sheet.toLowerCase()))
          throw new Error(`sheet ${e.sheet} exists`);
        this.sheets.set(e.sheet, new SimSheet(e.sheet));
        return;
      case "clearSheet": {
        const s = this.sheet(e.sheet);
        this.sheets.set(s.name, new SimSheet(s.name));
        return;
      }
      case "insertRows":
        this.insertRows(e.sheet, e.row, e.count);
        return;
      case "deleteRows":
        throw new Error("deleteRows is not simulated");
      case "setValues":
      case "setFormulas": {
        const s = this.sheet(e.sheet);
        const rect = rectOf(e.address);
        const grid = e.kind === "setValues" ? e.values : e.formulas;
        if (grid.length !== rect.bottom - rect.top + 1 || grid.some((r) => r.length !== rect.right - rect.left + 1)) {
          throw new Error(`${e.kind} ${e.address}: size mismatch`);
        }
        grid.forEach((row, i) =>
          row.forEach((v, j) => {
            const r = rect.top + i;
            const c = rect.left + j;
            if (e.requireEmpty && !s.isEmpty(r, c)) throw new Error(`${e.sheet}!${a1(r, c)} is not empty`);
            if (e.kind === "setFormulas" && typeof v === "string" && v.startsWith("="))
              s.set(r, c, { formula: v, value: "" });
            else if (typeof v === "string" && v.startsWith("'")) s.set(r, c, { formula: "", value: v.slice(1) });
            else s.set(r, c, { formula: "", value: v });
          }),
        );
        return;
      }
      case "setNumberFormat": {
        const s = this.sheet(e.sheet);
        const rect = rectOf(e.address);
        for (let r = rect.top; r <= rect.bottom; r++)
          for (let c = rect.left; c <= rect.right; c++) {
            const f = typeof e.format === "string" ? e.format : (e.format[r - rect.top]?.[c - rect.left] ?? "General");
            s.set(r, c, { numberFormat: f });
          }
        return;
      }
      case "merge": {
        const s = this.sheet(e.sheet);
        const rect = rectOf(e.address);
        if (s.merges.some((m) => rangesOverlap(m, rect))) throw new Error(`merge ${e.address} overlaps a merge`);
        s.merges.push(rect);
        return;
      }
      case "unmerge": {
        const s = this.sheet(e.sheet);
        const rect = rectOf(e.address);
        s.merges = s.merges.filter((m) => !rangesOverlap(m, rect));
        return;
      }
      case "setFont":
        this.sheet(e.sheet).fonts.push({ address: e.address, font: e.font });
        return;
      case "setBorders":
        this.sheet(e.sheet).borders.push(e.address);
        return;
      case "setFill":
        this.sheet(e.sheet).fills.push({ address: e.address, color: e.color });
        return;
      case "setColumnWidth":
        this.sheet(e.sheet).widths.push({ address: e.address, width: e.width });
        return;
      case "addChart":
        this.sheet(e.sheet).charts.push(e);
        return;
      case "addConditionalFormat":
        this.sheet(e.sheet).conditionalFormats.push(e);
        return;
      case "removeConditionalFormats": {
        const s = this.sheet(e.sheet);
        s.conditionalFormats = s.conditionalFormats.filter((cf) => !cf.formula.startsWith('=N("rakit")+'));
        return;
      }
      default:
        return; // page layout, select, copy/rename: not needed here
    }
  }

  private insertRows(name: string, row: number, count: number): void {
    const s = this.sheet(name);
    const moved = new Map<string, Cell>();
    for (const [key, cell] of s.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      moved.set(`${r >= row ? r + count : r},${c}`, cell);
    }
    s.cells.clear();
    for (const [k, v] of moved) s.cells.set(k, v);
    s.merges = s.merges.map((m) => {
      if (m.top >= row) return { ...m, top: m.top + count, bottom: m.bottom + count };
      if (m.bottom >= row) return { ...m, bottom: m.bottom + count };
      return m;
    });
    for (const sheet of this.sheets.values()) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula !== "") cell.formula = shiftFormula(cell.formula, sheet.name, s.name, row, count);
      }
      sheet.conditionalFormats = sheet.conditionalFormats.map((cf) => ({
        ...cf,
        formula: shiftFormula(cf.formula, sheet.name, s.name, row, count),
      }));
    }
  }

  /** Every formula recomputed (fast-formula-parser; SUBTOTAL(9, ...) skips other SUBTOTAL cells). */
  value(sheetName: string, address: string): CellValue {
    const { top, left } = parseRangeA1(address);
    return this.evaluate(this.sheet(sheetName).name, top, left, new Set());
  }

  private evaluate(sheetName: string, row: number, col: number, stack: Set<string>): CellValue {
    const s = this.sheet(sheetName);
    const cell = s.cell(row, col);
    if (!cell) return "";
    if (cell.formula === "") return cell.value;
    const key = `${s.name}!${row},${col}`;
    if (stack.has(key)) throw new Error(`circular reference at ${key}`);
    stack.add(key);
    const result = this.run(s, cell.formula, row, col, stack);
    stack.delete(key);
    return result;
  }

  /**
   * Whether a conditional format's rule holds at a cell: its formula is written for the range's
   * top-left cell, and its relative references move with the cell, as in Excel.
   */
  ruleHolds(cf: AddConditionalFormatEdit, address: string): boolean {
    const range = parseRangeA1(cf.address);
    const at = parseRangeA1(address);
    const dr = at.top - range.top;
    const dc = at.left - range.left;
    const moved = cf.formula.replace(
      /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_"])/g,
      (_w, d1: string, c: string, d2: string, r: string) => {
        const colName = d1 ? c : columnNameOf(columnIndex(c) + dc);
        const rowNo = d2 ? Number(r) : Number(r) + dr;
        return `${d1}${colName}${d2}${rowNo}`;
      },
    );
    const v = this.run(this.sheet(cf.sheet), moved, at.top, at.left, new Set());
    return typeof v === "number" ? v !== 0 : v === true;
  }

  private run(s: SimSheet, formula: string, row: number, col: number, stack: Set<string>): CellValue {
    const get = (sheet: string | undefined, r: number, c: number): CellValue =>
      this.evaluate(sheet ?? s.name, r - 1, c - 1, stack);
    const parser = new FormulaParser({
      onCell: (ref: { sheet?: string; row: number; col: number }) => get(ref.sheet, ref.row, ref.col),
      onRange: (ref: { sheet?: string; from: { row: number; col: number }; to: { row: number; col: number } }) => {
        const out: CellValue[][] = [];
        for (let r = ref.from.row; r <= ref.to.row; r++) {
          const line: CellValue[] = [];
          for (let c = ref.from.col; c <= ref.to.col; c++) line.push(get(ref.sheet, r, c));
          out.push(line);
        }
        return out;
      },
      functionsNeedContext: {
        // Registered below as a function that gets its arguments unevaluated: `fn` is the number,
        // `range` the reference itself, so the cells' formulas can be looked at.
        SUBTOTAL: (_ctx: unknown, fn: unknown, range: RangeArg) => {
          if (Number(fn) !== 9) throw new Error("only SUBTOTAL(9, ...) is simulated");
          // A one-cell range ("R6:R6") arrives as a cell reference.
          const cellRef = range.ref as unknown as { sheet?: string; row?: number; col?: number };
          const ref =
            range.ref.from !== undefined
              ? range.ref
              : {
                  sheet: cellRef.sheet,
                  from: { row: cellRef.row as number, col: cellRef.col as number },
                  to: { row: cellRef.row as number, col: cellRef.col as number },
                };
          let sum = 0;
          for (let r = ref.from.row; r <= ref.to.row; r++) {
            for (let c = ref.from.col; c <= ref.to.col; c++) {
              const other = this.sheet(ref.sheet ?? s.name).cell(r - 1, c - 1);
              if (other && /^=\s*SUBTOTAL\(/i.test(other.formula)) continue;
              const v = get(ref.sheet, r, c);
              if (typeof v === "number") sum += v;
            }
          }
          return sum;
        },
        // Not in fast-formula-parser. Counts cells with any content, as Excel does (a formula giving
        // "" counts too); takes references (unevaluated, like SUBTOTAL) and plain values.
        COUNTA: (_ctx: unknown, ...args: unknown[]) => {
          let n = 0;
          for (const arg of args) {
            const ref = (arg as { ref?: Partial<RangeArg["ref"]> & { row?: number; col?: number } } | null)?.ref;
            if (!ref) {
              if (arg !== null && arg !== undefined && arg !== "") n++;
              continue;
            }
            const from = ref.from ?? { row: ref.row as number, col: ref.col as number };
            const to = ref.to ?? from;
            for (let r = from.row; r <= to.row; r++) {
              for (let c = from.col; c <= to.col; c++) if (!this.sheet(ref.sheet ?? s.name).isEmpty(r - 1, c - 1)) n++;
            }
          }
          return n;
        },
      },
    });
    parser.funsNeedContextAndNoDataRetrieve.push("SUBTOTAL", "COUNTA");
    const result = parser.parse(formula.slice(1), { sheet: s.name, row: row + 1, col: col + 1 }) as unknown;
    if (typeof result === "object" && result !== null && "_error" in result) return { error: "#VALUE!" };
    return result as CellValue;
  }

  /** The sheet as the adapter would read it: values recomputed, formulas, formats, merges. */
  snapshot(sheetName: string): SheetSnapshot {
    const s = this.sheet(sheetName);
    const b = s.bounds();
    const values: CellValue[][] = [];
    const formulas: string[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 0; r <= b.bottom; r++) {
      const v: CellValue[] = [];
      const f: string[] = [];
      const n: string[] = [];
      for (let c = 0; c <= b.right; c++) {
        const cell = s.cell(r, c);
        v.push(cell ? this.evaluate(s.name, r, c, new Set()) : "");
        f.push(cell?.formula ?? "");
        n.push(cell?.numberFormat ?? "General");
      }
      values.push(v);
      formulas.push(f);
      numberFormats.push(n);
    }
    return {
      sheet: s.name,
      origin: { row: 0, col: 0 },
      values,
      formulas,
      numberFormats,
      merges: s.merges.map((m) => ({ ...m })),
    };
  }
}

/** Column letter to 0-based index, for readable tests. */
export function col(name: string): number {
  return columnIndex(name);
}
