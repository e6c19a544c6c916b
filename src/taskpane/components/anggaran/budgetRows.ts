import type { BudgetTotals, PeriodTotal } from "../../../core/budget";
import { formatRupiah } from "../../../core/i18n/numbers";
import { shorten } from "../../../core/i18n/translate";

/**
 * The budget tables' rows as plain text, from the core's totals: what the pane shows, worked out
 * apart from React so it is tested as data.
 */

/** A sasaran's title as the table shows it: without the "(6867)" the code column already shows, cut short. */
export const TITLE_LENGTH = 48;

/** A sasaran's title without the "(6867)" the code column already shows, whitespace tidied. */
export function plainTitle(title: string, code: string | null): string {
  const clean = title.replace(/\s+/g, " ").trim();
  const escaped = code?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const withoutCode =
    escaped === undefined ? clean : clean.replace(new RegExp(`\\s*\\(\\s*${escaped}\\s*\\)\\s*$`), "");
  return withoutCode === "" ? clean : withoutCode;
}

export function shortTitle(title: string, code: string | null): string {
  return shorten(plainTitle(title, code), TITLE_LENGTH);
}

export interface SasaranLine {
  readonly no: number;
  readonly code: string | null;
  readonly title: string;
  /** The whole title (without its code), shown on hover and focus when `title` is cut short. */
  readonly fullTitle: string;
  /** "Rp 822.654.000", or null when the sasaran has no readable budget. */
  readonly amount: string | null;
}

export function sasaranLines(totals: BudgetTotals): SasaranLine[] {
  return totals.byBlock.map((b) => ({
    no: b.no,
    code: b.code,
    title: shortTitle(b.title, b.code),
    fullTitle: plainTitle(b.title, b.code),
    amount: b.budget === null ? null : formatRupiah(b.budget),
  }));
}

export interface CodeLine {
  readonly code: string | null;
  /** "1, 8": the sasaran numbers under the code. */
  readonly blocks: string;
  readonly amount: string;
}

export function codeLines(totals: BudgetTotals): CodeLine[] {
  return totals.byCode.map((c) => ({ code: c.code, blocks: c.blocks.join(", "), amount: formatRupiah(c.budget) }));
}

export interface PelaksanaLine {
  /** "" for rows without a pelaksana. */
  readonly name: string;
  readonly amount: string;
  /** "1, 8, 9": the sasaran whose budget this pelaksana shares with others by row count; null when none. */
  readonly splitBlocks: string | null;
}

export function pelaksanaLines(totals: BudgetTotals): PelaksanaLine[] {
  return totals.byPelaksana.map((p) => ({
    name: p.pelaksana,
    amount: formatRupiah(p.budget),
    splitBlocks: p.split ? p.splitBlocks.join(", ") : null,
  }));
}

export interface PeriodLine {
  readonly label: string;
  readonly amount: string;
}

/** Per period of the table, or folded into TW I..IV (for a quarterly table the two are the same). */
export function periodLines(totals: BudgetTotals, quarters: boolean): PeriodLine[] {
  const periods: readonly PeriodTotal[] = quarters ? totals.byQuarter : totals.byPeriod;
  return periods.map((p) => ({ label: p.label, amount: formatRupiah(p.budget) }));
}
