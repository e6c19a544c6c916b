/**
 * What the writer needs of the package a workbook was read from (kept on `Workbook.source`): the
 * bytes, where the workbook, styles and shared strings parts are, and the style and string tables
 * (the style table grows as the host formats cells; see styles/styleBook.ts).
 */
import type { Workbook } from "../model/workbook";
import type { SharedStrings } from "./sharedStrings";
import type { StyleBook } from "./styles/styleBook";
import type { PackageLimits } from "./zip/limits";

export interface SourcePackage {
  readonly kind: "xlsx";
  readonly bytes: Uint8Array;
  readonly limits: PackageLimits;
  readonly workbookPart: string;
  readonly stylesPart: string | null;
  readonly styles: StyleBook;
  readonly strings: SharedStrings;
  /** The sheet that was active in the file (by model id). */
  readonly activeId: string | null;
}

export function sourceOf(wb: Workbook): SourcePackage | null {
  const s = wb.source as Partial<SourcePackage> | null;
  return s && s.kind === "xlsx" ? (s as SourcePackage) : null;
}
