/**
 * Years inside text: the plan year in a title, the Tahun Anggaran line, a place-and-date line, and
 * years mentioned in the plan's own words ("Pemilu Tahun 2024").
 */

/**
 * A year standing alone: not part of a longer number (NIP, "12.024.000", codes). The character
 * before it is matched (group 1) rather than looked behind at: Office 2019's Edge Legacy (ES2017)
 * has no lookbehind, and the pane's bundle must parse there.
 */
const YEAR_TOKEN = /(^|[^\d.,])((?:19|20)\d{2})(?!\d|[.,]\d)/g;

/** The title's year: "TAHUN 2024", "Tahun Anggaran 2024", "TAHUN: 2024" (as the reader finds it). */
const TITLE_YEAR = /(\btahun(?:\s+anggaran)?\s*:?\s*)((?:19|20)\d{2})\b/i;

/** "Prabumulih, 25 Januari 2024"; the day may be left open ("…", "..", spaces) to fill in by hand. */
const PLACE_DATE = /^([^,\d]{2,60}),\s*(?:\d{1,2}\s+|…\s*|\.{2,}\s*)?[A-Za-z]{3,12}\s+(?:19|20)\d{2}\s*$/;

export interface YearToken {
  readonly year: number;
  readonly index: number;
}

export function yearTokens(text: string): YearToken[] {
  const out: YearToken[] = [];
  const re = new RegExp(YEAR_TOKEN.source, "g");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = m[1] as string;
    out.push({ year: Number(m[2]), index: m.index + before.length });
  }
  return out;
}

/** Replaces the title's year token only: "RENCANA AKSI KINERJA TAHUN 2024" -> "... TAHUN 2025". */
export function replaceTitleYear(text: string, year: number): string | null {
  if (!TITLE_YEAR.test(text)) return null;
  return text.replace(TITLE_YEAR, (_m, lead: string) => `${lead}${year}`);
}

/**
 * Replaces the year `from` on a Tahun Anggaran line (": 2023" -> ": 2025"): its last standing
 * occurrence, which is the value when the label and the value share a cell.
 */
export function replaceYear(text: string, from: number, to: number): string | null {
  const tokens = yearTokens(text).filter((t) => t.year === from);
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  return `${text.slice(0, last.index)}${to}${text.slice(last.index + 4)}`;
}

/**
 * Moves every listed year by `step`: the suggestion for a year mention. With `at`, only the tokens
 * starting at those indexes move (an election's year in the same cell stays as written).
 */
export function shiftYears(text: string, years: ReadonlySet<number>, step: number, at?: ReadonlySet<number>): string {
  return text.replace(YEAR_TOKEN, (m: string, before: string, year: string, offset: number) => {
    const index = offset + before.length;
    return years.has(Number(year)) && (at === undefined || at.has(index)) ? `${before}${Number(year) + step}` : m;
  });
}

/** The place of a "Prabumulih, 25 Januari 2024" line, or null when the text is no such line. */
export function placeOfDateLine(text: string): string | null {
  const m = PLACE_DATE.exec(text.trim());
  return m ? (m[1] as string).trim() : null;
}

/** The new signature date: the place kept, the day left for the user ("…"), January of the new year. */
export function openSignatureDate(place: string, year: number): string {
  return `${place}, … Januari ${year}`;
}
