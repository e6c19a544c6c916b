/**
 * Reference rewriting as Excel does it when rows are inserted or deleted, a sheet is renamed, or a
 * formula is copied to another cell. Only reference parts change; strings, names, functions and
 * spacing are written back exactly as they were.
 */
import {
  areaText,
  MAX_COL_INDEX,
  MAX_ROW_INDEX,
  partText,
  scanFormula,
  type Area,
  type CellPart,
  type Part,
  type RefPart,
} from "./references";
import { sameSheet, sheetPrefix } from "./sheet-names";

function rewriteRefs(formula: string, rewrite: (ref: RefPart) => Area | null): string {
  return scanFormula(formula)
    .map((part) => {
      if (part.type !== "ref") return partText(part);
      const area = rewrite(part);
      if (area === null) return part.text;
      return (part.prefix?.text ?? "") + areaText(area);
    })
    .join("");
}

/**
 * Where the rows top..bottom (0-based, inclusive) end up after `count` rows are inserted (count > 0)
 * or deleted (count < 0) at `at`; null when they are all deleted or pushed off the sheet.
 */
export function shiftSpan(top: number, bottom: number, at: number, count: number): [number, number] | null {
  if (count > 0) {
    if (bottom < at) return [top, bottom];
    const newTop = top >= at ? top + count : top;
    const newBottom = Math.min(bottom + count, MAX_ROW_INDEX);
    return newTop > MAX_ROW_INDEX ? null : [newTop, newBottom];
  }
  const lastDeleted = at - count - 1;
  if (top >= at && bottom <= lastDeleted) return null;
  const newTop = top < at ? top : top > lastDeleted ? top + count : at;
  const newBottom = bottom < at ? bottom : bottom > lastDeleted ? bottom + count : at - 1;
  return [newTop, newBottom];
}

function shiftedArea(area: Area, at: number, count: number): Area | null {
  switch (area.kind) {
    case "cell": {
      const span = shiftSpan(area.a.row, area.a.row, at, count);
      if (span === null) return { kind: "lost" };
      return span[0] === area.a.row ? null : { kind: "cell", a: { ...area.a, row: span[0] } };
    }
    case "range":
    case "rows": {
      const aRow = area.a.row;
      const bRow = area.b.row;
      const span = shiftSpan(Math.min(aRow, bRow), Math.max(aRow, bRow), at, count);
      if (span === null) return { kind: "lost" };
      const [newA, newB] = aRow <= bRow ? span : [span[1], span[0]];
      if (newA === aRow && newB === bRow) return null;
      return area.kind === "range"
        ? { kind: "range", a: { ...area.a, row: newA }, b: { ...area.b, row: newB } }
        : { kind: "rows", a: { ...area.a, row: newA }, b: { ...area.b, row: newB } };
    }
    case "cols":
    case "lost":
      return null;
  }
}

/**
 * Rewrites references when `count` rows are inserted (count > 0) or deleted (count < 0) at 0-based
 * `row` of `editedSheet`. `formulaSheet` is the sheet the formula lives on: its unqualified
 * references belong to it. Absolute ($) references move too; whole-column references do not change.
 */
export function shiftRows(
  formula: string,
  formulaSheet: string,
  editedSheet: string,
  row: number,
  count: number,
): string {
  if (count === 0) return formula;
  return rewriteRefs(formula, (ref) => {
    const sheet = ref.prefix?.sheet ?? formulaSheet;
    return sameSheet(sheet, editedSheet) ? shiftedArea(ref.area, row, count) : null;
  });
}

/** Renames a sheet inside formulas ('RAK 2024'!A1 -> 'RAK 2025'!A1), quoting the new name as needed. */
export function renameSheet(formula: string, oldName: string, newName: string): string {
  const parts = scanFormula(formula);
  const prefixText = sheetPrefix(newName);
  return parts
    .map((part, index) => {
      if (part.type === "ref") {
        if (!part.prefix || !sameSheet(part.prefix.sheet ?? "", oldName)) return part.text;
        return prefixText + part.text.slice(part.prefix.text.length);
      }
      const token = part.token;
      // A prefix in front of a defined name; one right after "[1]" names another workbook's sheet.
      if (token.kind === "sheet" && sameSheet(token.sheet ?? "", oldName) && !afterBracket(parts, index))
        return prefixText;
      return token.text;
    })
    .join("");
}

function afterBracket(parts: readonly Part[], index: number): boolean {
  const before = parts[index - 1];
  return before !== undefined && before.type === "token" && before.token.kind === "bracket";
}

function movedCell(c: CellPart, dRow: number, dCol: number): CellPart | null {
  const row = c.rowAbs ? c.row : c.row + dRow;
  const col = c.colAbs ? c.col : c.col + dCol;
  if (row < 0 || row > MAX_ROW_INDEX || col < 0 || col > MAX_COL_INDEX) return null;
  return { ...c, row, col };
}

function translatedArea(area: Area, dRow: number, dCol: number): Area {
  switch (area.kind) {
    case "cell": {
      const a = movedCell(area.a, dRow, dCol);
      return a ? { kind: "cell", a } : { kind: "lost" };
    }
    case "range": {
      const a = movedCell(area.a, dRow, dCol);
      const b = movedCell(area.b, dRow, dCol);
      return a && b ? { kind: "range", a, b } : { kind: "lost" };
    }
    case "cols": {
      const a = area.a.abs ? area.a.col : area.a.col + dCol;
      const b = area.b.abs ? area.b.col : area.b.col + dCol;
      const ok = a >= 0 && b >= 0 && a <= MAX_COL_INDEX && b <= MAX_COL_INDEX;
      return ok ? { kind: "cols", a: { ...area.a, col: a }, b: { ...area.b, col: b } } : { kind: "lost" };
    }
    case "rows": {
      const a = area.a.abs ? area.a.row : area.a.row + dRow;
      const b = area.b.abs ? area.b.row : area.b.row + dRow;
      const ok = a >= 0 && b >= 0 && a <= MAX_ROW_INDEX && b <= MAX_ROW_INDEX;
      return ok ? { kind: "rows", a: { ...area.a, row: a }, b: { ...area.b, row: b } } : { kind: "lost" };
    }
    case "lost":
      return area;
  }
}

/**
 * Translates a formula as Excel does when copying it (dRow, dCol) cells away: relative parts move,
 * $-absolute parts stay; a reference moved off the sheet becomes #REF!.
 */
export function translate(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return rewriteRefs(formula, (ref) => (ref.area.kind === "lost" ? null : translatedArea(ref.area, dRow, dCol)));
}
