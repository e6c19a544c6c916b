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

  "pane.error.budget": "Couldn't total the budget",
  "pane.error.writeBudget": "Couldn't write the budget to the sheet",
  "pane.error.schedule": "Couldn't read the schedule",
  "pane.error.highlightSchedule": "Couldn't highlight the schedule",
  "pane.error.clearSchedule": "Couldn't clear the schedule highlights",

  "pane.anggaran.parts.label": "Budget sections",
  "pane.anggaran.part.budget": "Budget breakdown",
  "pane.anggaran.part.schedule": "Schedule",
  "pane.anggaran.noPlan":
    'Rakit found no RAK table on sheet "{sheet}". Open the RAK sheet, or point at its column-heading row in Check, then press Recalculate.',
  "pane.anggaran.toolbar.label": "Budget actions",
  "pane.anggaran.action.refresh": "Recalculate",
  "pane.anggaran.action.write": "Write to sheet",
  "pane.anggaran.write.hint":
    "Write to sheet adds the JUMLAH (total) row, subtotals where needed, and a Rekap Anggaran sheet with a chart, all as formulas.",
  "pane.anggaran.options.label": "Write to sheet options",
  "pane.anggaran.option.rpd": "Draft RPD",
  "pane.anggaran.option.rpdHint": 'Also an "RPD Draf" sheet: the disbursement plan by month, for the PPK.',
  "pane.anggaran.option.rpdHintQuarter": 'Also an "RPD Draf" sheet: the disbursement plan by quarter, for the PPK.',
  "pane.anggaran.option.lagMonth": "Shift by 1 month",
  "pane.anggaran.option.lagQuarter": "Shift by 1 quarter",
  "pane.anggaran.option.lagHint": "Funds are drawn one period after the activity, to pay afterwards.",
  "pane.anggaran.busy.budget": "Totalling the budget…",
  "pane.anggaran.busy.writeBudget": "Writing to the sheet…",
  "pane.anggaran.busy.schedule": "Reading the schedule…",
  "pane.anggaran.busy.highlightSchedule": "Highlighting the schedule…",
  "pane.anggaran.busy.clearSchedule": "Clearing the schedule highlights…",
  "pane.anggaran.results.label": "Budget results",
  "pane.anggaran.total": "Total budget",
  "pane.anggaran.sheet": "Sheet {sheet}",
  "pane.anggaran.bySasaran": "By sasaran",
  "pane.anggaran.byCode": "By activity code",
  "pane.anggaran.byPelaksana": "By pelaksana",
  "pane.anggaran.byMonth": "By month",
  "pane.anggaran.byQuarter": "By quarter",
  "pane.anggaran.periodView.label": "Budget by period",
  "pane.anggaran.periodView.period": "Month",
  "pane.anggaran.periodView.quarter": "Quarter",
  "pane.anggaran.col.no": "No.",
  "pane.anggaran.col.code": "Code",
  "pane.anggaran.col.sasaran": "Sasaran (goal)",
  "pane.anggaran.col.amount": "Budget",
  "pane.anggaran.col.pelaksana": "Pelaksana (unit)",
  "pane.anggaran.col.month": "Month",
  "pane.anggaran.col.quarter": "Quarter",
  "pane.anggaran.sum": "Total",
  "pane.anggaran.noCode": "no code",
  "pane.anggaran.noPelaksana": "(no pelaksana)",
  "pane.anggaran.noAmount": "not given",
  "pane.anggaran.blocks": "sasaran {blocks}",
  "pane.anggaran.split": "includes shares of sasaran {blocks}, split by row count",
  "pane.anggaran.unscheduled": "Not scheduled",
  "pane.anggaran.notes.label": "Budget notes",
  "pane.anggaran.written.title": "Written to: {sheets}",
  "pane.anggaran.written.nothing": "Nothing needed writing",
  "pane.anggaran.notice.computed": "Budget totalled: {total:rupiah}.",
  "pane.anggaran.notice.noPlan": "No RAK table on this sheet.",
  "pane.anggaran.notice.written": "The budget was written to the sheet as formulas, and the sheet checked again.",

  "pane.jadwal.toolbar.label": "Schedule actions",
  "pane.jadwal.action.highlight": "Highlight schedule",
  "pane.jadwal.action.clear": "Clear schedule highlights",
  "pane.jadwal.results.label": "Schedule results",
  "pane.jadwal.rows": "{count:number} activity rows on sheet {sheet}.",
  "pane.jadwal.byMonth": "Rows per month",
  "pane.jadwal.byQuarter": "Rows per quarter",
  "pane.jadwal.emptyMonths": "Months without activities: {periods}.",
  "pane.jadwal.emptyQuarters": "Quarters without activities: {periods}.",
  "pane.jadwal.noEmptyMonth": "Every month has activities.",
  "pane.jadwal.noEmptyQuarter": "Every quarter has activities.",
  "pane.jadwal.unplanned.title": "Rows without a schedule ({count:number})",
  "pane.jadwal.unplanned.label": "Rows without a schedule",
  "pane.jadwal.unplanned.none": "Every row has a schedule.",
  "pane.jadwal.unplanned.row": "Row {row}",
  "pane.jadwal.unplanned.hint":
    'Choose a row to select its schedule cells on the sheet, then mark the planned periods with "v".',
  "pane.jadwal.notice.computed": "Schedule read: {count:number} rows without a schedule.",

  "pane.katalog.toolbar.label": "Catalog actions",
  "pane.katalog.search": "Search the catalog",
  "pane.katalog.searchHint": "Case and accents do not matter; words in any order.",
  "pane.katalog.action.insert": "Insert",
  "pane.katalog.action.refresh": "Read again",
  "pane.katalog.selected": "{count:number} entries chosen.",
  "pane.katalog.busy.load": "Reading the catalog and the plan…",
  "pane.katalog.busy.insert": "Inserting rows…",
  "pane.katalog.results.label": "Catalog entries",
  "pane.katalog.count": "{shown:number} of {total:number} entries, {catalog}.",
  "pane.katalog.none": 'No entry matches "{query}".',
  "pane.katalog.routine": "Routine, all year",
  "pane.katalog.stage": "Stage {stage}: {windows}",
  "pane.katalog.noSeason": "Season unknown",
  "pane.katalog.entryHint": "{indicator} · target {target} {satuan} · months {months} · {pelaksana}",
  "pane.katalog.inPlan": "Already in the plan: row {row}",
  "pane.katalog.inPlanCount": "{count:number} already in the plan",
  "pane.katalog.inserted.title": "Inserted into sheet {sheet}",
  "pane.katalog.inserted.label": "Inserted rows",
  "pane.katalog.inserted.row": "Row {row}, sasaran {block}: {kegiatan}",
  "pane.katalog.notes.label": "Insert notes",
  "pane.katalog.checked": "Checked again: {errors:number} errors, {warnings:number} warnings.",
  "pane.katalog.refused.title": "Nothing was inserted",
  "pane.katalog.problem.title": 'Sheet "{sheet}" is not used',
  "pane.katalog.problem.body": "It has {count:number} problems, so Rakit uses its own catalog. Fix these rows:",
  "pane.katalog.problem.label": "Katalog sheet problems",
  "pane.katalog.error.load": "The catalog could not be read",
  "pane.katalog.error.insert": "The entries could not be inserted",
  "pane.katalog.notice.loaded": "Catalog read: {count:number} entries, {inPlan:number} already in the plan.",
  "pane.katalog.notice.inserted":
    "{count:number} rows inserted and selected in the sheet; the sheet was checked again.",
  "pane.katalog.notice.refused": "Nothing was inserted.",
  "pane.katalog.notice.noPlan": "There is no RAK table on this sheet.",
  "pane.katalog.noPlan":
    'Rakit found no RAK table on sheet "{sheet}". Open the RAK sheet, or point at its header row in Check, then press Read again.',

  "pane.tahunBaru.toolbar.label": "New Year actions",
  "pane.tahunBaru.intro": 'Next year\'s plan from sheet "{sheet}", on a new sheet. Sheet "{sheet}" is not changed.',
  "pane.tahunBaru.year": "New plan year",
  "pane.tahunBaru.yearInvalid": "Write a four-digit year, e.g. 2025.",
  "pane.tahunBaru.name": "New sheet name",
  "pane.tahunBaru.nameHint": 'Leave empty for "{name}".',
  "pane.tahunBaru.clear.label": "Clear on the new sheet",
  "pane.tahunBaru.clear.months": "Month marks",
  "pane.tahunBaru.clear.targets": "Targets",
  "pane.tahunBaru.clear.budget": "Budgets",
  "pane.tahunBaru.clear.hint": "What is not ticked is copied as it is.",
  "pane.tahunBaru.drops.title": "Proposed for removal ({count:number})",
  "pane.tahunBaru.drops.hint":
    "Per the catalog, the stage of these sasaran does not run in {year}. Tick the ones to remove from the new sheet; the others stay. Routine sasaran always stay.",
  "pane.tahunBaru.drops.none": "No stage sasaran is proposed for removal. Routine sasaran always stay.",
  "pane.tahunBaru.drop": "Remove sasaran {no} ({code})",
  "pane.tahunBaru.mentions.title": "Years in the text ({count:number})",
  "pane.tahunBaru.mentions.hint": "Not changed unless you tick them.",
  "pane.tahunBaru.mentions.none": "No other year is mentioned in the text.",
  "pane.tahunBaru.mention": '{address}: change to "{suggestion}"',
  "pane.tahunBaru.mentionNow": 'Now: "{text}"',
  "pane.tahunBaru.action.create": "Create {name}",
  "pane.tahunBaru.action.refresh": "Read again",
  "pane.tahunBaru.busy.preview": "Reading the sheet…",
  "pane.tahunBaru.busy.create": "Creating the new sheet…",
  "pane.tahunBaru.review.label": "New Year review",
  "pane.tahunBaru.done.title": 'Sheet "{sheet}" created from "{source}"',
  "pane.tahunBaru.changes.label": "Changes",
  "pane.tahunBaru.notes.label": "New Year notes",
  "pane.tahunBaru.checked":
    'Sheet "{sheet}" checked: {errors:number} errors, {warnings:number} warnings, {infos:number} notes.',
  "pane.tahunBaru.refused.title": "The new sheet cannot be created yet",
  "pane.tahunBaru.error.preview": "The sheet could not be read for New Year",
  "pane.tahunBaru.error.create": "The new sheet could not be created",
  "pane.tahunBaru.notice.previewed": 'Ready to create "{sheet}".',
  "pane.tahunBaru.notice.created": 'Sheet "{sheet}" created and opened.',
  "pane.tahunBaru.notice.noPlan": "There is no RAK table on this sheet.",
  "pane.tahunBaru.noPlan":
    'Rakit found no RAK table on sheet "{sheet}". Open this year\'s RAK sheet, then press Read again.',

  "pane.cetak.toolbar.label": "Print actions",
  "pane.cetak.intro":
    "One click: the active sheet is checked, Rakit's highlights are removed, then the page is set up: landscape, the column headings on every page, all columns fit the paper's width, page numbers.",
  "pane.cetak.paper.label": "Paper",
  "pane.cetak.paper.folio": "F4/Folio (8.5 × 13 in)",
  "pane.cetak.paper.a4": "A4",
  "pane.cetak.action.prepare": "Prepare for printing",
  "pane.cetak.action.anyway": "Print anyway",
  "pane.cetak.busy": "Setting up the page…",
  "pane.cetak.blocked.title": 'Sheet "{sheet}" still has {errors:number} errors',
  "pane.cetak.blocked.body": "Fix them first (click a finding to select its cell), or choose Print anyway.",
  "pane.cetak.findings.label": "Findings that stop printing",
  "pane.cetak.done.title": 'Sheet "{sheet}" is ready to print',
  "pane.cetak.forced": "Set up although the sheet still has errors.",
  "pane.cetak.manual.title": "Set up the page by hand",
  "pane.cetak.manual.label": "Steps to set up the page",
  "pane.cetak.error": "The page could not be set up",
  "pane.cetak.notice.done": "The page is set up. Print from File > Print.",
  "pane.cetak.notice.blocked": "Not set up: the sheet still has {errors:number} errors.",
  "pane.cetak.notice.manual": "Rakit's highlights were removed; set up the page by hand with the steps above.",
  "pane.cetak.notice.noPlan": "There is no RAK table on this sheet.",
  "pane.cetak.noPlan":
    'Rakit found no RAK table on sheet "{sheet}". Open the RAK sheet to print, then press Prepare for printing.',

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

  "rollover.done": 'Sheet "{sheet}" was made from "{source}" for the year {year}. Sheet "{source}" is unchanged.',
  "rollover.change.titleYear": 'Title ({address}): "{from}" became "{to}".',
  "rollover.change.tahunAnggaran": 'Tahun Anggaran ({address}): "{from}" became "{to}".',
  "rollover.change.signatureDate":
    'Signature date ({address}): "{from}" became "{to}". Complete the date; the cell stays highlighted until "…" is replaced.',
  "rollover.change.clearedMonths": "Month marks cleared ({cells} cells).",
  "rollover.change.clearedBudget": "Budgets cleared ({cells} cells).",
  "rollover.change.clearedTargets": "Targets cleared ({cells} cells).",
  "rollover.change.yearMention": 'Cell {address}: "{from}" became "{to}".',
  "rollover.change.dropped": "Sasaran {no} ({code}) removed: row(s) {rows} of the old sheet.",
  "rollover.change.renumbered": "Sasaran number {from} became number {to}.",
  "rollover.change.totalUpdated": "The total in {address} was set to {amount:rupiah}.",
  "rollover.change.totalCleared": "The total in {address} was cleared with the budgets.",
  "rollover.note.noTitleYear": 'The title has no year, so it was not changed. Add "TAHUN {year}" to the title.',
  "rollover.note.noTahunAnggaran": 'There is no "Tahun Anggaran" line above the table; add one if needed.',
  "rollover.note.noSignatureDate":
    'No signature date ("Town, day month year") was found below the table; fill it in yourself.',
  "rollover.note.formulaKeptTitle": "The title in {address} is a formula, so it was not changed. Check its year.",
  "rollover.note.formulaKeptTahunAnggaran":
    "The Tahun Anggaran in {address} is a formula, so it was not changed. Check its year.",
  "rollover.note.formulaKeptBudget": "The budget in {address} is a formula, so it was left as it is.",
  "rollover.note.unknownBlock": "There is no sasaran number {no}; nothing was removed for it.",
  "rollover.review.mentionsTitle": "Years mentioned in the text ({count}); not changed unless you choose to:",
  "rollover.review.mention": '{address}: "{text}"\n      suggested: "{suggestion}"',
  "rollover.review.dropsTitle": "Stage sasaran that do not run in {year} ({count}), proposed for removal:",
  "rollover.review.drop.stageEnded": 'Sasaran {no} "{title:short}" ({code}): stage {years}, over before {year}.',
  "rollover.review.drop.stageNotStarted":
    'Sasaran {no} "{title:short}" ({code}): stage {years}, not started in {year}.',
  "rollover.review.drop.stageOutside": 'Sasaran {no} "{title:short}" ({code}): stage {years}, not running in {year}.',
  "rollover.review.dropAccepted": "removed",
  "rollover.problem.invalidYear": "The year {year} can't be used; write a four-digit year, e.g. 2025.",
  "rollover.problem.invalidName.empty": "The sheet name can't be empty.",
  "rollover.problem.invalidName.tooLong": 'The sheet name "{name}" is longer than 31 characters; shorten it.',
  "rollover.problem.invalidName.badCharacter":
    'The sheet name "{name}" has characters Excel does not allow (: \\ / ? * [ ]).',
  "rollover.problem.invalidName.apostropheEdge": "The sheet name \"{name}\" can't start or end with an apostrophe (').",
  "rollover.problem.invalidName.reserved": 'Excel keeps the name "{name}" for itself; choose another.',
  "rollover.problem.nameTaken": 'A sheet "{name}" already exists; choose another name.',
  "rollover.check": 'New sheet "{sheet}": {errors} errors, {warnings} warnings, {infos} notes.',
  "rollover.cli.catalogIgnored":
    'Sheet "{sheet}" was not used: {count} of its rows have problems; the proposed removals use Rakit\'s own catalog.',
  "rollover.cli.dropHint": "Add --drop-ended to remove the proposed sasaran.",
  "rollover.cli.mentionHint": "Add --change-years to take every suggested year.",
  "rollover.cli.notInput": "-o must not be the input file: Tahun Baru writes a new file.",
  "rollover.cli.written": "Written to {out}.",

  "print.footer": "Page &P of &N",
  "print.paper.folio": "F4/Folio (8.5 × 13 in)",
  "print.paper.a4": "A4 (21 × 29.7 cm)",
  "print.ready":
    "Ready to print: {paper}, landscape, print area {area}, rows {rows} repeated on every page, all columns fitted to one page wide, page numbers in the footer.",
  "print.blocked":
    "This sheet still has {errors} errors. Fix them first, or choose Cetak tetap (print anyway) to set up the page regardless.",
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
  "print.cli.anywayHint": "Add --anyway to set up the page regardless (Cetak tetap).",
  "print.cli.notInput": "-o must not be the input file: Cetak writes a new file.",
  "print.cli.written": "Written to {out}.",
  "print.cli.pdf": "PDF written to {pdf} (LibreOffice, {ms} ms).",
  "print.cli.noSoffice":
    "No PDF: LibreOffice (soffice) is not installed. Install the libreoffice-calc package, or open {out} in Excel and save it as PDF.",
  "print.cli.pdfFailed": "No PDF: LibreOffice failed ({reason}).",

  "rule.season.routinePartial":
    'Routine kegiatan {code} in row {row} ("{kegiatan:short}") is planned in only {planned} of {all} periods; nothing in {missing}. Routine kegiatan usually run every month.',
  "rule.season.outsideWindow":
    'Row {row} ("{kegiatan:short}") is planned in {outside}, outside the window of the stage "{stage}" in {year} ({allowed}). Window: {window}.',
  "rule.season.unknownCode":
    'Kegiatan code {code} ("{sasaran:short}") is not in the catalog "{catalog}" for {year}. Check the code, or add the kegiatan to the Katalog sheet.',

  "catalog.error.line": "{where}, {field}: {message}",
  "catalog.error.lineNoField": "{where}: {message}",
  "catalog.where.entry": "Entry {n} (line {line})",
  "catalog.where.entryNoLine": "Entry {n}",
  "catalog.where.stage": "Stage {n} (line {line})",
  "catalog.where.stageNoLine": "Stage {n}",
  "catalog.where.line": "Line {line}",
  "catalog.where.row": "Katalog sheet, row {row}",
  "catalog.where.file": "Catalog",
  "catalog.error.syntax": "Not valid JSON at column {column}: {detail}.",
  "catalog.error.format": 'Not a Rakit catalog file ("format" is "{value}", not "rakit-katalog").',
  "catalog.error.version": 'Unknown catalog version "{value}"; Rakit reads version 1.',
  "catalog.error.notObject": "Must be a JSON object ({ ... }).",
  "catalog.error.notArray": "Must be a JSON list ([ ... ]).",
  "catalog.error.noEntries": "The catalog has no entries.",
  "catalog.error.required": "Missing.",
  "catalog.error.notText": "Must be text.",
  "catalog.error.notNumber": 'Must be a number, not negative, not "{value}".',
  "catalog.error.code": 'A kegiatan code has 4 digits, e.g. 3355, not "{value}".',
  "catalog.error.months": 'Months are numbers 1 to 12, e.g. "1-12" or "2, 3, 4", not {value}.',
  "catalog.error.years":
    'Years are a year or a list of years, e.g. 2024 or "2023, 2024", or "semua" (all), not {value}.',
  "catalog.error.season":
    'The kind is "Rutin" (routine) or "Tahapan" (stage) (in JSON: "routine" or {"stage": "..."}), not {value}.',
  "catalog.error.sumberDana": 'The sumber dana is DIPA or Hibah, not "{value}".',
  "catalog.error.date": 'Dates are written YYYY-MM-DD (e.g. 2024-02-14), a span with "s.d.", not "{value}".',
  "catalog.error.windowOrder": "The window ends ({to}) before it starts ({from}).",
  "catalog.error.noWindows": "A stage needs at least one window of dates.",
  "catalog.error.basis": 'A window\'s basis is "official", "approximation" or "office", not "{value}".',
  "catalog.error.sourceCount":
    'There are {windows} windows but {sources} sources: give one source for all, or one per window separated by "|".',
  "catalog.error.unknownStage":
    'Unknown stage "{stage}": write its window in the Jendela column, or use a stage id of the standard catalog.',
  "catalog.error.duplicateId": 'The ID "{id}" is used twice (first at entry/row {first}).',
  "catalog.error.duplicateStage": 'The stage id "{id}" is used twice (first at stage {first}).',
  "catalog.error.seasonConflict":
    "Code {code} already has another kind at entry {other} for the same year; a code has one kind (routine, or one stage) per year.",
  "catalog.error.stageConflict":
    'Stage "{stage}" already has other windows in row {first}; make them the same, or leave Jendela empty in one of them.',
  "catalog.error.noHeader":
    'Sheet "{sheet}" has no catalog header row (columns Kode, Indikator, Kegiatan, ...) in its first ten rows.',
  "catalog.error.missingColumn": 'The Katalog sheet\'s header row has no "{column}" column.',

  "catalog.cli.source": "Catalog: {name} ({count} entries).",
  "catalog.cli.group": "{code} {name} ({count} entries)",
  "catalog.cli.officeSheet": 'Sheet "{sheet}" is used with the standard catalog ({count} office entries).',
  "catalog.cli.written": 'Sheet "{sheet}" written to {out} ({count} entries).',
  "catalog.cli.jsonWritten": "Catalog JSON written to {out} ({count} entries).",
  "catalog.cli.valid": "Catalog {file} is valid: {count} entries, {stages} stages.",
  "catalog.cli.rejected": "Catalog {file} rejected; nothing imported ({count} problems):",

  "insert.note.rowsAdded":
    "{count} row(s) inserted at the end of sasaran {no} ({sasaran:short}), row(s) {rows}; the rows below moved down.",
  "insert.note.blockAdded":
    "New sasaran number {no}, {sasaran}, inserted in row(s) {rows}, in the catalog's code order.",
  "insert.note.renumbered": "{count} sasaran below it renumbered.",
  "insert.note.blockBudgetZero": "The new sasaran {no}'s budget at {address} is 0: fill in its amount.",
  "insert.note.rowBudgetZero": "The new rows' budgets ({addresses}) are 0: fill in their amounts.",
  "insert.note.budgetUnchanged":
    "Sasaran {no}'s budget ({address}) is unchanged; adjust it if the new kegiatan cost money.",
  "insert.note.totalUpdated": "The total's formula at {address} now reads {formula}, covering the new rows.",
  "insert.note.totalCheck":
    "The total's formula at {address} ({formula}) is not the sum of one range; check that it counts the new rows, or run Anggaran.",
  "insert.note.subtotalUpdated": "The subtotal's formula at {address} now reads {formula}.",
  "insert.note.subtotalMissing": "The new sasaran {no} has no subtotal row yet; run Anggaran to add it.",
  "insert.note.rekapRewritten": 'Sheet "{sheet}" rewritten so that its formulas cover the new rows.',
  "insert.note.rpdStale": 'Sheet "{sheet}" does not include the new rows yet; run Anggaran with the RPD again.',
  "insert.note.alreadyInPlan": "Entry {id} is already in row {row}; inserted as a new row all the same.",
  "insert.note.otherYear": "Entry {id} applies to {years}, but this RAK is for {year}.",
  "insert.note.genericNames":
    'The RAK names no organisational unit, so "{satker}" stands for the office in the entries\' text.',
  "insert.note.sharedCode":
    "Code {code} is in several sasaran ({blocks}); the new rows went into sasaran {no}, the lowest.",
  "insert.note.mergesInferred":
    "This Excel does not report merged cells (that needs ExcelApi 1.13), so Rakit takes a No, Sasaran, budget or Pelaksana cell with blanks under it for one merged cell and extends it over the new rows. Check the result.",
  "insert.note.topFormats":
    "The new sasaran is at the top of the table, under the column headings: borders and font were set again, but check its alignment and text wrapping.",
  "insert.refuse.noEntries": "Choose one or more catalog entries to insert.",
  "insert.refuse.unknownEntry": "Entry {id} is not in the catalog; nothing was inserted.",
  "insert.refuse.noColumns":
    "The table has no Indikator or Kegiatan column, so Rakit does not know where to write an entry.",
  "insert.cli.inserted": '{file} · sheet "{sheet}": {count} row(s) inserted.',
  "insert.cli.row": "  row {row}: [{code}] {kegiatan:short} (sasaran {no})",
  "insert.cli.written": "Written to {out}.",
} as const satisfies Record<keyof typeof id, string>;

/** Compile-time check: fails, naming the keys, when a translation's placeholders differ from Indonesian. */
type Assert<T extends true> = T;
export type EnMatchesId = Assert<SamePlaceholders<typeof id, typeof en>>;
