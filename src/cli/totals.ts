import { computeBudget, writeBudget, type BudgetOptions } from "../app/anggaran";
import type { CliArgs } from "./args";
import { guard, openForCommand, save, type CommandIO } from "./edit";
import { cliText } from "./messages";
import { totalsHuman, visibleNotes } from "./report/totalsHuman";
import { totalsJson } from "./report/totalsJson";

/**
 * `rakit totals FILE [--sheet NAME] [--json] [--rpd [--lag 0|1]] [-o OUT.xlsx]`: the budget totals
 * the core computes; with -o also written into the workbook as formulas (JUMLAH row, subtotals,
 * "Rekap Anggaran", "RPD Draf" with --rpd) and saved to OUT. Exit 0, or 2 when the file cannot be
 * read, holds no RAK table, or OUT may not be written.
 */
export async function totals(args: CliArgs, io: CommandIO): Promise<number> {
  const opened = await openForCommand(args, io, false);
  if (!opened.ok) return 2;
  const { file, open, out } = opened;
  const options: BudgetOptions = {
    sheet: open.sheet,
    lang: args.lang,
    ...(args.rpd ? { rpd: { lag: args.lag } } : {}),
  };
  const session = open.book.session;
  const run = await guard(file, args.lang, io, () =>
    out === null ? computeBudget(session, options) : writeBudget(session, options),
  );
  if (!run.ok) return 2;
  const result = run.value;
  if (!result.ok) {
    // The sheet was chosen because it holds a table; a second reading that finds none is a bug.
    throw new Error(`sheet "${result.sheet}" no longer reads as a RAK table`);
  }

  let written: { out: string; sheets: readonly string[] } | null = null;
  if (out !== null) {
    const saved = await guard(file, args.lang, io, () => save(open, file, out, args.lang, io));
    if (!saved.ok) return 2;
    written = { out, sheets: result.sheetsWritten };
  }

  if (args.json) {
    const shown = { ...result, notes: visibleNotes(result.notes, out !== null) };
    io.out(JSON.stringify(totalsJson(file, shown, args.lang, written), null, 2));
  } else {
    io.out(totalsHuman(file, result, args.lang, out !== null));
    if (written) {
      const sheets = written.sheets.map((s) => `"${s}"`).join(", ");
      io.out(`\n${cliText(args.lang, "written", { out: written.out, sheets })}`);
    }
  }
  return 0;
}
