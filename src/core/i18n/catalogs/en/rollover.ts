import type { idRollover } from "../id/rollover";

/** Tahun Baru: next year's plan. */
export const enRollover = {
  "rollover.done": 'Sheet "{sheet}" was made from "{source}" for the year {year}. Sheet "{source}" is unchanged.',
  "rollover.change.titleYear": 'Title ({address}): "{from}" became "{to}".',
  "rollover.change.tahunAnggaran": 'Tahun Anggaran ({address}): "{from}" became "{to}".',
  "rollover.change.signatureDate":
    'Signature date ({address}): "{from}" became "{to}". Complete the date; the cell stays highlighted until "…" is replaced.',
  "rollover.change.clearedMonths": "Month marks cleared ({cells} {cells|cell|cells}).",
  "rollover.change.clearedQuarters": "Quarter marks cleared ({cells} {cells|cell|cells}).",
  "rollover.change.clearedBudget": "Budgets cleared ({cells} {cells|cell|cells}).",
  "rollover.change.clearedTargets": "Targets cleared ({cells} {cells|cell|cells}).",
  "rollover.change.yearMention": 'Cell {address}: "{from}" became "{to}".',
  "rollover.change.dropped": "Sasaran {no} ({code}) removed: {rowCount|row|rows} {rows} of the old sheet.",
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
  "rollover.review.eventsTitle": "Election years named in the text ({count}); not the plan year, kept as written:",
  "rollover.review.event": '{address}: "{text}"',
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
  "rollover.check":
    'New sheet "{sheet}": {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|note|notes}.',
  "rollover.cli.catalogIgnored":
    'Sheet "{sheet}" was not used: {count} of its {count|row has|rows have} problems; the proposed removals use Rakit\'s own catalog.',
  "rollover.cli.dropHint": "Add --drop-ended to remove the proposed sasaran.",
  "rollover.cli.mentionHint": "Add --change-years to take every suggested year.",
  "rollover.cli.notInput": "-o must not be the input file: Tahun Baru writes a new file.",
  "rollover.cli.written": "Written to {out}.",
} as const satisfies Record<keyof typeof idRollover, string>;
