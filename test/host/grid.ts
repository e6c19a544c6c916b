/**
 * Builds host workbooks from grids written in the test, HyperFormula-style:
 *
 *   const host = hostFrom({ Sheet1: [["No", "Biaya"], [1, 1000], [2, "=B2*2"]] });
 *
 * Strings starting with "=" are formulas; null is an empty cell. Formulas are computed before the
 * host is returned. The model is filled directly (no load/sync), so a test's own syncs are the only
 * ones counted.
 */
import { parseAddress } from "../../src/host/model/address";
import { createHost, type ExcelHost, type HostOptions } from "../../src/host";
import { Workbook } from "../../src/host/model/workbook";
import type { Scalar } from "../../src/host/model/sheet";

export type GridCell = number | string | boolean | null | undefined;

export interface SheetSpec {
  readonly rows: readonly (readonly GridCell[])[];
  readonly merges?: readonly string[];
}

export function workbookFrom(sheets: Record<string, readonly (readonly GridCell[])[] | SheetSpec>): Workbook {
  const wb = new Workbook();
  for (const [name, spec] of Object.entries(sheets)) {
    const sheet = wb.addSheet(name);
    const { rows, merges } = Array.isArray(spec)
      ? { rows: spec as readonly (readonly GridCell[])[], merges: [] }
      : (spec as SheetSpec);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = sheet.ensureCell(r, c);
        if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
        else cell.value = v as Scalar;
      }),
    );
    for (const m of merges ?? []) sheet.merges.push(parseAddress(m).rect);
  }
  return wb;
}

export function hostFrom(
  sheets: Record<string, readonly (readonly GridCell[])[] | SheetSpec>,
  options?: HostOptions,
): ExcelHost {
  const host = createHost(workbookFrom(sheets), options);
  host.recalculate();
  return host;
}

/** The values of a sheet's rectangle straight from the model ("" for empty), for assertions. */
export function modelValues(host: ExcelHost, sheet: string, address: string): unknown[][] {
  const s = host.workbook.sheetByName(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { rect } = parseAddress(address);
  const out: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = s.getCell(r, c);
      const v = cell?.value ?? "";
      row.push(typeof v === "object" && v !== null ? v.error : v);
    }
    out.push(row);
  }
  return out;
}

/** Awaits a promise expected to reject and returns the error, for asserting its shape. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ name?: string; code?: string; message?: string; debugInfo?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as { name?: string; code?: string; message?: string; debugInfo?: Record<string, unknown> };
  }
  throw new Error("expected a rejection");
}

/** Calls a function expected to throw synchronously and returns the error. */
export function thrown(f: () => unknown): {
  name?: string;
  code?: string;
  message?: string;
  debugInfo?: Record<string, unknown>;
} {
  try {
    f();
  } catch (error) {
    return error as { name?: string; code?: string; message?: string; debugInfo?: Record<string, unknown> };
  }
  throw new Error("expected an error");
}
