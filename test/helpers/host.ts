import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { createHostFromXlsx, type ExcelHost, type HostOptions } from "../../src/host/host";

/** The shared seed fixture, or null (with a visible note) where ../shared is absent. */
export const FIXTURE = join(__dirname, "..", "..", "..", "shared", "fixtures", "rak-prabumulih-2024.xlsx");

export function fixtureBytes(): Buffer | null {
  try {
    return readFileSync(FIXTURE);
  } catch {
    console.warn(`SKIPPED: the seed fixture is not at ${FIXTURE}`);
    return null;
  }
}

export async function hostFromWorkbook(wb: ExcelJS.Workbook, options?: HostOptions): Promise<ExcelHost> {
  const bytes = await wb.xlsx.writeBuffer();
  return createHostFromXlsx(new Uint8Array(bytes as ArrayBuffer), options);
}

/**
 * Everything the host's model holds, as one string: cells with values, formulas, formats and
 * styles, merges, conditional formats, page layout, row heights, column widths, sheet order. Two
 * equal dumps mean a workbook left "as it was, cell for cell".
 */
export function dumpWorkbook(host: ExcelHost): string {
  return JSON.stringify(host.workbook.sheets, (_key, value: unknown) =>
    value instanceof Map ? [...value.entries()] : value,
  );
}
