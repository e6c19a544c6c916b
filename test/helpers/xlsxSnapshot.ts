import ExcelJS from "exceljs";
import { parseRangeA1 } from "../../src/core/address";
import type { RangeRef } from "../../src/core/address";
import type { CellValue, ErrorCode, SheetSnapshot } from "../../src/core/snapshot";
import { ERROR_CODES } from "../../src/core/snapshot";

/**
 * Reads every worksheet of an .xlsx file into snapshots the way the Excel adapter would report
 * them, using exceljs directly (tests only; the core never sees exceljs):
 * - values: numbers, text (rich text joined to plain text), booleans, errors as `{ error }`;
 *   formula cells give their cached result; hyperlinks give their text;
 * - dates become Excel serial numbers (days since 1899-12-30, 1900 system), as Office.js reports
 *   them in `values`;
 * - covered cells of a merge read "" (exceljs repeats the master's value in them; Excel does not);
 * - the snapshot covers the used range from its first used cell, so `origin` may be past A1.
 */
export async function xlsxSnapshots(file: string): Promise<SheetSnapshot[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return workbook.worksheets.map((ws) => worksheetSnapshot(ws, date1904));
}

function worksheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const merges: RangeRef[] = (ws.model.merges ?? []).map((m: string) => parseRangeA1(m));

  // The used range: every cell with a value, and every merged area.
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  const extend = (r: number, c: number): void => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type !== ExcelJS.ValueType.Null) extend(rowNumber - 1, colNumber - 1);
    });
  });
  for (const m of merges) {
    extend(m.top, m.left);
    extend(m.bottom, m.right);
  }
  if (top === Infinity) {
    return {
      sheet: ws.name,
      origin: { row: 0, col: 0 },
      values: [[""]],
      formulas: [[""]],
      numberFormats: [["General"]],
      merges,
    };
  }

  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const vRow: CellValue[] = [];
    const fRow: string[] = [];
    const nRow: string[] = [];
    const row = ws.getRow(r + 1);
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c + 1);
      const covered = cell.master !== cell;
      vRow.push(covered ? "" : cellValue(cell, date1904));
      fRow.push(!covered && cell.type === ExcelJS.ValueType.Formula && cell.formula ? `=${cell.formula}` : "");
      nRow.push(cell.numFmt || "General");
    }
    values.push(vRow);
    formulas.push(fRow);
    numberFormats.push(nRow);
  }
  return { sheet: ws.name, origin: { row: top, col: left }, values, formulas, numberFormats, merges };
}

function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return "";
    case ExcelJS.ValueType.Formula:
      return scalar((cell.value as ExcelJS.CellFormulaValue).result, date1904);
    default:
      return scalar(cell.value, date1904);
  }
}

function scalar(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: errorCode(o.error) };
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    if (typeof o.text === "string") return o.text; // hyperlink
    if (o.text && typeof o.text === "object") return scalar(o.text, date1904); // hyperlink over rich text
    if ("result" in o) return scalar(o.result, date1904);
  }
  return String(v);
}

function errorCode(e: string): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(e) ? (e as ErrorCode) : "#VALUE!";
}

/** exceljs reads dates as UTC midnight; Excel counts days from 1899-12-30 (or 1904-01-01). */
function dateSerial(d: Date, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (d.getTime() - epoch) / 86_400_000;
}
