import type { idPrint } from "../id/print";

/** Cetak: print setup. */
export const enPrint = {
  "print.footer": "Page &P of &N",
  "print.footerIs.added": "page numbers in the footer",
  "print.footerIs.numbered": "the footer's own page numbers kept",
  "print.footerIs.kept": "your footer left as it was (Rakit added no page numbers)",
  "print.paper.folio": "F4/Folio (8.5 × 13 in)",
  "print.paper.a4": "A4 (21 × 29.7 cm)",
  "print.ready":
    "Ready to print: {paper}, landscape, print area {area}, rows {rows} repeated on every page, all columns fitted to one page wide, {footer}.",
  "print.readyNoFit":
    "Page set up: {paper}, landscape, print area {area}, rows {rows} repeated on every page, {footer}.",
  "print.fitNotTaken":
    'Excel did not apply "all columns on one page wide" (Excel on Windows ignores it unless the Page Layout tab is open). Set it yourself: Page Layout › Scale to Fit › Width: 1 page.',
  "print.blocked":
    "This sheet still has {errors} {errors|error|errors}. Fix them first, or set up the page regardless.",
  "print.manual.intro":
    "This Excel can't set up the page through Rakit (it needs ExcelApi 1.9: Excel 2021, Microsoft 365 or Excel on the web). Rakit's highlights were removed. Set up the page by hand:",
  "print.manual.orientation": "Page Layout > Orientation > Landscape.",
  "print.manual.paperFolio":
    "Page Layout > Size > Folio or F4 (8.5 × 13 in). If it isn't listed: More Paper Sizes…, then pick or add an 8.5 × 13 in (21.59 × 33.02 cm) paper size in the printer settings.",
  "print.manual.paperA4": "Page Layout > Size > A4.",
  "print.manual.printArea": "Select {area}, then Page Layout > Print Area > Set Print Area.",
  "print.manual.titles": "Page Layout > Print Titles > Rows to repeat at top: {rows}.",
  "print.manual.fit": "Page Layout > Scale to Fit: Width 1 page, Height Automatic.",
  "print.manual.footer":
    'Page Layout > Print Titles > Header/Footer > Custom Footer > Center section: type "Halaman ", click Insert Page Number (&[Page]), type " dari ", click Insert Number of Pages (&[Pages]).',
  "print.cli.anywayHint": "Add --anyway to set up the page regardless.",
  "print.cli.notInput": "-o must not be the input file: Cetak writes a new file.",
  "print.cli.written": "Written to {out}.",
  "print.cli.pdf": "PDF written to {pdf} (LibreOffice, {ms} ms).",
  "print.cli.noSoffice":
    "No PDF: LibreOffice (soffice) is not installed. Install the libreoffice-calc package, or open {out} in Excel and save it as PDF.",
  "print.cli.pdfFailed": "No PDF: LibreOffice failed ({reason}).",
} as const satisfies Record<keyof typeof idPrint, string>;
