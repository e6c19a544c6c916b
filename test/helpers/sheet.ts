import { parseRangeA1 } from "../../src/core/address";
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";

export interface SheetOptions {
  readonly name?: string;
  /** A1 address of the grid's top-left cell (default "A1"). */
  readonly at?: string;
  /** Merged areas as A1 ranges, e.g. ["A10:A12"]. */
  readonly merges?: readonly string[];
  /** Formulas by A1 address; the grid holds their values. */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly numberFormats?: Readonly<Record<string, string>>;
  readonly mergesUnknown?: boolean;
}

type GridCell = CellValue | null | undefined;

/**
 * Builds a worksheet snapshot from a grid written in the test, the way HyperFormula's
 * `buildFromArray` does: `sheet([["No", "Sasaran"], [1, "Kegiatan (6709)"]])`. null and undefined
 * are empty cells. Ragged rows are padded.
 */
export function sheet(rows: readonly (readonly GridCell[])[], options: SheetOptions = {}): SheetSnapshot {
  const origin = options.at ? parseRangeA1(options.at) : { top: 0, left: 0 };
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => normalize(r[c])));
  const formulas = values.map((r) => r.map(() => ""));
  const numberFormats = values.map((r) => r.map(() => "General"));
  for (const [addr, f] of Object.entries(options.formulas ?? {})) {
    const { top, left } = parseRangeA1(addr);
    const row = formulas[top - origin.top];
    if (row) row[left - origin.left] = f;
  }
  for (const [addr, nf] of Object.entries(options.numberFormats ?? {})) {
    const { top, left } = parseRangeA1(addr);
    const row = numberFormats[top - origin.top];
    if (row) row[left - origin.left] = nf;
  }
  return {
    sheet: options.name ?? "Sheet1",
    origin: { row: origin.top, col: origin.left },
    values,
    formulas,
    numberFormats,
    merges: (options.merges ?? []).map(parseRangeA1),
    ...(options.mergesUnknown ? { mergesUnknown: true } : {}),
  };
}

function normalize(v: GridCell): CellValue {
  return v === null || v === undefined ? "" : v;
}

/** 0-based sheet row of an A1 row number, for readable assertions: `row(10)` is 9. */
export function row(sheetRow: number): number {
  return sheetRow - 1;
}
