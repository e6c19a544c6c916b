import type { idFindings } from "../id/findings";

/** Validator findings: severities, the finding line, and one `rule.<code>` message per rule. */
export const enFindings = {
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",
  "finding.line": "{severity} at {address}: {message}",

  "rule.table.noRows":
    "The table has no rows: there is no sasaran, indicator or kegiatan under the column headings (row {headerRow}). Fill in the kegiatan rows under the headings.",

  "rule.table.contentOutside":
    "There is content at {cells}, far from the RAK table; it was not read. Delete it if it was typed by accident.",

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

  "rule.season.routinePartial":
    'Routine kegiatan {code} in row {row} ("{kegiatan:short}") is planned in only {planned} of {all} periods; nothing in {missing}. Routine kegiatan usually run every month.',
  "rule.season.outsideWindow":
    'Row {row} ("{kegiatan:short}") is planned in {outside}, outside the window of the stage "{stage}" in {year} ({allowed}). Window: {window}.',
  "rule.season.unknownCode":
    'Kegiatan code {code} ("{sasaran:short}") is not in the catalog "{catalog}" for {year}. Check the code, or add the kegiatan to the Katalog sheet.',
} as const satisfies Record<keyof typeof idFindings, string>;
