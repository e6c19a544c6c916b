import type { idBudget } from "../id/budget";

/** Budget totals, the Rekap Anggaran and RPD sheets, schedule notes. */
export const enBudget = {
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
    "{count} subtotal {count|row was|rows were} inserted under the sasaran. The total row uses SUBTOTAL, so the subtotals are not counted twice.",
  "budget.note.subtotalReplaced": "The subtotal formula in {address} ({old}) is replaced by {formula}.",
  "budget.note.split": "The budget of sasaran {blocks} is split between several pelaksana by their number of rows.",
  "budget.note.rpdNoPeriods":
    'No "RPD Draf" sheet was made: this table has no month or quarter columns to spread its budget over.',
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
  "schedule.note.noPeriods":
    "This table has no month or quarter columns, so there is no schedule to read or shade. The sheet was not changed.",
  "schedule.note.cleared": "Rakit's schedule shading was removed; your own conditional formatting rules are untouched.",
} as const satisfies Record<keyof typeof idBudget, string>;
