import type { idWorkbench } from "../id/workbench";

/** The workbench's chrome in English: see ../id/workbench.ts. */
export const enWorkbench = {
  "workbench.title": "Rakit without Excel",
  "workbench.toolbar.label": "File",
  "workbench.open": "Open file",
  "workbench.openInput": "Choose an .xlsx file",
  "workbench.download": "Download",
  "workbench.loadingSample": "Loading the sample RAK…",
  "workbench.opening": "Opening {name}…",
  "workbench.openFailed": "{name} could not be opened",
  "workbench.sampleFailed": "The sample RAK could not be loaded",
  "workbench.saveFailed": "The file could not be saved",
  "workbench.editFailed": "The cell could not be changed",
  "workbench.sheetFailed": "The sheet could not be selected",
  "workbench.dismiss": "Close",
  "workbench.technical": "Technical details",
  "workbench.file.empty": "The file is empty (0 bytes).",
  "workbench.file.ods":
    "This is an OpenDocument spreadsheet (.ods), not an Excel workbook. Open it in LibreOffice Calc or Excel, then save it as an Excel Workbook (.xlsx).",
  "workbench.file.xls":
    "This is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Rakit reads .xlsx files without a password: open it in Excel, remove the password if there is one, then save it as an Excel Workbook (.xlsx).",
  "workbench.file.xlsb":
    "This is an Excel binary workbook (.xlsb). Open it in Excel, then save it as an Excel Workbook (.xlsx).",
  "workbench.file.notWorkbook": "This is not an Excel workbook. Choose an .xlsx file.",
  "workbench.file.unreadable":
    "Rakit cannot read this file as an Excel workbook (.xlsx); it may be damaged. Open it in Excel, then save it again as an Excel Workbook (.xlsx).",
  "workbench.grid": "Sheet {sheet}",
  "workbench.rowHeaderColumn": "Row",
  "workbench.editCell": "Contents of cell {address}",
  "workbench.sheetTabs": "Worksheets",
  "workbench.workbook": "Workbook",
  "workbench.truncated": "This sheet is wider than shown: only its first {cols} columns are drawn.",
  "workbench.noSheet": "This workbook has no visible sheet.",
} as const satisfies Record<keyof typeof idWorkbench, string>;
