import type { idFindings } from "../id/findings";

/** Validator findings: severities, the finding line, and one `rule.<code>` message per rule. */
export const enFindings = {
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",
  "finding.line": "{severity} at {address}: {message}",

  "noTable.found": "Column headings read in row {row}: {found}.",
  "noTable.nothingFound": "No RAK column headings found (No, Sasaran, Indikator, Target, Kegiatan, …).",
  "noTable.needsBody": "There is no Indikator or Kegiatan column yet.",
  "noTable.needsOne": "One more kind of column is needed, e.g. {examples}.",
  "noTable.needsTwo": "Two more kinds of column are needed, e.g. {examples}.",
  "noTable.unreadable": "The table under them could not be read as a RAK.",
  "noTable.kind.period": "months (B1–B12) or quarters (TW I–IV)",

  "rule.table.noRows":
    "The table has no rows yet: fill in the sasaran, indicators and activities under the column headings (row {headerRow}).",

  "rule.table.contentOutside":
    "There is content at {cells}, far from the RAK table; it was not read. Delete it if it was typed by accident.",

  "rule.cell.textTooLong":
    "Cell {cell} holds {length:number} characters; Excel keeps at most {max:number} per cell and will cut it. Shorten the text.",

  "rule.meta.yearMismatch":
    "Tahun Anggaran {tahunAnggaran} differs from the plan year {year} in the title. Make them the same (usually Tahun Anggaran {year}).",
  "rule.meta.yearMissing":
    'No plan year in the title or on a "Tahun Anggaran" line. Add the year to the title, e.g. "TAHUN 2024".',
  "rule.meta.titleYearMissing":
    'The title has no plan year; Tahun Anggaran {tahunAnggaran} is used instead. Add "TAHUN {tahunAnggaran}" to the title.',
  "rule.meta.unitMissing":
    'The organisation unit is missing. Write it above the table, e.g. "Nama /Unit Organisasi : ...".',

  "rule.block.numberMissing": "The sasaran in row {row} has no number. Put {expected} in the No column.",
  "rule.block.numberSkipped": "Sasaran number {no} in row {row} is out of sequence: it should be {expected}.",
  "rule.block.numberRepeated":
    "Sasaran number {no} in row {row} is already used in row {firstRow}. Number the sasaran 1, 2, 3 and so on.",
  "rule.block.sasaranMissing": "Sasaran strategis number {block} (row {row}) is empty. Write the sasaran.",
  "detail.block.sasaranMissing":
    'In a KPU plan, a sasaran names its activity with the budget code, e.g. "Masa Kampanye Pemilu (6870)".',
  "rule.block.codeMissing":
    'Sasaran "{sasaran:short}" has no 4-digit activity code in parentheses. Add the code at the end, e.g. "(6709)".',
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

  "rule.row.budgetMissing": "The budget in row {row} is empty. Enter the amount, or 0 if this activity costs nothing.",
  "rule.row.budgetError":
    "The budget in row {row} holds the error {error}. Fix the formula or type the amount as a number.",
  "rule.row.budgetNegative": "The budget in row {row} is negative ({amount:rupiah}). A budget cannot be below zero.",
  "rule.row.budgetText":
    'The budget in row {row} is typed as text ("{value}"). Type it as a number: {amount}, without "Rp" and dots.',
  "rule.row.budgetUnreadable":
    'The budget in row {row} ("{value}") cannot be read as a rupiah amount. Type the amount as a number, e.g. 15048000.',

  "rule.row.indicatorMissing":
    "The performance indicator in row {row} is empty. Write the indicator measured for this row's activity.",
  "rule.row.kegiatanMissing":
    "The activity (Kegiatan) in row {row} is empty. Write the activity planned for this row's indicator.",
  "rule.row.targetMissing": "The target in row {row} is empty. Enter the target, e.g. 100.",
  "rule.row.targetNotNumber":
    'The target in row {row} ("{value}") is not a number, but its indicator is a percentage. Enter a number from 0 to 100.',
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
    'The indicator in row {row} repeats row {firstRow} in the same sasaran ("{indicator:short}").',
  "detail.row.indicatorDuplicate": "Merge the two rows, or word the indicators differently.",

  "rule.total.mismatch":
    "The total row says {amount:rupiah}, but the sasaran budgets add up to {expected:rupiah} (difference {difference:rupiah}).",
  "detail.total.mismatch": "Correct the amount, or use the formula {formula} so that it always matches.",
  "rule.total.unchecked": "The total cannot be checked: no readable budget for sasaran {blocks}.",
  "detail.total.unchecked": "Enter those sasaran budgets as numbers; Rakit can then check the total against them.",
  "rule.total.error": "The total row holds the error {error}. Replace it with the formula {formula}.",
  "rule.total.amountMissing": "The total row has no amount. Enter the formula {formula} (it gives {expected:rupiah}).",
  "rule.total.text":
    'The total row\'s amount is typed as text ("{value}"). Type it as a number or use the formula {formula}.',
  "rule.total.unreadable":
    'The total row\'s amount ("{value}") cannot be read as a rupiah amount. Replace it with the formula {formula}.',

  "rule.season.routinePartial":
    'Routine activity {code} in row {row} ("{kegiatan:short}") is not planned in {missing}. Routine work usually runs all year.',
  "rule.season.outsideWindow":
    'Row {row} ("{kegiatan:short}") is planned in {outside}, outside the window of the stage "{stage:short}" ({allowed}).',
  "detail.season.outsideWindow":
    "The stage's windows in {year}: {windows}. Reporting and evaluation rows may follow in the months after a window.",
  "rule.season.outsideEstimate":
    'Row {row} ("{kegiatan:short}") is planned in {outside}, outside the estimated window of the stage "{stage:short}" ({allowed}).',
  "detail.season.outsideEstimate":
    "This stage's windows in {year} are only Rakit's estimates, not an official schedule: {windows}. Check the schedule; if the plan is right, ignore this note.",
  "rule.season.unknownCode": 'Activity code {code} ("{sasaran:short}") is not in the catalog for {year}.',
  "detail.season.unknownCode":
    'The catalog "{catalog}" has no activity with code {code} for {year}, so its schedule is not checked. Check the code, or add the activity to the Katalog sheet.',
} as const satisfies Record<keyof typeof idFindings, string>;
