/**
 * What kind of file the user picked, from its bytes alone (not from its name, nor from the .xlsx
 * reader's error text, which is English and changes with the reader): so a file Rakit cannot read
 * gets a message that says what it is and what to do, in the user's language.
 */

import { sniffWorkbookFile, type WorkbookFileKind } from "../host/xlsx/sniff";

export type { WorkbookFileKind } from "../host/xlsx/sniff";

/** Why a file could not be opened as a workbook; each has a message (workbench.file.<problem>). */
export type WorkbookFileProblem = "empty" | "ods" | "xls" | "xlsb" | "notWorkbook" | "unreadable";

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    /** The reader's own words, for a bug report; null when the bytes alone told. */
    readonly technical: string | null,
  ) {
    super(technical ?? problem);
    this.name = "WorkbookFileError";
  }
}

/**
 * What to tell the user about a file of this kind: before reading (null: let the reader try; the
 * others are formats it never reads), or after the reader failed on it.
 */
export function problemOf(kind: WorkbookFileKind, readerFailed: boolean): WorkbookFileProblem | null {
  switch (kind) {
    case "empty":
      return "empty";
    case "ole2":
      return "xls";
    case "ods":
      return "ods";
    case "xlsb":
      return "xlsb";
    case "other":
      return "notWorkbook";
    case "zip":
      // The reader still gets to try: a workbook part may sit elsewhere, as its relationships say.
      return readerFailed ? "notWorkbook" : null;
    case "xlsx":
    case "brokenZip":
      return readerFailed ? "unreadable" : null;
  }
}

/**
 * Reads `bytes` with `read` (the .xlsx reader), or throws a WorkbookFileError saying what the file is.
 * A read that gives no sheet at all read no workbook (Excel's have at least one): the reader takes any
 * zip without complaint, a Word document included.
 */
export async function readWorkbookBytes<T>(
  bytes: Uint8Array,
  read: (bytes: Uint8Array) => Promise<T>,
  sheetCount: (read: T) => number,
): Promise<T> {
  const kind = sniffWorkbookFile(bytes);
  const refused = problemOf(kind, false);
  if (refused) throw new WorkbookFileError(refused, null);
  let result: T;
  try {
    result = await read(bytes);
  } catch (error) {
    const technical = error instanceof Error ? error.message : String(error);
    throw new WorkbookFileError(problemOf(kind, true) ?? "unreadable", technical);
  }
  if (sheetCount(result) === 0) throw new WorkbookFileError(problemOf(kind, true) ?? "unreadable", null);
  return result;
}
