import { parseArgs } from "node:util";
import { checkSheet } from "../../app/periksa";
import { tahunBaru, type TahunBaruResult } from "../../app/tahunBaru";
import { summarize } from "../../core/findings";
import { makeT, type Lang } from "../../core/i18n";
import {
  changeText,
  dropText,
  noteText,
  problemText,
  stageYearsFromCatalog,
  type ClearChoice,
  type StageYears,
} from "../../core/rollover";
import { loadCatalog, standardCatalog } from "../../app/katalog";
import { guard, openForEdit, save } from "../edit";
import { describeFailure } from "../failures";
import { cliText } from "../messages";
import type { CliIO } from "../run";
import { asUsage, langOption, requireXlsxOut, runCommand, Usage } from "./commandArgs";
import type { ExcelSession } from "../../excel/session";

export const ROLLOVER_USAGE = `rakit rollover FILE.xlsx --year YEAR -o OUT.xlsx [--sheet NAME] [--clear months,budget,targets]
               [--drop-ended] [--change-years] [--name SHEET] [--json] [--lang id|en] [--force]

rollover copies the plan to a new sheet "RAK <YEAR>" for next year: the title's year and the Tahun
Anggaran become YEAR, the signature date becomes "<Kota>, … Januari YEAR" to complete by hand. The
source sheet is not touched. --clear empties month marks, budgets and/or targets; --drop-ended removes
the sasaran whose election stage (per Rakit's catalog) does not run in YEAR (they are listed either
way); years mentioned in the text are listed, and changed only with --change-years. OUT must not be
the input file. Exit codes: 0 written, 2 bad arguments or input (nothing written).`;

const CLEARABLE: readonly (keyof ClearChoice)[] = ["months", "budget", "targets"];

interface RolloverArgs {
  readonly file: string;
  readonly out: string;
  readonly sheet: string | null;
  readonly year: number;
  readonly clear: Partial<ClearChoice>;
  readonly dropEnded: boolean;
  readonly changeYears: boolean;
  readonly name: string | null;
  readonly json: boolean;
  readonly lang: Lang;
  readonly force: boolean;
}

