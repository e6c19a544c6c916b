import type { idPane } from "../id/pane";

/** The task pane's frame: title, views, toolbar, Periksa, errors and notices. */
export const enPane = {
  "pane.title": "Rakit",
  "pane.subtitle": "Performance action plan (RAK)",
  "pane.lang.switch": "Switch language to Bahasa Indonesia",
  "pane.lang.other": "Bahasa Indonesia",
  "pane.views.label": "Rakit features",
  "pane.view.periksa": "Check",
  "pane.view.anggaran": "Budget",
  "pane.view.katalog": "Catalog",
  "pane.view.tahunBaru": "New Year",
  "pane.view.cetak": "Print",
  "pane.view.bantuan": "Help",

  "pane.toolbar.label": "Check actions",
  "pane.highlights.label": "Highlights on the sheet",
  "pane.action.periksa": "Check",
  "pane.action.highlight": "Highlight on sheet",
  "pane.action.clear": "Clear highlights",
  "pane.busy.check": "Checking the sheet…",
  "pane.busy.highlight": "Highlighting the cells with findings…",
  "pane.busy.clear": "Clearing highlights…",
  "pane.busy.select": "Selecting the cell…",

  "pane.results.label": "Check results",
  "pane.summary.label": "Plan summary",
  "pane.summary.sheet": "Sheet",
  "pane.summary.unit": "Unit",
  "pane.summary.year": "Year",
  "pane.summary.sasaran": "Sasaran (goals)",
  "pane.summary.indikator": "Indicators",
  "pane.summary.budget": "Total budget",
  "pane.summary.errors": "Errors",
  "pane.summary.warnings": "Warnings",
  "pane.summary.noBudgetColumn": "no budget column",
  "pane.summary.missing": "not given",

  "pane.noPlan.title": "No RAK on this sheet",
  "pane.noPlan.body":
    'Rakit found no RAK table on sheet "{sheet}". If the table is there, point at its column-heading row (the row with No, Sasaran, Indikator Kinerja, ...).',
  "pane.noPlan.atRow":
    'Row {row} of sheet "{sheet}" is not the column-heading row of a RAK table. Check the row number, then read again.',
  "pane.header.label": "Column-heading row",
  "pane.header.hint": "The row number as Excel shows it, e.g. 7.",
  "pane.header.invalid": "Enter a row number from 1 to {max:number}.",
  "pane.header.reread": "Read again",

  "pane.findings.label": "Findings",
  "pane.findings.none": "No findings. This plan is ready.",
  "pane.findings.noneOfSeverity": "No findings of this severity.",
  "pane.findings.where": "{severity} at {address}",
  "pane.findings.detail": "Details",
  "pane.findings.group": "{severity} ({count:number})",
  "pane.findings.more": "Show {count:number} more",
  "pane.findings.shown": "Showing {shown:number} of {total:number} {total|finding|findings}.",
  "pane.filter.label": "Filter findings by severity",
  "pane.filter.all": "All",
  "pane.filter.option": "{label} ({count:number})",

  "pane.error.check": "The check failed",
  "pane.error.select": "Couldn't select the cell",
  "pane.error.highlight": "Couldn't highlight the cells",
  "pane.error.clear": "Couldn't clear the highlights",
  "pane.error.code": "Code: {code}",
  "pane.error.internal":
    "Something went wrong inside Rakit ({detail}). The sheet was not changed. Try again; if it keeps happening, report this message.",
  "pane.error.dismiss": "Dismiss message",

  "pane.notice.checked":
    "Check finished: {errors:number} {errors|error|errors}, {warnings:number} {warnings|warning|warnings}.",
  "pane.notice.noPlan": "Check finished: no RAK table on this sheet.",
  "pane.notice.highlighted": "The cells with findings are highlighted on the sheet. Remove them with Clear highlights.",
  "pane.notice.cleared": "Rakit's highlights were removed from the sheet.",

  "pane.error.budget": "Couldn't total the budget",
  "pane.error.writeBudget": "Couldn't write the budget to the sheet",
  "pane.error.schedule": "Couldn't read the schedule",
  "pane.error.highlightSchedule": "Couldn't highlight the schedule",
  "pane.error.clearSchedule": "Couldn't clear the schedule highlights",
} as const satisfies Record<keyof typeof idPane, string>;
