import { windowSpan, windowTouchesYear } from "./dates";
import type { Stage, StageWindow } from "./types";

/**
 * A stage's windows as the details of a season finding list them. The Indonesian text gives each
 * window's source as the catalog writes it; the English one cannot translate that prose, so it names
 * what the source is: the regulation ("PKPU 3/2022"), Rakit's estimate, or the office's own Katalog.
 */

/** "PKPU 3/2022 Lampiran (Tahapan ...): ..." -> "PKPU 3/2022"; null when the source names no regulation. */
export function regulationOf(source: string): string | null {
  const m =
    /^\s*((?:PKPU|Peraturan\s+KPU|Keputusan\s+KPU|UU|Undang-Undang|PP|Perpres)\s*(?:No(?:mor|\.)?\s*)?\d+\s*(?:\/|\s+Tahun\s+)\s*\d{4})/i.exec(
      source.length > 300 ? source.slice(0, 300) : source,
    );
  return m ? (m[1] as string).replace(/\s+/g, " ") : null;
}

/** The windows that touch the plan year (the ones a plan of that year is judged by). */
export function windowsOfYear(stage: Stage, year: number): StageWindow[] {
  return stage.windows.filter((w) => windowTouchesYear(w, year));
}

function sourceEn(w: StageWindow): string {
  if (w.basis === "approximation") return "Rakit's estimate";
  if (w.basis === "office") return `the office's Katalog sheet: ${w.source}`;
  return regulationOf(w.source) ?? "a regulation";
}

/** "2023-11-28 – 2024-02-10 (PKPU 3/2022 Lampiran ...: Masa Kampanye ...); ..." */
export function windowListId(windows: readonly StageWindow[]): string {
  return windows.map((w) => `${windowSpan(w)} (${w.source})`).join("; ");
}

/** "2023-11-28 – 2024-02-10 (PKPU 3/2022); 2024-02-11 – 2024-03-31 (Rakit's estimate)" */
export function windowListEn(windows: readonly StageWindow[]): string {
  return windows.map((w) => `${windowSpan(w)} (${sourceEn(w)})`).join("; ");
}
