/**
 * The model's one door to the formula engine (../formula): reference rewriting for row edits and
 * renames, and recalculation over a FormulaWorkbook view of the model.
 */
import { isCellError, type CellValue } from "../../core/snapshot";
import { recalculate, renameSheet, shiftRows, type FormulaWorkbook } from "../formula";
import type { Scalar } from "./sheet";
import type { Workbook } from "./workbook";

export function shiftFormulaRows(
  formula: string,
  formulaSheet: string,
  editedSheet: string,
  at: number,
  count: number,
): string {
  return shiftRows(formula, formulaSheet, editedSheet, at, count);
}

export function renameInFormula(formula: string, oldName: string, newName: string): string {
  return renameSheet(formula, oldName, newName);
}

function toCellValue(v: Scalar | null): CellValue {
  return v === null ? "" : v;
}

/** The model as the formula engine reads it. */
export function formulaView(wb: Workbook): FormulaWorkbook {
  const sheet = (name: string) => wb.sheetByName(name);
  return {
    sheetNames: () => wb.sheets.map((s) => s.name),
    getFormula: (name, row, col) => sheet(name)?.getCell(row, col)?.formula ?? null,
    getConstant: (name, row, col) => {
      const cell = sheet(name)?.getCell(row, col);
      return cell && cell.formula === undefined ? toCellValue(cell.value) : "";
    },
    bounds: (name) => {
      const rect = sheet(name)?.usedRect(true);
      return rect ? { lastRow: rect.bottom, lastCol: rect.right } : { lastRow: -1, lastCol: -1 };
    },
    definedName: (name, sheetName) => {
      const key = name.toLowerCase();
      const local = wb.sheetByName(sheetName)?.id;
      const found =
        wb.names.find((n) => n.name.toLowerCase() === key && n.scope !== null && n.scope === local) ??
        wb.names.find((n) => n.name.toLowerCase() === key && n.scope === null);
      const ref = found?.element.refs?.find((r) => r.kind === "formula");
      return ref && ref.kind === "formula" ? ref.formula : null;
    },
    formulaCells: function* () {
      for (const s of wb.sheets) {
        for (const { row, col, cell } of s.cells()) {
          if (cell.formula !== undefined) yield { sheet: s.name, row, col, formula: cell.formula };
        }
      }
    },
  };
}

/** Recomputes every formula cell's value in place. */
export function recalculateWorkbook(wb: Workbook): void {
  const results = recalculate(formulaView(wb));
  for (const { sheet, row, col, value } of results) {
    const cell = wb.sheetByName(sheet)?.getCell(row, col);
    if (cell && cell.formula !== undefined) cell.value = isCellError(value) ? { error: value.error } : value;
  }
}
