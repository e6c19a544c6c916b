import type { Target } from "../model";
import { isCellError } from "../snapshot";
import type { Grid } from "./grid";

const MAX_TARGET_TEXT = 200;

/**
 * Reads a target cell: "95", "95%", "95 %" and 95 read as 95; a percent-formatted 0.95 reads as
 * 95; "4 laporan" reads as 4 with unit "laporan".
 */
export function readTarget(grid: Grid, row: number, col: number): Target {
  const raw = grid.value(row, col);
  if (isCellError(raw) || typeof raw === "boolean") return { value: null, unit: null, raw };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { value: null, unit: null, raw };
    if (grid.numberFormat(row, col).includes("%")) return { value: roundClean(raw * 100), unit: "%", raw };
    return { value: raw, unit: null, raw };
  }
  const parsed = parseTargetText(raw);
  return { ...parsed, raw };
}

/** Undoes float noise from scaling (0.95 * 100 = 94.99999999999999). */
function roundClean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function parseTargetText(text: string): { value: number | null; unit: string | null } {
  const s = text.trim();
  if (s === "" || s.length > MAX_TARGET_TEXT) return { value: null, unit: null };
  const m = /^(\d{1,15})(?:[.,](\d{1,9}))?/.exec(s);
  if (!m) return { value: null, unit: null };
  const value = Number(m[2] ? `${m[1]}.${m[2]}` : m[1]);
  const rest = s.slice(m[0].length).trim();
  if (rest === "") return { value, unit: null };
  if (/^\d/.test(rest)) return { value: null, unit: null };
  if (rest === "%" || /^persen$/i.test(rest)) return { value, unit: "%" };
  return { value, unit: rest };
}
