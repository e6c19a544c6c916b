/**
 * Month lists as people write them in a Katalog sheet: "1-12", "1, 2, 3", "2-4; 6", or one number.
 * Written back as compact ranges ("1-3, 6"), so a sheet exported and read again is unchanged.
 */

/** The months 1..12 a text names, ascending and without repeats; null if any part is not a month. */
export function parseMonths(text: string): number[] | null {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return null;
  const set = new Set<number>();
  for (const part of parts) {
    const m = /^(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 12 || from > to) return null;
    for (let i = from; i <= to; i++) set.add(i);
  }
  return [...set].sort((a, b) => a - b);
}

/** [1, 2, 3, 6] -> "1-3, 6". */
export function formatMonths(months: readonly number[]): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) {
      end++;
      i++;
    }
    parts.push(start === end ? String(start) : `${start}-${end}`);
    i++;
  }
  return parts.join(", ");
}

/** The years a text names: "2024", "2023, 2024", "2023-2025"; "" or "semua"/"all" is every year. */
export function parseYears(text: string): readonly number[] | "all" | null {
  const t = text.trim().toLowerCase();
  if (t === "" || t === "semua" || t === "all") return "all";
  const set = new Set<number>();
  for (const part of t.split(/[,;]/).map((p) => p.trim())) {
    const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from > to || to - from > 50) return null;
    for (let y = from; y <= to; y++) set.add(y);
  }
  return [...set].sort((a, b) => a - b);
}

export function formatYears(years: readonly number[] | "all"): string {
  return years === "all" ? "semua" : years.join(", ");
}
