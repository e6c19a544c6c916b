import type { ExcelHost } from "../../../src/host";
import { dumpWorkbook } from "../../helpers/host";

/**
 * Where two workbooks differ, as "path: a vs b" lines (at most `limit`), comparing everything the
 * host's model holds (test/helpers/host.ts dumpWorkbook). Empty means equal, cell for cell.
 */
export function workbookDiff(a: ExcelHost, b: ExcelHost, limit = 20): string[] {
  const out: string[] = [];
  walk(JSON.parse(dumpWorkbook(a)), JSON.parse(dumpWorkbook(b)), "sheets", out, limit);
  return out;
}

function walk(x: unknown, y: unknown, path: string, out: string[], limit: number): void {
  if (out.length >= limit || JSON.stringify(x) === JSON.stringify(y)) return;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) {
    out.push(`${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    return;
  }
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  for (const key of new Set([...Object.keys(xr), ...Object.keys(yr)]))
    walk(xr[key], yr[key], `${path}.${key}`, out, limit);
}
