import type { RangeRef } from "../address";
import { parseRangeA1, rangesOverlap } from "../address";
import type { Edit } from "../edits";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { shiftFormulaRows } from "./shiftFormula";

/**
 * The plan sheet as it will be after a list of edits, worked out on the snapshot: what the insert
 * planner reads again to plan what depends on the final layout (the Rekap sheet's references).
 * It does what the edits the planner makes do to one sheet: whole-row inserts (cells, merges and
 * formula references move as in Excel, a merge the insertion cuts grows), values and formulas
 * written, merges made and undone, number formats. Formula cells keep the value they had (nothing
 * is recalculated); edits on other sheets, and formatting, are not part of a snapshot.
 */

interface Cell {
  value: CellValue;
  formula: string;
  numberFormat: string;
}

export function applyToSnapshot(snapshot: SheetSnapshot, edits: readonly Edit[]): SheetSnapshot {
  const name = snapshot.sheet;
  const cells = new Map<number, Map<number, Cell>>();
  const put = (r: number, c: number, patch: Partial<Cell>): void => {
    let row = cells.get(r);
    if (!row) {
      row = new Map();
      cells.set(r, row);
    }
    const old = row.get(c) ?? { value: "", formula: "", numberFormat: "General" };
    row.set(c, { ...old, ...patch });
  };
  snapshot.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const formula = snapshot.formulas[i]?.[j] ?? "";
      const numberFormat = snapshot.numberFormats[i]?.[j] ?? "General";
      if (value !== "" || formula !== "" || numberFormat !== "General")
        put(snapshot.origin.row + i, snapshot.origin.col + j, { value, formula, numberFormat });
    }),
  );
  let merges: RangeRef[] = snapshot.merges.map((m) => ({ ...m }));

  for (const e of edits) {
    if (e.sheet.toLowerCase() !== name.toLowerCase()) continue;
    switch (e.kind) {
      case "insertRows": {
        const moved = [...cells.entries()].sort((a, b) => b[0] - a[0]);
        cells.clear();
        for (const [r, row] of moved) cells.set(r >= e.row ? r + e.count : r, row);
        for (const row of cells.values())
          for (const cell of row.values())
            if (cell.formula !== "") cell.formula = shiftFormulaRows(cell.formula, name, name, e.row, e.count);
        merges = merges.map((m) => ({
          ...m,
          top: m.top >= e.row ? m.top + e.count : m.top,
          bottom: m.bottom >= e.row ? m.bottom + e.count : m.bottom,
        }));
        break;
      }
      case "setValues":
      case "setFormulas": {
        const rect = parseRangeA1(e.address);
        const grid = e.kind === "setValues" ? e.values : e.formulas;
        grid.forEach((line, i) =>
          line.forEach((v, j) => {
            const r = rect.top + i;
            const c = rect.left + j;
            if (e.kind === "setFormulas" && typeof v === "string" && v.startsWith("=")) put(r, c, { formula: v });
            else put(r, c, { value: typeof v === "string" && v.startsWith("'") ? v.slice(1) : v, formula: "" });
          }),
        );
        break;
      }
      case "setNumberFormat": {
        const rect = parseRangeA1(e.address);
        for (let r = rect.top; r <= rect.bottom; r++)
          for (let c = rect.left; c <= rect.right; c++) {
            const f = typeof e.format === "string" ? e.format : (e.format[r - rect.top]?.[c - rect.left] ?? "General");
            put(r, c, { numberFormat: f });
          }
        break;
      }
      case "merge": {
        const rect = parseRangeA1(e.address);
        merges = merges.filter((m) => !rangesOverlap(m, rect));
        merges.push(rect);
        // Excel keeps the top-left value only.
        for (let r = rect.top; r <= rect.bottom; r++)
          for (let c = rect.left; c <= rect.right; c++) if (r !== rect.top || c !== rect.left) cells.get(r)?.delete(c);
        break;
      }
      case "unmerge": {
        const rect = parseRangeA1(e.address);
        merges = merges.filter((m) => !rangesOverlap(m, rect));
        break;
      }
      case "deleteRows":
        throw new Error("applyToSnapshot: deleteRows is not needed by the insert planner");
      default:
        break; // formats, selection: not part of a snapshot
    }
  }

  const top = snapshot.origin.row;
  const left = snapshot.origin.col;
  let bottom = top + snapshot.values.length - 1;
  let right = left + Math.max(0, ...snapshot.values.map((r) => r.length)) - 1;
  for (const [r, row] of cells) {
    if (row.size === 0) continue;
    bottom = Math.max(bottom, r);
    for (const c of row.keys()) right = Math.max(right, c);
  }
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = cells.get(r);
    values.push(Array.from({ length: right - left + 1 }, (_, j) => row?.get(left + j)?.value ?? ""));
    formulas.push(Array.from({ length: right - left + 1 }, (_, j) => row?.get(left + j)?.formula ?? ""));
    numberFormats.push(
      Array.from({ length: right - left + 1 }, (_, j) => row?.get(left + j)?.numberFormat ?? "General"),
    );
  }
  return {
    sheet: snapshot.sheet,
    origin: snapshot.origin,
    values,
    formulas,
    numberFormats,
    merges,
    ...(snapshot.mergesUnknown ? { mergesUnknown: true } : {}),
  };
}
