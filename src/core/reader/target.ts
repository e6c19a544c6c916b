import type { Target, TargetComparator } from "../model";
import { isCellError } from "../snapshot";
import type { Grid } from "./grid";

const MAX_TARGET_TEXT = 200;

/**
 * Reads a target cell as offices type it: "95", "95%", "95 %" and 95 read as 95; a
 * percent-formatted 0.95 reads as 95; "4 laporan" and "2 Lap" read as a number with its unit;
 * "≥ 80" and "> 3,75" as a number with its bound. Words ("Ada", "WTP", "A", "S2/S3") are a target
 * too: `value` stays null and the text is in `raw`.
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

/** A bound written before the number, with the comparator it means. */
const BOUNDS: readonly (readonly [RegExp, TargetComparator])[] = [
  [/^(?:>=|=>|≥|min(?:imal|imum)?\.?|paling\s+sedikit|sekurang-kurangnya)\s*/i, ">="],
  [/^(?:<=|=<|≤|maks(?:imal|imum)?\.?|max(?:imal|imum)?\.?|paling\s+banyak|setinggi-tingginya)\s*/i, "<="],
  [/^>\s*/, ">"],
  [/^<\s*/, "<"],
];

export interface ParsedTarget {
  readonly value: number | null;
  readonly unit: string | null;
  readonly comparator?: TargetComparator;
}

export function parseTargetText(text: string): ParsedTarget {
  let s = text.trim();
  if (s === "" || s.length > MAX_TARGET_TEXT) return { value: null, unit: null };
  let comparator: TargetComparator | undefined;
  for (const [re, c] of BOUNDS) {
    const m = re.exec(s);
    if (m) {
      comparator = c;
      s = s.slice(m[0].length);
      break;
    }
  }
  const number = readNumber(s);
  if (!number) return { value: null, unit: null };
  const rest = s.slice(number.length).trim();
  const bound = comparator ? { comparator } : {};
  if (rest === "") return { value: number.value, unit: null, ...bound };
  if (/^\d/.test(rest)) return { value: null, unit: null };
  if (rest === "%" || /^persen$/i.test(rest)) return { value: number.value, unit: "%", ...bound };
  return { value: number.value, unit: rest, ...bound };
}

/**
 * The number a target starts with: "3,75" and "3.5" are decimals; "1.000" (a dot before exactly
 * three digits, possibly repeated) groups thousands, as Indonesian writes them.
 */
function readNumber(s: string): { value: number; length: number } | null {
  const grouped = /^(\d{1,3}(?:\.\d{3})+)(?![\d.,])/.exec(s);
  if (grouped) return { value: Number((grouped[1] as string).replace(/\./g, "")), length: grouped[0].length };
  const m = /^(\d{1,15})(?:[.,](\d{1,9}))?/.exec(s);
  if (!m) return null;
  return { value: Number(m[2] ? `${m[1]}.${m[2]}` : m[1]), length: m[0].length };
}
