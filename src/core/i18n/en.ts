import type { id } from "./id";
import type { SamePlaceholders } from "./placeholders";

/**
 * English. `satisfies` makes a missing or extra key a compile error; `EnMatchesId` below makes a
 * renamed or dropped placeholder one too.
 */
export const en = {
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",
  "finding.line": "{severity} at {address}: {message}",

  "rule.table.noRows":
    "The table has no rows: there is no sasaran, indicator or kegiatan under the column headings (row {headerRow}). Fill in the kegiatan rows under the headings.",

  "rule.meta.yearMismatch":
    "Tahun Anggaran {tahunAnggaran} differs from the plan year {year} in the title. Make them the same (usually Tahun Anggaran {year}).",
  "rule.meta.yearMissing":
    'No plan year found: the title has no year and there is no "Tahun Anggaran" line. Add the year to the title, e.g. "RENCANA AKSI KINERJA TAHUN 2024".',
  "rule.meta.titleYearMissing":
    'The title has no plan year; Tahun Anggaran {tahunAnggaran} is used instead. Add "TAHUN {tahunAnggaran}" to the title.',
  "rule.meta.unitMissing":
    'The organisation unit is missing. Write it above the table, e.g. "Nama /Unit Organisasi : Sekretariat KPU Kota ...".',

  "rule.block.numberMissing": "The sasaran in row {row} has no number. Put {expected} in the No column.",
  "rule.block.numberSkipped": "Sasaran number {no} in row {row} is out of sequence: it should be {expected}.",
  "rule.block.numberRepeated":
    "Sasaran number {no} in row {row} is already used in row {firstRow}. Number the sasaran 1, 2, 3 and so on.",
  "rule.block.sasaranMissing":
    'Sasaran strategis number {block} (row {row}) is empty. Write the kegiatan name with its code, e.g. "Masa Kampanye Pemilu (6870)".',
  "rule.block.codeMissing":
    'Sasaran "{sasaran:short}" has no 4-digit kegiatan code in parentheses. Add the code at the end, e.g. "(6709)".',
  "rule.block.budgetMissing":
    "The budget (Perkiraan Biaya) of sasaran number {block} (row {row}) is empty. Enter the amount in rupiah, as a number.",
  "rule.block.budgetError":
    "The budget of sasaran number {block} holds the error {error}. Fix the formula or type the amount as a number.",
  "rule.block.budgetNegative":
    "The budget of sasaran number {block} is negative ({amount:rupiah}). A budget cannot be below zero.",
  "rule.block.budgetText":
    'The budget of sasaran number {block} is typed as text ("{value}"). Type it as a number: {amount}, without "Rp" and dots.',
  "rule.block.budgetUnreadable":
    'The budget of sasaran number {block} ("{value}") cannot be read as a rupiah amount. Type the amount as a number, e.g. 15048000.',

  "rule.row.budgetMissing": "The budget in row {row} is empty. Enter the amount, or 0 if this kegiatan costs nothing.",
  "rule.row.budgetError":
    "The budget in row {row} holds the error {error}. Fix the formula or type the amount as a number.",
  "rule.row.budgetNegative": "The budget in row {row} is negative ({amount:rupiah}). A budget cannot be below zero.",
  "rule.row.budgetText":
    'The budget in row {row} is typed as text ("{value}"). Type it as a number: {amount}, without "Rp" and dots.',
  "rule.row.budgetUnreadable":
    'The budget in row {row} ("{value}") cannot be read as a rupiah amount. Type the amount as a number, e.g. 15048000.',

  "rule.row.indicatorMissing":
    "The performance indicator in row {row} is empty. Write the indicator measured for this row's kegiatan.",
  "rule.row.kegiatanMissing":
    "The kegiatan in row {row} is empty. Write the activity planned for this row's indicator.",
  "rule.row.targetMissing": "The target in row {row} is empty. Enter the target as a number, e.g. 100.",
  "rule.row.targetNotNumber":
    'The target in row {row} ("{value}") is not a number. Enter the target as a number, e.g. 100.',
  "rule.row.targetPercentRange":
    "The target in row {row} is {target:number}, but its indicator is a percentage. Enter a number between 0 and 100.",
  "rule.row.noMonth": 'Row {row} ("{kegiatan:short}") has no month planned. Put a "v" in each month it is planned for.',
  "rule.row.noQuarter":
    'Row {row} ("{kegiatan:short}") has no quarter planned. Put a "v" in each quarter it is planned for.',
  "rule.row.periodInvalid":
    'Cell {cell} holds "{value}", which is neither a "v" mark nor a number. Use "v" or clear it.',
  "rule.row.pelaksanaMissing":
    'The pelaksana in row {row} is empty. Write the unit that carries it out, e.g. "Subbagian Keuangan, Umum dan Logistik".',
  "rule.row.indicatorDuplicate":
    'The indicator in row {row} repeats row {firstRow} in the same sasaran ("{indicator:short}"). Merge the two rows or word the indicators differently.',

  "rule.total.mismatch":
    "The total row says {amount:rupiah} but the sasaran budgets add up to {expected:rupiah}; the difference is {difference:rupiah}. Correct the amount or use the formula {formula}.",
  "rule.total.error": "The total row holds the error {error}. Replace it with the formula {formula}.",
  "rule.total.amountMissing": "The total row has no amount. Enter the formula {formula} (it gives {expected:rupiah}).",
  "rule.total.text":
    'The total row\'s amount is typed as text ("{value}"). Type it as a number or use the formula {formula}.',
  "rule.total.unreadable":
    'The total row\'s amount ("{value}") cannot be read as a rupiah amount. Replace it with the formula {formula}.',

  "pane.title": "Rakit",
  "pane.subtitle": "Performance action plan (RAK)",
  "pane.lang.switch": "Switch language to Bahasa Indonesia",
  "pane.lang.other": "Bahasa Indonesia",
  "pane.views.label": "Rakit features",
  "pane.view.periksa": "Check",
  "pane.view.anggaran": "Budget",
  "pane.view.katalog": "Catalogue",
  "pane.view.tahunBaru": "New Year",
  "pane.view.cetak": "Print",
  "pane.view.bantuan": "Help",
  "pane.comingSoon.title": "{view}: coming soon",
  "pane.comingSoon.body": "This feature is being prepared. Meanwhile, use Check to check the plan on the active sheet.",

  "pane.toolbar.label": "Check actions",
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
  "pane.summary.missing": "not given",
  "pane.summary.prompt": "Press Check to see the list of findings.",

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
  "pane.findings.group": "{severity} ({count:number})",
  "pane.findings.more": "Show {count:number} more",
  "pane.findings.shown": "Showing {shown:number} of {total:number} findings.",
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

  "pane.notice.checked": "Check finished: {errors:number} errors, {warnings:number} warnings.",
  "pane.notice.noPlan": "Check finished: no RAK table on this sheet.",
  "pane.notice.highlighted": "The cells with findings are highlighted on the sheet. Remove them with Clear highlights.",
  "pane.notice.cleared": "Rakit's highlights were removed from the sheet.",

  "budget.label.total": "TOTAL",
  "budget.label.subtotal": "Subtotal sasaran {no}",
  "budget.rekap.title": "BUDGET SUMMARY",
  "budget.rekap.year": "Year {year}",
  "budget.rekap.source":
    "Every amount on this sheet is a formula pointing into the sheet {sheet}, so it follows any change to the budgets there.",
  "budget.rekap.bySasaran": "Budget by sasaran",
  "budget.rekap.byPelaksana": "Budget by pelaksana",
  "budget.rekap.byMonth": "Budget by month",
  "budget.rekap.byQuarter": "Budget by quarter",
  "budget.rekap.sum": "Total",
  "budget.rekap.unscheduled": "Not scheduled",
  "budget.rekap.noPelaksana": "(no pelaksana)",
  "budget.rekap.split": "includes shares of sasaran {blocks}, split by row count",
  "budget.rekap.spreadMonth":
    "Each sasaran's budget is spread evenly over its marked months (rounded down, the remainder in the last month). The marks are read when Rakit runs: run it again after changing them.",
  "budget.rekap.spreadQuarter":
    "Each sasaran's budget is spread evenly over its marked quarters (rounded down, the remainder in the last quarter). The marks are read when Rakit runs: run it again after changing them.",
  "budget.rekap.chartMonth": "Planned budget by month",
  "budget.rekap.chartQuarter": "Planned budget by quarter",
  "budget.col.no": "No.",
  "budget.col.sasaran": "Sasaran",
  "budget.col.budget": "Budget (Rp)",
  "budget.col.code": "Code",
  "budget.col.pelaksana": "Pelaksana",
  "budget.col.note": "Note",
  "budget.col.month": "Month",
  "budget.col.quarter": "Quarter",

  "budget.note.noBudgetColumn":
    "The table has no Perkiraan Biaya (budget) column, so there is no budget total to write.",
  "budget.note.totalInserted":
    "A {label} row was inserted at row {row} with the formula {formula}; the rows below it (the signature block) move down.",
  "budget.note.totalFilled": "The total cell {address} now holds the formula {formula}.",
  "budget.note.totalUpToDate": "The total cell {address} already holds the formula {formula}; left as it is.",
  "budget.note.totalNumberReplaced":
    "The total cell {address} held a typed number ({amount:rupiah}); it is replaced by the formula {formula}, so it always matches the budgets.",
  "budget.note.totalValueReplaced": 'The total cell {address} held "{value}"; it is replaced by the formula {formula}.',
  "budget.note.totalFormulaReplaced": "The total formula in {address} ({old}) is replaced by {formula}.",
  "budget.note.subtotalsInserted":
    "{count} subtotal rows were inserted under the sasaran. The total row uses SUBTOTAL, so the subtotals are not counted twice.",
  "budget.note.subtotalReplaced": "The subtotal formula in {address} ({old}) is replaced by {formula}.",
  "budget.note.split": "The budget of sasaran {blocks} is split between several pelaksana by their number of rows.",
  "budget.note.unscheduled":
    "Sasaran {blocks} ({amount:rupiah}) has no period planned, so it is left out of the monthly or quarterly spread.",
  "budget.note.unreadable":
    "The budget in {address} cannot be read as a number and is not counted. Fix it first (see Periksa), then run again.",
  "budget.note.textBudget":
    "The budget in {address} is typed as text: Rakit reads it, but the sheet's formulas do not. Type it as a number, then run again.",
  "budget.note.sheetCreated": 'The sheet "{sheet}" was created.',
  "budget.note.sheetRewritten": 'The existing sheet "{sheet}" was cleared and written again.',

  "rpd.title": "DRAFT DISBURSEMENT PLAN (RPD)",
  "rpd.note.draft":
    "Draft for the PPK: each sasaran's budget spread evenly over its planned months. This is not the official RPD; adjust it to the actual payment plan.",
  "rpd.note.lagMonth":
    "Disbursements are shifted one month after the activity. December's share stays in December, because the budget year ends on 31 December.",
  "rpd.note.lagQuarter":
    "Disbursements are shifted one quarter after the activity. The fourth quarter's share stays in the fourth quarter, because the budget year ends on 31 December.",

  "schedule.note.highlights":
    'Rows with no month planned are shaded light yellow and months no row plans light red. The shading goes away by itself once a "v" is entered.',
  "schedule.note.cleared": "Rakit's schedule shading was removed; your own conditional formatting rules are untouched.",
} as const satisfies Record<keyof typeof id, string>;

/** Compile-time check: fails, naming the keys, when a translation's placeholders differ from Indonesian. */
type Assert<T extends true> = T;
export type EnMatchesId = Assert<SamePlaceholders<typeof id, typeof en>>;
