import { summarize } from "../core/findings";
import type { Lang } from "../core/i18n/lang";
import { RakitExcelError } from "../excel/errors";
import { analyzeFile, type FileAnalysis } from "./analyzeFile";
import { catalogCommand } from "./commands/catalog";
import { insertCommand } from "./commands/insert";
import { printSetupCommand } from "./commands/printSetup";
import { rolloverCommand } from "./commands/rollover";
import { parseCli, USAGE, UsageError, type CliArgs } from "./args";
import { describeFailure, FileFailure } from "./failures";
import { expandInputs } from "./files";
import { highlight } from "./highlight";
import { cliText } from "./messages";
import { checkSheetJson } from "./report/checkJson";
import { humanSheetReport } from "./report/human";
import { inspectSheetJson } from "./report/inspectJson";
import { totals } from "./totals";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, errorsFound: 1, unreadable: 2 } as const;

/** Commands that parse their own options (everything after the command name). */
const OWN_PARSERS: Readonly<Record<string, (argv: readonly string[], io: CliIO) => Promise<number>>> = {
  catalog: catalogCommand,
  insert: insertCommand,
  rollover: rolloverCommand,
  "print-setup": printSetupCommand,
};

/** Runs one `rakit` invocation and returns its exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const own = argv[0] === undefined ? undefined : OWN_PARSERS[argv[0]];
  if (own) return own(argv.slice(1), io);
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rakit: ${error.message}\n${USAGE}`);
      return EXIT.unreadable;
    }
    throw error;
  }
  if (args.help || args.command === "") {
    (args.help ? io.out : io.err)(USAGE);
    return args.help ? EXIT.ok : EXIT.unreadable;
  }
  switch (args.command) {
    case "inspect":
      return inspect(args, io);
    case "check":
      return check(args, io);
    case "totals":
      return totals(args, io);
    case "highlight":
      return highlight(args, io);
    default:
      io.err(`rakit: unknown command "${args.command}"\n${USAGE}`);
      return EXIT.unreadable;
  }
}

type Outcome =
  | { readonly ok: true; readonly analysis: FileAnalysis }
  | { readonly ok: false; readonly file: string; readonly reason: string; readonly kind: string };

async function analyzeSafely(file: string, sheet: string | null, lang: Lang): Promise<Outcome> {
  try {
    return { ok: true, analysis: await analyzeFile(file, sheet) };
  } catch (error) {
    if (error instanceof FileFailure)
      return { ok: false, file, kind: error.reason.kind, reason: describeFailure(error.reason, lang) };
    if (error instanceof RakitExcelError) return { ok: false, file, kind: error.code, reason: error.describe(lang) };
    throw error;
  }
}

async function inspect(args: CliArgs, io: CliIO): Promise<number> {
  if (args.files.length !== 1) {
    io.err(`rakit inspect takes one file\n${USAGE}`);
    return EXIT.unreadable;
  }
  const file = args.files[0] as string;
  const outcome = await analyzeSafely(file, args.sheet, args.lang);
  if (!outcome.ok) {
    // --json: the failure in check --json's shape on stdout, for scripts; the line on stderr for people.
    if (args.json) io.out(JSON.stringify(fileJson(outcome, args.lang), null, 2));
    io.err(cliText(args.lang, "fileFailed", { file, reason: outcome.reason }));
    return EXIT.unreadable;
  }
  const { analysis } = outcome;
  if (args.json) {
    io.out(
      JSON.stringify({ file, sheets: analysis.sheets.map((s) => (s.plan ? inspectSheetJson(s.plan) : null)) }, null, 2),
    );
  } else {
    for (const sheet of analysis.sheets)
      io.out(humanSheetReport(file, { ...sheet, findings: [] }, args.lang).split("\n")[0] ?? "");
  }
  if (args.stats) io.err(JSON.stringify(analysis.stats));
  return EXIT.ok;
}

async function check(args: CliArgs, io: CliIO): Promise<number> {
  const files = expandInputs(args.files);
  if (files.length === 0) {
    io.err(
      args.files.length === 0
        ? `rakit check needs a file or folder\n${USAGE}`
        : `rakit: no .xlsx files in ${args.files.join(", ")}`,
    );
    return EXIT.unreadable;
  }
  const many = files.length > 1;
  const outcomes: Outcome[] = [];
  for (const [i, file] of files.entries()) {
    if (many) io.err(cliText(args.lang, "progress", { n: i + 1, count: files.length, file }));
    const outcome = await analyzeSafely(file, args.sheet, args.lang);
    outcomes.push(outcome);
    if (!args.json) io.out(many ? summaryLine(outcome, args.lang) : singleReport(outcome, args.lang));
    if (args.stats && outcome.ok) io.err(JSON.stringify(outcome.analysis.stats));
  }
  if (args.json) {
    const objects = outcomes.map((o) => fileJson(o, args.lang));
    io.out(JSON.stringify(many ? { files: objects } : objects[0], null, 2));
  } else if (many) {
    io.out(totalsLine(outcomes, args.lang));
  }
  if (outcomes.some((o) => !o.ok)) return EXIT.unreadable;
  return outcomes.some((o) => o.ok && o.analysis.sheets.some((s) => summarize(s.findings).error > 0))
    ? EXIT.errorsFound
    : EXIT.ok;
}

function singleReport(outcome: Outcome, lang: Lang): string {
  if (!outcome.ok) return cliText(lang, "fileFailed", { file: outcome.file, reason: outcome.reason });
  return outcome.analysis.sheets.map((s) => humanSheetReport(outcome.analysis.file, s, lang)).join("\n\n");
}

function fileCounts(outcome: FileAnalysis): { error: number; warning: number; info: number } {
  const all = outcome.sheets.flatMap((s) => s.findings);
  return summarize(all);
}

function summaryLine(outcome: Outcome, lang: Lang): string {
  if (!outcome.ok) return cliText(lang, "fileFailed", { file: outcome.file, reason: outcome.reason });
  return cliText(lang, "fileSummary", {
    file: outcome.analysis.file,
    sheets: outcome.analysis.sheets.length,
    ...fileCounts(outcome.analysis),
  });
}

function totalsLine(outcomes: readonly Outcome[], lang: Lang): string {
  const totals = { error: 0, warning: 0, info: 0 };
  for (const o of outcomes) {
    if (!o.ok) continue;
    const c = fileCounts(o.analysis);
    totals.error += c.error;
    totals.warning += c.warning;
    totals.info += c.info;
  }
  return cliText(lang, "totals", { files: outcomes.length, failed: outcomes.filter((o) => !o.ok).length, ...totals });
}

function fileJson(outcome: Outcome, lang: Lang): Record<string, unknown> {
  if (!outcome.ok) return { file: outcome.file, error: { kind: outcome.kind, message: outcome.reason }, sheets: [] };
  return { file: outcome.analysis.file, sheets: outcome.analysis.sheets.map((s) => checkSheetJson(s, lang)) };
}
