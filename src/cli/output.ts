import { existsSync } from "node:fs";
import type { Lang } from "../core/i18n/lang";
import type { ExcelHost } from "../host/host";
import { cliText } from "./messages";
import {
  canonical,
  prepareTarget,
  WriteFailure,
  writeAtomically,
  type FileStamp,
  type WriteProblem,
} from "./safeWrite";

/**
 * Where a command that edits a workbook writes it. The input is never changed behind the user's
 * back: -o names the output, and it may be the input itself only when the user writes that path
 * (then the edit is in place, as asked). Any other existing file is left alone unless --force.
 * Everything that would stop the write is checked here, before any work (safeWrite.ts).
 */
export type OutputCheck =
  | { readonly ok: true; readonly path: string; readonly inPlace: boolean }
  | { readonly ok: false; readonly reason: string; readonly inPlace: boolean };

/** `input` null or "" when there is none (a new file from scratch). */
export function checkOutput(input: string | null, out: string, force: boolean, lang: Lang): OutputCheck {
  const inPlace = !!input && existsSync(input) && existsSync(out) && canonical(input) === canonical(out);
  try {
    prepareTarget(out, { replaceable: inPlace || force });
  } catch (error) {
    if (error instanceof WriteFailure)
      return { ok: false, reason: writeProblemText(lang, error.problem, out), inPlace };
    throw error;
  }
  return { ok: true, path: out, inPlace };
}

/**
 * Saves the host's workbook to `out` (safeWrite.ts: atomic, permissions kept). `readFrom` is what the
 * input held when it was read: writing over the input itself, a change made to it meanwhile (by
 * another program, or a second rakit) makes the save refuse instead of losing that change.
 */
export async function saveWorkbook(host: ExcelHost, out: string, readFrom?: FileStamp): Promise<void> {
  const target = prepareTarget(out, { replaceable: true });
  await writeAtomically(target, await host.saveXlsx(), readFrom);
}

/** Why `out` was not written, in a few words (the caller frames it: "OUT was not written: …"). */
export function writeProblemText(lang: Lang, problem: WriteProblem, out: string): string {
  switch (problem.kind) {
    case "exists":
      return cliText(lang, "outExists", { out });
    case "isFolder":
      return cliText(lang, "write_isFolder", { out });
    case "readOnly":
      return cliText(lang, "write_readOnly", { out });
    case "folderMissing":
      return cliText(lang, "outDirMissing", { out });
    case "folderReadOnly":
      return cliText(lang, "write_folderReadOnly", { folder: problem.folder, code: problem.code });
    case "danglingLink":
      return cliText(lang, "write_danglingLink", { out });
    case "changed":
      return cliText(lang, "write_changed", { out });
    case "busy":
      return cliText(lang, "write_busy", { out });
    case "failed":
      return cliText(lang, "write_failed", { code: problem.code });
  }
}
