/**
 * Builds a FormulaWorkbook from grids written in the test, one per sheet:
 * `book({ "RAK 2024": [[1, 2, "=A1+B1"]], Rekap: [["='RAK 2024'!C1"]] })`. A string starting with
 * "=" is a formula; null and undefined are empty cells.
 */
import { parseA1 } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/snapshot";
import { recalculate, type FormulaWorkbook } from "../../../src/host/formula";

export type Grid = readonly (readonly (CellValue | null | undefined)[])[];

const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

export function book(sheets: Readonly<Record<string, Grid>>): FormulaWorkbook {
  const names = Object.keys(sheets);
  const cellAt = (sheet: string, row: number, col: number): CellValue | null | undefined => sheets[sheet]?.[row]?.[col];
  return {
    sheetNames: () => names,
    getFormula: (sheet, row, col) => {
      const v = cellAt(sheet, row, col);
      return isFormula(v) ? v : null;
    },
    getConstant: (sheet, row, col) => {
      const v = cellAt(sheet, row, col);
      return v === null || v === undefined || isFormula(v) ? "" : v;
    },
    bounds: (sheet) => {
      const grid = sheets[sheet] ?? [];
      return { lastRow: grid.length - 1, lastCol: Math.max(-1, ...grid.map((r) => r.length - 1)) };
    },
    *formulaCells() {
      for (const sheet of names) {
        const grid = sheets[sheet] ?? [];
        for (let row = 0; row < grid.length; row++) {
          const line = grid[row] ?? [];
          for (let col = 0; col < line.length; col++) {
            const v = line[col];
            if (isFormula(v)) yield { sheet, row, col, formula: v };
          }
        }
      }
    },
  };
}

/**
 * Recalculates the book and returns a reader of computed values by address: "C1" on the first
 * sheet, "Rekap!B2" or "'RAK 2024'!C1" elsewhere.
 */
export function computed(sheets: Readonly<Record<string, Grid>>): (address: string) => CellValue {
  const values = new Map<string, CellValue>();
  for (const r of recalculate(book(sheets))) values.set(`${r.sheet}!${r.row},${r.col}`, r.value);
  const first = Object.keys(sheets)[0] as string;
  return (address) => {
    const bang = address.lastIndexOf("!");
    const sheet =
      bang < 0
        ? first
        : address
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
    const { row, col } = parseA1(bang < 0 ? address : address.slice(bang + 1));
    const value = values.get(`${sheet}!${row},${col}`);
    if (value === undefined) throw new Error(`${address} holds no formula`);
    return value;
  };
}
