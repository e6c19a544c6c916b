/**
 * Text matching for labels. Headers are written every which way ("Perkiraan\nBiaya (Rp)",
 * "NO.", "Sasaran / Kegiatan"), so labels are compared by their letters and digits only: lower
 * case, accents dropped, spacing and punctuation ignored.
 */

/** Labels longer than this are not labels (a 32,000-character cell is data, not a header). */
export const MAX_LABEL_LENGTH = 200;

/**
 * "Perkiraan Biaya (Rp)" -> "perkiraanbiayarp". Returns "" for text longer than `max`, so a huge
 * cell never reaches any pattern matching.
 */
export function normalizeLabel(text: string, max: number = MAX_LABEL_LENGTH): string {
  if (text.length > max) return "";
  const folded = text.normalize("NFKD").toLowerCase();
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += folded[i];
  }
  return out;
}

/** Whitespace-only text reads as "". Anything else is kept exactly as written. */
export function keepText(text: string): string {
  return text.trim() === "" ? "" : text;
}
