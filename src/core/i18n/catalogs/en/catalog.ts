import type { idCatalog } from "../id/catalog";

/** The kegiatan catalog and inserting its entries. */
export const enCatalog = {
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

  "catalog.cli.source": "Catalog: {name} ({count} {count|entry|entries}).",
  "catalog.cli.group": "{code} {name} ({count} {count|entry|entries})",
  "catalog.cli.officeSheet": 'Sheet "{sheet}" is used with the standard catalog ({count} office entries).',
  "catalog.cli.written": 'Sheet "{sheet}" written to {out} ({count} {count|entry|entries}).',
  "catalog.cli.jsonWritten": "Catalog JSON written to {out} ({count} {count|entry|entries}).",
  "catalog.cli.valid": "Catalog {file} is valid: {count} {count|entry|entries}, {stages} {stages|stage|stages}.",
  "catalog.cli.rejected": "Catalog {file} rejected; nothing imported ({count} problems):",

  "insert.note.rowsAdded":
    "{count} {count|row|rows} inserted at the end of sasaran {no} ({sasaran:short}), {count|row|rows} {rows}; the rows below moved down.",
  "insert.note.blockAdded":
    "New sasaran number {no}, {sasaran}, inserted in {count|row|rows} {rows}, in the catalog's code order.",
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
  "insert.cli.inserted": '{file} · sheet "{sheet}": {count} {count|row|rows} inserted.',
  "insert.cli.row": "  row {row}: [{code}] {kegiatan:short} (sasaran {no})",
  "insert.cli.written": "Written to {out}.",
} as const satisfies Record<keyof typeof idCatalog, string>;
