/**
 * A sheet's print setup, in Office.js terms (points for margins, `Excel.PaperType` names), with the
 * mapping to SpreadsheetML's `paperSize` codes that the .xlsx reader and writer use.
 */
import type { RangeRef } from "./address";

export type Orientation = "Portrait" | "Landscape";

/** `Excel.PaperType` in the order of OOXML's paperSize codes 1..41 (so Folio is 14). */
export const PAPER_TYPES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
] as const;

export type PaperType = (typeof PAPER_TYPES)[number];

export function paperTypeFromCode(code: number | undefined): PaperType {
  return (code !== undefined ? PAPER_TYPES[code - 1] : undefined) ?? "Letter";
}

export function paperCode(type: PaperType): number {
  return PAPER_TYPES.indexOf(type) + 1;
}

export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** `Excel.HeaderFooterState`: which of the header/footer sets are in use. */
export type HeaderFooterState = "Default" | "FirstAndDefault" | "OddAndEven" | "FirstOddAndEven";

export interface ZoomOptions {
  scale?: number | null;
  horizontalFitToPages?: number | null;
  verticalFitToPages?: number | null;
}

export interface PageLayoutModel {
  orientation: Orientation;
  /** Null when the file gives no paper size (Excel then uses the printer's default, Letter). */
  paperSize: PaperType | null;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  /** Fit-to-pages when `horizontalFitToPages`/`verticalFitToPages` are set, else a percentage. */
  zoom: ZoomOptions;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  firstPageNumber: number | null;
  printOrder: "DownThenOver" | "OverThenDown";
  printArea: RangeRef[] | null;
  /** Rows repeated at the top of each page, 0-based inclusive. */
  printTitleRows: { first: number; last: number } | null;
  printTitleColumns: { first: number; last: number } | null;
  headerFooterState: HeaderFooterState;
  defaultForAllPages: HeaderFooterTexts;
  firstPage: HeaderFooterTexts;
  evenPages: HeaderFooterTexts;
  /** Excel keeps odd pages as the default set; the API exposes them separately. */
  oddPages: HeaderFooterTexts;
}

export function emptyHeaderFooter(): HeaderFooterTexts {
  return { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" };
}

/** Excel's defaults for a new sheet ("Normal" margins: 0.7" sides, 0.75" top and bottom). */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: null,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    zoom: { scale: 100 },
    leftMargin: 0.7 * 72,
    rightMargin: 0.7 * 72,
    topMargin: 0.75 * 72,
    bottomMargin: 0.75 * 72,
    headerMargin: 0.3 * 72,
    footerMargin: 0.3 * 72,
    firstPageNumber: null,
    printOrder: "DownThenOver",
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
    headerFooterState: "Default",
    defaultForAllPages: emptyHeaderFooter(),
    firstPage: emptyHeaderFooter(),
    evenPages: emptyHeaderFooter(),
    oddPages: emptyHeaderFooter(),
  };
}

export function clonePageLayout(p: PageLayoutModel): PageLayoutModel {
  return {
    ...p,
    zoom: { ...p.zoom },
    printArea: p.printArea ? p.printArea.map((r) => ({ ...r })) : null,
    printTitleRows: p.printTitleRows ? { ...p.printTitleRows } : null,
    printTitleColumns: p.printTitleColumns ? { ...p.printTitleColumns } : null,
    defaultForAllPages: { ...p.defaultForAllPages },
    firstPage: { ...p.firstPage },
    evenPages: { ...p.evenPages },
    oddPages: { ...p.oddPages },
  };
}

/**
 * Splits an OOXML header/footer string ("&LLeft&CHalaman &P&RRight") into its three sections.
 * "&&" is a literal ampersand and stays as written.
 */
export function splitHeaderFooter(text: string | undefined): { left: string; center: string; right: string } {
  const out = { left: "", center: "", right: "" };
  if (!text) return out;
  let section: "left" | "center" | "right" = "center";
  let i = 0;
  let current = "";
  let sawSection = false;
  const flush = (): void => {
    out[section] += current;
    current = "";
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === "&" && i + 1 < text.length) {
      const next = text[i + 1] as string;
      if (next === "L" || next === "C" || next === "R") {
        flush();
        section = next === "L" ? "left" : next === "C" ? "center" : "right";
        sawSection = true;
        i += 2;
        continue;
      }
      current += ch + next;
      i += 2;
      continue;
    }
    current += ch;
    i++;
  }
  flush();
  if (!sawSection) return { left: "", center: out.center, right: "" };
  return out;
}

/** Joins three sections back into an OOXML header/footer string; undefined when all are empty. */
export function joinHeaderFooter(left: string, center: string, right: string): string | undefined {
  let s = "";
  if (left) s += `&L${left}`;
  if (center) s += `&C${center}`;
  if (right) s += `&R${right}`;
  return s || undefined;
}
