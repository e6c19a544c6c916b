/**
 * A FormulaWorkbook over plain grids, one per sheet (tests and the bench build workbooks this way):
 * `gridWorkbook({ "RAK 2024": [[1, 2, "=A1+B1"]], Rekap: [["='RAK 2024'!C1"]] })`. A string starting with
 * "=" is a formula; null and undefined are empty cells.
 */
import type { CellValue } from "../../core/snapshot";
import type { FormulaWorkbook } from "./workbook";

export type Grid = readonly (readonly (CellValue | null | undefined)[])[];

const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

export function gridWorkbook(sheets: Readonly<Record<string, Grid>>): FormulaWorkbook {
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
