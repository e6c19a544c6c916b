/**
 * Cell and range addresses. Inside the core every coordinate is 0-based (row 0 is sheet row 1,
 * col 0 is column A), because the snapshot is a 2-D array; A1 strings are only made at the edges,
 * for users and for the adapter.
 */

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** An inclusive rectangle of cells, 0-based. */
export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

// Column names are asked for once per cell the reader locates; a 2,000-row plan asks 40,000 times.
const COLUMN_NAMES: string[] = [];

export function columnName(col: number): string {
  const cached = COLUMN_NAMES[col];
  if (cached !== undefined) return cached;
  const name = computeColumnName(col);
  if (col < 16_384) COLUMN_NAMES[col] = name;
  return name;
}

function computeColumnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`Not a column name: ${name}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** `a1(9, 2)` is "C10". */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeA1(range: RangeRef): string {
  const start = a1(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${a1(range.bottom, range.right)}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "C10" (or "$C$10") into a 0-based cell reference. */
export function parseA1(address: string): CellRef {
  const m = CELL_RE.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
}

/** Parses "C10:D12", "C10" or "Sheet1!C10:D12" (the sheet part is ignored) into a range. */
export function parseRangeA1(address: string): RangeRef {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second] = local.split(":");
  const a = parseA1(first as string);
  const b = second === undefined ? a : parseA1(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellRange(row: number, col: number): RangeRef {
  return { top: row, left: col, bottom: row, right: col };
}

export function rangeContains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Quotes a sheet name for a formula or address when Excel would: `'RAK 2024'!A1`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
