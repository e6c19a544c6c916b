import { rangeA1 } from "../address";
import type { Edit, PageLayoutPatch, PaperSize } from "../edits";
import { makeT, type Lang } from "../i18n";
import type { Plan } from "../model";
import type { SheetSnapshot } from "../snapshot";
import { printExtent } from "./extent";
import { chooseFooter, type FooterChoice, type SheetFooters } from "./footer";

export interface PrintOptions {
  /** F4/Folio (8.5 × 13 in), what Indonesian offices print on, unless A4 is asked for. */
  readonly paper?: PaperSize;
  /** Language of the page-number footer written into the workbook ("Halaman 1 dari 5"). */
  readonly lang?: Lang;
  /** The sheet's footer now, where Excel can tell (ExcelApi 1.9): what the user wrote there stays. */
  readonly footers?: SheetFooters;
}

export interface PrintSetup {
  readonly sheet: string;
  readonly paper: PaperSize;
  /** "A1:S57": the table with the title above it and the signature block below it. */
  readonly printArea: string;
  /** The header rows and the column-number row, 0-based inclusive, repeated on every page. */
  readonly titleRows: { readonly first: number; readonly last: number };
  /** The same rows as Excel's Print Titles box writes them: "$7:$9". */
  readonly titleRowsA1: string;
  /** Rakit's page-number footer, written only where `footerChoice` is "added". */
  readonly footer: string;
  readonly footerChoice: FooterChoice;
  readonly layout: PageLayoutPatch;
  /** Rakit's highlights removed, then the page set up: one batch. */
  readonly edits: readonly Edit[];
}

/**
 * Cetak: the page set up for printing the plan. Rakit's highlights go first (they are for the
 * screen), then landscape, the paper, the print area, the header rows repeated on every page, all
 * columns on one page wide (as many pages down as needed) and "Halaman 1 dari 5" in the footer,
 * unless the footer already numbers its pages or holds the user's own text (footer.ts).
 */
export function planPrintSetup(plan: Plan, snapshot: SheetSnapshot, options: PrintOptions = {}): PrintSetup {
  const paper = options.paper ?? "folio";
  const { header } = plan;
  const titleRows = { first: header.firstRow, last: header.numberRow ?? header.lastRow };
  const printArea = rangeA1(printExtent(plan, snapshot));
  const footer = makeT(options.lang ?? "id", "print")("footer");
  const footerChoice = chooseFooter(options.footers);
  const layout: PageLayoutPatch = {
    orientation: "landscape",
    paper,
    printArea,
    titleRows,
    fitToPagesWide: 1,
    ...(footerChoice === "added" ? { centerFooter: footer } : {}),
  };
  return {
    sheet: plan.sheet,
    paper,
    printArea,
    titleRows,
    titleRowsA1: `$${titleRows.first + 1}:$${titleRows.last + 1}`,
    footer,
    footerChoice,
    layout,
    edits: [
      { kind: "removeConditionalFormats", sheet: plan.sheet },
      { kind: "pageLayout", sheet: plan.sheet, layout },
    ],
  };
}