function parse(argv: readonly string[]): RolloverArgs | "help" {
  const { values: v, positionals } = asUsage(() =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        year: { type: "string" },
        clear: { type: "string" },
        "drop-ended": { type: "boolean", default: false },
        "change-years": { type: "boolean", default: false },
        name: { type: "string" },
        out: { type: "string", short: "o" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "id" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (v.help) return "help";
  if (positionals.length !== 1) throw new Usage("rollover takes one FILE.xlsx");
  const lang = langOption(v.lang);
  if (v.year === undefined) throw new Usage("--year is required, e.g. --year 2025");
  if (!/^\d{4}$/.test(v.year)) throw new Usage(`--year must be a four-digit year, not "${v.year}"`);
  const out = requireXlsxOut(v.out, "rollover");
  const clear: Partial<Record<keyof ClearChoice, boolean>> = {};
  for (const part of (v.clear ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    const what = part === "budgets" ? "budget" : part === "target" ? "targets" : part === "month" ? "months" : part;
    if (!(CLEARABLE as readonly string[]).includes(what))
      throw new Usage(`--clear takes months, budget and/or targets (comma-separated), not "${part}"`);
    clear[what as keyof ClearChoice] = true;
  }
  return {
    file: positionals[0] as string,
    out,
    sheet: v.sheet ?? null,
    year: Number(v.year),
    clear,
    dropEnded: v["drop-ended"] ?? false,
    changeYears: v["change-years"] ?? false,
    name: v.name ?? null,
    json: v.json ?? false,
    lang,
    force: v.force ?? false,
  };
}

/**
 * `rakit rollover FILE --year 2025 -o OUT.xlsx`: Tahun Baru from the command line. `argv` is what
 * follows the command name. Exit codes: 0 written, 2 bad arguments or input, nothing written.
 */
export async function rolloverCommand(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommand(argv, io, ROLLOVER_USAGE, parse, async (args) => {
    const { file, out, lang } = args;
    const t = makeT(lang, "rollover");
    const open = await openForEdit(args, io, t("cli.notInput"));
    if (!open) return 2;
    const session = open.book.session;
    const stages = await guard(file, lang, io, () => workbookStageYears(session, lang, io));
    if (!stages.ok) return 2;
    const made = await guard(file, lang, io, () =>
      tahunBaru(session, {
        sheet: open.sheet,
        year: args.year,
        clear: args.clear,
        dropEnded: args.dropEnded,
        changeAllYears: args.changeYears,
        ...(args.name !== null ? { newName: args.name } : {}),
        stageYears: stages.value,
      }),
    );
    if (!made.ok) return 2;
    const result = made.value;
    if (!result.ok) {
      const reason =
        "problem" in result
          ? problemText(result.problem, lang)
          : describeFailure({ kind: "noTable", sheets: [result.sheet] }, lang);
      io.err(cliText(lang, "fileFailed", { file, reason }));
      return 2;
    }
    const checked = await guard(file, lang, io, () => checkSheet(session, { sheet: result.newSheet }));
    if (!checked.ok) return 2;
    const findings = checked.value.analysis.findings;
    const saved = await guard(file, lang, io, () => save(open, file, out, lang, io));
    if (!saved.ok) return 2;

    if (args.json) {
      io.out(
        JSON.stringify(
          {
            file,
            out,
            source: result.source,
            newSheet: result.newSheet,
            fromYear: result.fromYear,
            year: result.year,
            changes: result.changes,
            notes: result.notes,
            review: result.review,
            check: { ...summarize(findings), findings },
          },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(humanReport(file, out, result, args, summarize(findings)));
    return 0;
  });
}

/**
 * Which codes are stage-bound, and when: the workbook's catalog (Rakit's own, with the office's
 * "Katalog" sheet over it). A Katalog sheet with bad rows is left out, and the user told so.
 */
async function workbookStageYears(session: ExcelSession, lang: Lang, io: CliIO): Promise<StageYears> {
  const loaded = await loadCatalog(session);
  if (loaded.ok) return stageYearsFromCatalog(loaded.catalog);
  io.err(makeT(lang, "rollover")("cli.catalogIgnored", { sheet: loaded.sheet, count: loaded.errors.length }));
  return stageYearsFromCatalog(standardCatalog());
}

function humanReport(
  file: string,
  out: string,
  result: TahunBaruResult,
  args: RolloverArgs,
  counts: { error: number; warning: number; info: number },
): string {
  const { lang } = args;
  const t = makeT(lang, "rollover");
  const lines = [`${file} · ${t("done", { sheet: result.newSheet, source: result.source, year: result.year })}`];
  for (const c of result.changes) lines.push(`  - ${changeText(c, lang)}`);
  for (const n of result.notes) lines.push(`  ! ${noteText(n, result.year, lang)}`);

  const { yearMentions, proposedDrops } = result.review;
  if (yearMentions.length > 0) {
    const changed = new Set(result.changes.flatMap((c) => (c.kind === "yearMention" ? [c.address] : [])));
    lines.push("", t("review.mentionsTitle", { count: yearMentions.length }));
    for (const m of yearMentions) {
      const mark = changed.has(m.address) ? "✓" : " ";
      lines.push(`  ${mark} ${t("review.mention", { address: m.address, text: m.text, suggestion: m.suggestion })}`);
    }
    if (!args.changeYears) lines.push(`  ${t("cli.mentionHint")}`);
  }
  const { eventMentions } = result.review;
  if (eventMentions.length > 0) {
    lines.push("", t("review.eventsTitle", { count: eventMentions.length }));
    for (const m of eventMentions) lines.push(`  - ${t("review.event", { address: m.address, text: m.text })}`);
  }
  if (proposedDrops.length > 0) {
    const dropped = new Set(result.changes.flatMap((c) => (c.kind === "dropped" ? [c.no] : [])));
    lines.push("", t("review.dropsTitle", { year: result.year, count: proposedDrops.length }));
    for (const d of proposedDrops) {
      const done = dropped.has(d.no) ? ` (${t("review.dropAccepted")})` : "";
      lines.push(`  - ${dropText(d, result.year, lang)}${done}`);
    }
    if (!args.dropEnded) lines.push(`  ${t("cli.dropHint")}`);
  }
  lines.push(
    "",
    t("check", { sheet: result.newSheet, errors: counts.error, warnings: counts.warning, infos: counts.info }),
    t("cli.written", { out }),
  );
  return lines.join("\n");
}
