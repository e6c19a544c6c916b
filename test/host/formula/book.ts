/**
 * Workbooks written in the test as grids (src/host/formula/gridWorkbook.ts), and a reader of their
 * computed values by address.
 */
import { parseA1 } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/snapshot";
import { recalculate } from "../../../src/host/formula";
import { gridWorkbook, type Grid } from "../../../src/host/formula/gridWorkbook";

export type { Grid };
export const book = gridWorkbook;

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
