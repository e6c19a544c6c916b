import type { idPaneKatalog } from "../id/paneKatalog";

/** The pane's Katalog view. */
export const enPaneKatalog = {
  "pane.katalog.toolbar.label": "Catalog actions",
  "pane.katalog.search": "Search the catalog",
  "pane.katalog.searchHint": "Case and accents do not matter; words in any order.",
  "pane.katalog.action.insert": "Insert",
  "pane.katalog.action.insertCount": "Insert ({count:number})",
  "pane.katalog.action.refresh": "Read again",
  "pane.katalog.busy.load": "Reading the catalog and the plan…",
  "pane.katalog.busy.insert": "Inserting rows…",
  "pane.katalog.results.label": "Catalog entries",
  "pane.katalog.count": "{shown:number} of {total:number} {total|entry|entries}, {catalog}.",
  "pane.katalog.none": 'No entry matches "{query}".',
  "pane.katalog.routine": "Routine, all year",
  "pane.katalog.stage": "Stage {stage}: {windows}",
  "pane.katalog.noSeason": "Season unknown",
  "pane.katalog.entryHint": "{indicator} · target {target} {satuan} · {monthCount|month|months} {months} · {pelaksana}",
  "pane.katalog.inPlan": "Already in the plan: row {row}",
  "pane.katalog.inPlanCount": "{count:number} already in the plan",
  "pane.katalog.inserted.title": "Inserted into sheet {sheet}",
  "pane.katalog.inserted.label": "Inserted rows",
  "pane.katalog.inserted.row": "Row {row}, sasaran {block}: {kegiatan}",
  "pane.katalog.notes.label": "Insert notes",
  "pane.katalog.checked":
    "Checked again: {errors:number} {errors|error|errors}, {warnings:number} {warnings|warning|warnings}.",
  "pane.katalog.refused.title": "Nothing was inserted",
  "pane.katalog.problem.title": 'Sheet "{sheet}" is not used',
  "pane.katalog.problem.body":
    "It has {count:number} {count|problem|problems}, so Rakit uses its own catalog. Fix these rows:",
  "pane.katalog.problem.label": "Katalog sheet problems",
  "pane.katalog.error.load": "The catalog could not be read",
  "pane.katalog.error.insert": "The entries could not be inserted",
  "pane.katalog.notice.loaded":
    "Catalog read: {count:number} {count|entry|entries}, {inPlan:number} already in the plan.",
  "pane.katalog.notice.inserted":
    "{count:number} {count|row|rows} inserted and selected in the sheet; the sheet was checked again.",
  "pane.katalog.notice.refused": "Nothing was inserted.",
  "pane.katalog.notice.noPlan": "There is no RAK table on this sheet.",
  "pane.katalog.noPlan":
    'Rakit found no RAK table on sheet "{sheet}". Open the RAK sheet, or point at its header row in Check, then press Read again.',
} as const satisfies Record<keyof typeof idPaneKatalog, string>;
