/**
 * Addresses as Excel writes and reads them: "A1", "$A$1:$B$2", whole rows "5:7", whole columns
 * "A:C", with an optional sheet prefix ("'RAK 2024'!A1:S60"). Coordinates are 0-based rectangles
 * (the core's RangeRef).
 */
import { columnIndex, columnName, type RangeRef } from "../../core/address";
import { OfficeError } from "../errors";

export type { RangeRef };

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface ParsedAddress {
  readonly sheet: string | null;
  readonly rect: RangeRef;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

function badAddress(address: string): OfficeError {
  return new OfficeError("InvalidArgument", undefined, `address '${address}'`);
}

/** Splits "'It''s'!A1:B2" into sheet "It's" and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const trimmed = address.trim();
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: trimmed };
  let sheet = trimmed.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: trimmed.slice(bang + 1) };
}

/** Parses one rectangle ("A1", "A1:B2", "5:7", "A:C"); throws InvalidArgument like Excel. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address);
  const parts = local.split(":");
  if (parts.length < 1 || parts.length > 2) throw badAddress(address);
  const first = parts[0] as string;
  const second = parts[1] ?? first;
  let rect: RangeRef | null = null;
  const c1 = CELL.exec(first);
  const c2 = CELL.exec(second);
  if (c1 && c2) {
    const r1 = Number(c1[2]) - 1;
    const r2 = Number(c2[2]) - 1;
    const k1 = columnIndex(c1[1] as string);
    const k2 = columnIndex(c2[1] as string);
    rect = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(k1, k2), right: Math.max(k1, k2) };
  } else if (parts.length === 2 && ROW.test(first) && ROW.test(second)) {
    const r1 = Number(ROW.exec(first)?.[1]) - 1;
    const r2 = Number(ROW.exec(second)?.[1]) - 1;
    rect = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: MAX_COLS - 1 };
  } else if (parts.length === 2 && COL.test(first) && COL.test(second)) {
    const k1 = columnIndex(COL.exec(first)?.[1] as string);
    const k2 = columnIndex(COL.exec(second)?.[1] as string);
    rect = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(k1, k2), right: Math.max(k1, k2) };
  }
  if (!rect || !insideSheet(rect)) throw badAddress(address);
  return { sheet, rect };
}

/** Parses a list of areas, "A1:B2,D4" or "A1:B2 D4" (OOXML sqref). */
export function parseAreas(address: string): ParsedAddress[] {
  return address
    .split(/[,\s]+/)
    .filter((s) => s.length > 0)
    .map(parseAddress);
}

export function insideSheet(rect: RangeRef): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom < MAX_ROWS &&
    rect.right < MAX_COLS &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right
  );
}

export function isEntireRows(rect: RangeRef): boolean {
  return rect.left === 0 && rect.right === MAX_COLS - 1;
}

export function isEntireColumns(rect: RangeRef): boolean {
  return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
}

/** The local part as Excel reports it: "A1", "A1:B2", "5:7" for whole rows, "A:C" for columns. */
export function formatRect(rect: RangeRef): string {
  if (isEntireRows(rect)) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (isEntireColumns(rect)) return `${columnName(rect.left)}:${columnName(rect.right)}`;
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnName(rect.right)}${rect.bottom + 1}`;
}

/** Absolute form for defined names and print settings: "$A$1:$S$60", "$7:$9". */
export function formatRectAbsolute(rect: RangeRef): string {
  if (isEntireRows(rect)) return `$${rect.top + 1}:$${rect.bottom + 1}`;
  if (isEntireColumns(rect)) return `$${columnName(rect.left)}:$${columnName(rect.right)}`;
  return `$${columnName(rect.left)}$${rect.top + 1}:$${columnName(rect.right)}$${rect.bottom + 1}`;
}

/**
 * Quotes a sheet name when Excel does: names with spaces or punctuation, names starting with a
 * digit, and names that read as a cell reference ("A1", "R1C1").
 */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  return plain && !looksLikeRef ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'RAK 2024'!A1:S60", the form `Range.address` takes. */
export function formatAddress(sheet: string, rect: RangeRef): string {
  return `${quoteSheet(sheet)}!${formatRect(rect)}`;
}

export function rectRows(rect: RangeRef): number {
  return rect.bottom - rect.top + 1;
}

export function rectCols(rect: RangeRef): number {
  return rect.right - rect.left + 1;
}

export function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}

export function sameRect(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function boundingRect(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function cellCount(rect: RangeRef): number {
  return rectRows(rect) * rectCols(rect);
}
