import type { Lang } from "../i18n/lang";
import type { Stage, StageWindow } from "./types";

/**
 * Dates and months of stage windows. Windows hold ISO dates ("2023-11-28"), which compare as
 * strings, so no Date objects (and no time zones) are involved.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Whether a window has any day in month `month` (1..12) of `year`. */
export function windowTouchesMonth(window: StageWindow, year: number, month: number): boolean {
  const first = `${year}-${pad(month)}-01`;
  const last = `${year}-${pad(month)}-${pad(daysIn(year, month))}`;
  return window.from <= last && window.to >= first;
}

/** Whether a window has any day in `year`. */
export function windowTouchesYear(window: StageWindow, year: number): boolean {
  return window.from <= `${year}-12-31` && window.to >= `${year}-01-01`;
}

/** The months (1..12) of `year` that any of the windows touches, ascending. */
export function windowMonths(windows: readonly StageWindow[], year: number): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) if (windows.some((w) => windowTouchesMonth(w, year, m))) months.push(m);
  return months;
}

/** The months (1..12) of `year` that any of the stage's windows touches, ascending. */
export function stageMonths(stage: Stage, year: number): number[] {
  return windowMonths(stage.windows, year);
}

/** "2023-11-28 – 2024-02-10", or one date for a one-day window. */
export function windowSpan(window: StageWindow): string {
  return window.from === window.to ? window.from : `${window.from} – ${window.to}`;
}

const MONTH_ABBR: Readonly<Record<Lang, readonly string[]>> = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "2023-11-28" as people read it: "28 Nov 2023" (English: the same order, English month names). */
export function readableDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTH_ABBR[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "28 Nov 2023 – 10 Feb 2024" for the pane (the details and --json keep ISO dates beside their sources). */
export function readableWindowSpan(window: StageWindow, lang: Lang): string {
  const from = readableDate(window.from, lang);
  return window.from === window.to ? from : `${from} – ${readableDate(window.to, lang)}`;
}

/** Every window with its source, as a season warning names them. */
export function describeWindows(stage: Stage): string {
  return stage.windows.map((w) => `${windowSpan(w)} (${w.source})`).join("; ");
}
