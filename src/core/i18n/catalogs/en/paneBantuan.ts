import type { idPaneBantuan } from "../id/paneBantuan";

/** The pane's Bantuan view: help, the Excel at hand, and the in-Excel self-test with its report. */
export const enPaneBantuan = {
  "pane.bantuan.intro":
    "What each tab does, how to print on F4 paper, the Excel you are using, and a test of Rakit in this Excel.",

  "pane.bantuan.views.title": "Rakit's tabs",
  "pane.bantuan.views.periksa":
    "Reads the RAK table on the active sheet and lists its errors and warnings; click a finding to select its cells. Highlight on sheet marks those cells, Clear highlights removes the marks again.",
  "pane.bantuan.views.anggaran":
    "Totals the estimated costs per goal, activity code, Pelaksana, month and quarter; Write to sheet adds a JUMLAH row and a Rekap Anggaran sheet as formulas. The Schedule part shows rows without a month and months without activities.",
  "pane.bantuan.views.katalog":
    "Searches the catalog for activities and budget codes; Insert adds them to their code's block, keeping merged cells, numbering and totals in order.",
  "pane.bantuan.views.tahunBaru": "Makes next year's plan from this one, on a new sheet; the old sheet is not changed.",
  "pane.bantuan.views.cetak":
    "Checks the sheet, removes Rakit's highlights, then sets up the page: landscape, F4/Folio or A4, column headings repeated, one page wide, page numbers.",
  "pane.bantuan.views.bantuan": "This page.",

  "pane.bantuan.print.title": "Printing on F4 paper",
  "pane.bantuan.print.label": "Steps to print on F4 paper",
  "pane.bantuan.print.open": "Open the RAK sheet to print.",
  "pane.bantuan.print.prepare": "In the Print tab, choose {paper}, then press Prepare for printing.",
  "pane.bantuan.print.print":
    "File > Print. Make sure the printer uses {paper} paper; if the printer does not list that size, create a 21.59 × 33.02 cm paper size in the printer's settings.",
  "pane.bantuan.print.manual":
    "Where this Excel cannot set up the page through Rakit (see below), Print gives the steps to set it up by hand.",

  "pane.bantuan.excel.title": "This Excel",
  "pane.bantuan.excel.rakit": "Rakit version",
  "pane.bantuan.excel.version": "Excel version",
  "pane.bantuan.excel.platform": "Platform",
  "pane.bantuan.excel.api": "ExcelApi",
  "pane.bantuan.excel.unknown": "unknown",
  "pane.bantuan.excel.withoutExcel": "Rakit without Excel (workbook in the browser)",
  "pane.bantuan.excel.noApi": "none",
  "pane.bantuan.platform.PC": "Windows",
  "pane.bantuan.platform.OfficeOnline": "Excel on the web",
  "pane.bantuan.platform.Mac": "Mac",
  "pane.bantuan.platform.iOS": "iPad",
  "pane.bantuan.platform.Android": "Android",
  "pane.bantuan.platform.Universal": "Windows (Universal app)",
  "pane.bantuan.features.label": "Features by ExcelApi level",
  "pane.bantuan.features.all": "All of Rakit's features are available in this Excel.",
  "pane.bantuan.feature.available": "available",
  "pane.bantuan.feature.missing": "not available: needs {requirement}",
  "pane.bantuan.feature.pageLayout": "Setting up the printed page",
  "pane.bantuan.feature.pageLayout.why":
    "Print removes Rakit's highlights, then gives the steps to set up the page by hand.",
  "pane.bantuan.feature.mergedAreas": "Reading merged cells",
  "pane.bantuan.feature.mergedAreas.why":
    "Rakit takes a No, Sasaran, budget or Pelaksana cell with blanks under it for one merged cell; Insert says so when it relies on that.",
  "pane.bantuan.feature.undoGroups": "One Rakit action, one Undo",
  "pane.bantuan.feature.undoGroups.why":
    "Rakit's changes are not grouped into one Undo step (Ctrl+Z). Save the workbook before Insert, Write to sheet or New Year.",

  "pane.bantuan.selftest.title": "Test Rakit in this Excel",
  "pane.bantuan.selftest.intro":
    "Runs a series of short tests in this Excel, each on a temporary sheet that is added and deleted again. Your sheets are not touched. The results can be copied and sent to Rakit's developers.",
  "pane.bantuan.selftest.run": "Test Rakit in this Excel",
  "pane.bantuan.selftest.again": "Test again",
  "pane.bantuan.selftest.loading": "Loading the tests…",
  "pane.bantuan.selftest.running": "Testing… {done:number} of {count:number}",
  "pane.bantuan.selftest.results.label": "Test results",
  "pane.bantuan.selftest.pass": "Passed",
  "pane.bantuan.selftest.fail": "Failed",
  "pane.bantuan.selftest.skipped": "Skipped",
  "pane.bantuan.selftest.summary": "{pass:number} passed, {fail:number} failed, {skipped:number} skipped.",
  "pane.bantuan.selftest.allPass": "All tests passed",
  "pane.bantuan.selftest.someFail": "{fail:number} tests failed",
  "pane.bantuan.selftest.someFailBody":
    "This Excel differs from what Rakit assumes. Copy the report below and send it to Rakit's developers.",
  "pane.bantuan.selftest.leftover":
    "These temporary sheets could not be deleted: {sheets}. Delete them yourself (right-click the sheet tab > Delete).",
  "pane.bantuan.selftest.stopped": "The test stopped",
  "pane.bantuan.selftest.stoppedBody": "The test stopped before it finished: {detail}",

  "pane.bantuan.report.title": "Test report",
  "pane.bantuan.report.label": "Test report (text to copy)",
  "pane.bantuan.report.copy": "Copy report",
  "pane.bantuan.report.copied": "Report copied. Paste it into an email or message to Rakit's developers.",
  "pane.bantuan.report.selectManually": "The report's text is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.",
  "pane.bantuan.report.heading": "Rakit test report",
  "pane.bantuan.report.when": "Time",
  "pane.bantuan.report.browser": "Browser",

  "pane.bantuan.withoutExcel.title": "Rakit without Excel",
  "pane.bantuan.withoutExcel.body":
    "If this pane cannot run in your Excel (e.g. volume-licensed Office 2016 or 2019), open Rakit without Excel in a browser: open the .xlsx file, check and fix it, then download it.",
  "pane.bantuan.withoutExcel.link": "Open Rakit without Excel",
  "pane.bantuan.help.link": "Full guide",
} as const satisfies Record<keyof typeof idPaneBantuan, string>;
