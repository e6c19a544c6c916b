import type { idPaneTahunBaru } from "../id/paneTahunBaru";

/** The pane's Tahun Baru view. */
export const enPaneTahunBaru = {
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
} as const satisfies Record<keyof typeof idPaneTahunBaru, string>;
