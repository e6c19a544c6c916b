import type { CellValue } from "../../core/snapshot";

/** The workbook as the formula engine sees it. Coordinates are 0-based. */
export interface FormulaWorkbook {
  sheetNames(): readonly string[];
  /** The cell's formula text ("=SUM(A1:A3)"), or null when it holds a constant or nothing. 0-based. */
  getFormula(sheet: string, row: number, col: number): string | null;
  /** The constant value of a non-formula cell ("" when empty). */
  getConstant(sheet: string, row: number, col: number): CellValue;
  /** Used bounds of a sheet (0-based last row/col), to clip whole-column/row references. */
  bounds(sheet: string): { lastRow: number; lastCol: number };
  /**
   * A defined name's formula ("'RAK 2024'!$R$10:$R$49") as seen from a sheet (a name local to that
   * sheet first, then a workbook name); null when there is none. Optional: without it names are #NAME?.
   */
  definedName?(name: string, sheet: string): string | null;
  /** Every formula cell of the workbook. */
  formulaCells(): Iterable<{ sheet: string; row: number; col: number; formula: string }>;
}
