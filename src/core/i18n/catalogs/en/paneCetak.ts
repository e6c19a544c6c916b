import type { idPaneCetak } from "../id/paneCetak";

/** The pane's Cetak view. */
export const enPaneCetak = {
  "pane.cetak.toolbar.label": "Print actions",
  "pane.cetak.intro":
    "One click: the active sheet is checked, Rakit's highlights are removed, then the page is set up: landscape, the column headings on every page, all columns fit the paper's width, page numbers.",
  "pane.cetak.paper.label": "Paper",
  "pane.cetak.paper.folio": "F4/Folio (8.5 × 13 in)",
  "pane.cetak.paper.a4": "A4",
  "pane.cetak.action.prepare": "Prepare for printing",
  "pane.cetak.action.anyway": "Print anyway",
  "pane.cetak.busy": "Setting up the page…",
  "pane.cetak.blocked.title": 'Sheet "{sheet}" still has {errors:number} {errors|error|errors}',
  "pane.cetak.blocked.body": "Fix them first (click a finding to select its cell), or choose Print anyway.",
  "pane.cetak.findings.label": "Findings that stop printing",
  "pane.cetak.done.title": 'Sheet "{sheet}" is ready to print',
  "pane.cetak.forced": "Set up although the sheet still has errors.",
  "pane.cetak.manual.title": "Set up the page by hand",
  "pane.cetak.manual.label": "Steps to set up the page",
  "pane.cetak.error": "The page could not be set up",
  "pane.cetak.notice.done": "The page is set up. Print from File > Print.",
  "pane.cetak.notice.blocked": "Not set up: the sheet still has {errors:number} {errors|error|errors}.",
  "pane.cetak.notice.manual": "Rakit's highlights were removed; set up the page by hand with the steps above.",
  "pane.cetak.notice.noPlan": "There is no RAK table on this sheet.",
  "pane.cetak.noPlan":
    'Rakit found no RAK table on sheet "{sheet}". Open the RAK sheet to print, then press Prepare for printing.',
} as const satisfies Record<keyof typeof idPaneCetak, string>;
