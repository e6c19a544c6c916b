import { rangeA1 } from "../address";
import type { Edit, PageLayoutPatch, PaperSize } from "../edits";
import { makeT, type Lang } from "../i18n";
import type { Plan } from "../model";
import type { SheetSnapshot } from "../snapshot";
import { printExtent } from "./extent";

export interface PrintOptions {
  /** F4/Folio (8.5 × 13 in), what Indonesian offices print on, unless A4 is asked for. */
  readonly paper?: PaperSize;
  /** Language of the page-number footer written into the workbook ("Halaman 1 dari 5"). */
  readonly lang?: Lang;
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
  readonly footer: string;
  readonly layout: PageLayoutPatch;
  /** Rakit's highlights removed, then the page set up: one batch. */
  readonly edits: readonly Edit[];
}

/**
 * Cetak: the page set up for printing the plan. Rakit's highlights go first (they are for the
 * screen), then landscape, the paper, the print area, the header rows repeated on every page, all
 * columns on one page wide (as many pages down as needed) and "Halaman 1 dari 5" in the footer.
 */
export function planPrintSetup(plan: Plan, snapshot: SheetSnapshot, options: PrintOptions = {}): PrintSetup {
  const paper = options.paper ?? "folio";
  const { header } = plan;
  const titleRows = { first: header.firstRow, last: header.numberRow ?? header.lastRow };
  const printArea = rangeA1(printExtent(plan, snapshot));
  const footer = makeT(options.lang ?? "id", "print")("footer");
  const layout: PageLayoutPatch = {
    orientation: "landscape",
    paper,
    printArea,
    titleRows,
    fitToPagesWide: 1,
    centerFooter: footer,
  };
  return {
    sheet: plan.sheet,
    paper,
    printArea,
    titleRows,
    titleRowsA1: `$${titleRows.first + 1}:$${titleRows.last + 1}`,
    footer,
    layout,
    edits: [
      { kind: "removeConditionalFormats", sheet: plan.sheet },
      { kind: "pageLayout", sheet: plan.sheet, layout },
    ],
  };
}
