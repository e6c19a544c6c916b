/** The sheet's footer sections as they are now (Excel's codes: "&P" page number, "&N" pages). */
export interface SheetFooters {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/**
 * What Cetak does to the footer: "added" writes Rakit's page numbers in the empty centre; "numbered"
 * leaves a footer that already numbers its pages (Rakit's own from an earlier Cetak, or the user's);
 * "kept" leaves the user's centre footer rather than write over it. Rakit never adds a second page
 * number, nor replaces what the user wrote.
 */
export type FooterChoice = "added" | "numbered" | "kept";

export function chooseFooter(existing: SheetFooters | undefined): FooterChoice {
  if (!existing) return "added"; // not known: the by-hand steps, or a sheet that never had one
  // "&&" is a literal ampersand, so "&&P" is text, not the page number.
  const numbers = (section: string) => /&P/i.test(section.replace(/&&/g, ""));
  if ([existing.left, existing.center, existing.right].some(numbers)) return "numbered";
  return existing.center.trim() === "" ? "added" : "kept";
}
