import type { SheetNameProblem } from "./types";

/** Excel's limits on a sheet name. */
const MAX_LENGTH = 31;
const BAD_CHARACTERS = /[:\\/?*[\]]/;

/** Why Excel would refuse `name` as a sheet name, or null when it is fine. */
export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.trim() === "") return "empty";
  if (name.length > MAX_LENGTH) return "tooLong";
  if (BAD_CHARACTERS.test(name)) return "badCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostropheEdge";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

/** Excel's sheet names ignore case: "rak 2025" is taken when "RAK 2025" exists. */
export function isTaken(name: string, existing: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return existing.some((s) => s.toLowerCase() === lower);
}

/** "RAK 2025", or "RAK 2025 (2)", "RAK 2025 (3)"... when the name is taken. */
export function defaultSheetName(year: number, existing: readonly string[]): string {
  const base = `RAK ${year}`;
  if (!isTaken(base, existing)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!isTaken(candidate, existing)) return candidate;
  }
}
