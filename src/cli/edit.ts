import type { Lang } from "../core/i18n/lang";
import { RakitExcelError } from "../excel/errors";
import type { CliArgs } from "./args";
import { describeFailure, FileFailure } from "./failures";
import { cliText } from "./messages";
import { checkOutput, saveWorkbook, writeProblemText } from "./output";
import { WriteFailure } from "./safeWrite";
import { openPlanSheet, type PlanSheet } from "./planSheet";

/**
 * What the commands that work on one RAK table (totals, highlight) share: one input file, an
 * optional -o checked before any work is done, the sheet chosen, failures turned into one line and
 * exit code 2, and the save.
 */

export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

export type Opened =
  | { readonly ok: true; readonly file: string; readonly open: PlanSheet; readonly out: string | null }
  | { readonly ok: false };

/** Checks the arguments and the output path, then opens the file; on failure prints why. */
export async function openForCommand(args: CliArgs, io: CommandIO, needsOut: boolean): Promise<Opened> {
  if (args.files.length !== 1) {
    io.err(cliText(args.lang, "oneFile", { command: args.command }));
    return { ok: false };
  }
  const file = args.files[0] as string;
  if (needsOut && args.out === null) {
    io.err(cliText(args.lang, "outNeeded"));
    return { ok: false };
  }
  if (args.out !== null) {
    const check = checkOutput(file, args.out, args.force, args.lang);
    if (!check.ok) {
      io.err(cliText(args.lang, "notWritten", { out: args.out, reason: check.reason }));
      return { ok: false };
    }
  }
  const opened = await guard(file, args.lang, io, () => openPlanSheet(file, args.sheet));
  return opened.ok ? { ok: true, file, open: opened.value, out: args.out } : { ok: false };
}

/**
 * For the commands with their own parsers (insert, rollover, print-setup): checks -o before any
 * work, then opens the file on its RAK sheet. `notInput` is the reason to refuse writing over the
 * input itself, or null where that is allowed (an edit in place, as asked).
 */
export async function openForEdit(
  request: { file: string; out: string; sheet: string | null; force: boolean; lang: Lang },
  io: CommandIO,
  notInput: string | null,
): Promise<PlanSheet | null> {
  const { file, out, lang } = request;
  const target = checkOutput(file, out, request.force, lang);
  // Writing over the input is refused first where the command never does it, whatever else is wrong.
  const reason = target.inPlace && notInput !== null ? notInput : target.ok ? null : target.reason;
  if (reason !== null) {
    io.err(cliText(lang, "notWritten", { out, reason }));
    return null;
  }
  const opened = await guard(file, lang, io, () => openPlanSheet(file, request.sheet));
  return opened.ok ? opened.value : null;
}

/**
 * Runs a step whose bad-input failures (a FileFailure, an adapter error, an output that may not be
 * written) become one line on stderr.
 */
export async function guard<T>(
  file: string,
  lang: Lang,
  io: CommandIO,
  step: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await step() };
  } catch (error) {
    if (error instanceof WriteFailure) {
      io.err(cliText(lang, "notWritten", { out: error.out, reason: writeProblemText(lang, error.problem, error.out) }));
      return { ok: false };
    }
    let reason: string;
    if (error instanceof FileFailure) reason = describeFailure(error.reason, lang);
    else if (error instanceof RakitExcelError) reason = error.describe(lang);
    else throw error;
    io.err(cliText(lang, "fileFailed", { file, reason }));
    return { ok: false };
  }
}

/**
 * Saves to OUT, warning first about whatever the input held that the output will not. Over the input
 * itself, a change made to the file since it was read makes the save refuse rather than lose it.
 */
export async function save(open: PlanSheet, file: string, out: string, lang: Lang, io: CommandIO): Promise<void> {
  const dropped = open.book.host.dropped;
  if (dropped.length > 0) io.err(cliText(lang, "dropped", { file, out, what: dropped.join("; ") }));
  await saveWorkbook(open.book.host, out, open.book.stamp);
}
