import { errorCode, toRakitError } from "../excel/errors";

/** Something the workbench could not do, shown in its message bar (never only in the console). */
export interface Problem {
  readonly title: string;
  readonly detail: string;
}

/** An error in words: Office errors as the pane words them (in Bahasa Indonesia), with their code. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code) return `${toRakitError(error).describe("id")} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
