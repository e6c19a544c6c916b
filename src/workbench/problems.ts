import type { Lang } from "../core/i18n/lang";
import { errorCode, toRakitError } from "../excel/errors";
import type { WorkbenchT } from "./i18n";
import { WorkbookFileError } from "./workbookFile";

/** Something the workbench could not do, shown in its message bar (never only in the console). */
export interface Problem {
  readonly title: string;
  readonly detail: string;
  /** The underlying error's own (English) words, behind "Rincian teknis", for a bug report. */
  readonly technical?: string;
}

/**
 * An error as a problem for the user, in their language: a file that is no readable workbook says what
 * it is and what to do; an Office error is worded as the pane words it, with its code; anything else
 * (a Rakit bug) gives its message.
 */
export function describeProblem(title: string, error: unknown, t: WorkbenchT, lang: Lang): Problem {
  if (error instanceof WorkbookFileError) {
    const detail = t(`file.${error.problem}`);
    return error.technical === null ? { title, detail } : { title, detail, technical: error.technical };
  }
  const code = errorCode(error);
  if (code) return { title, detail: `${toRakitError(error).describe(lang)} (${code})` };
  return { title, detail: error instanceof Error ? error.message : String(error) };
}
