import { clearSchedule, highlightSchedule } from "../app/jadwal";
import { shorten, translateKey } from "../core/i18n";
import type { CliArgs } from "./args";
import { guard, openForCommand, save, type CommandIO } from "./edit";
import { cliText } from "./messages";

/**
 * `rakit highlight FILE -o OUT.xlsx [--sheet NAME] [--clear] [--json]`: shades the rows with no
 * period planned and the periods no row plans, as conditional formats that follow the "v" marks;
 * --clear removes Rakit's shading and leaves the sheet's own formatting. Always writes to OUT.
 */
export async function highlight(args: CliArgs, io: CommandIO): Promise<number> {
  const opened = await openForCommand(args, io, true);
  if (!opened.ok) return 2;
  const { file, open } = opened;
  const out = opened.out as string;
  const session = open.book.session;
  const lang = args.lang;

  if (args.clear) {
    const cleared = await guard(file, lang, io, () => clearSchedule(session, { sheet: open.sheet }));
    if (!cleared.ok) return 2;
    const saved = await guard(file, lang, io, () => save(open, file, out, lang, io));
    if (!saved.ok) return 2;
    if (args.json) io.out(JSON.stringify({ file, sheet: open.sheet, out, cleared: true }, null, 2));
    else {
      for (const n of cleared.value) io.out(translateKey(lang, n.key, n.params));
      io.out(cliText(lang, "written", { out, sheets: `"${open.sheet}"` }));
    }
    return 0;
  }

  const run = await guard(file, lang, io, () => highlightSchedule(session, { sheet: open.sheet }));
  if (!run.ok) return 2;
  const result = run.value;
  if (!result.ok) throw new Error(`sheet "${result.sheet}" no longer reads as a RAK table`);
  if (result.schedule.periodKind === "none") {
    // Nothing to shade: say so, and write no copy that would only repeat the input.
    if (args.json)
      io.out(JSON.stringify({ file, sheet: result.sheet, out: null, rules: 0, periodKind: "none" }, null, 2));
    else {
      for (const n of result.notes) io.out(translateKey(lang, n.key, n.params));
      io.out(cliText(lang, "unchangedNotWritten", { out }));
    }
    return 0;
  }
  const saved = await guard(file, lang, io, () => save(open, file, out, lang, io));
  if (!saved.ok) return 2;

  const { schedule } = result;
  const labels = schedule.emptyPeriods.map((p) => schedule.periods[p - 1]?.label ?? String(p));
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          file,
          sheet: result.sheet,
          out,
          rules: result.rules,
          unplanned: schedule.unplanned.map((u) => ({ row: u.row, kegiatan: u.kegiatan, address: u.address })),
          emptyPeriods: schedule.emptyPeriods.map((p, i) => ({ period: p, label: labels[i] })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(
    cliText(lang, "highlighted", {
      file,
      sheet: result.sheet,
      rows: schedule.unplanned.length,
      periods: schedule.emptyPeriods.length,
      rules: result.rules,
    }),
  );
  for (const u of schedule.unplanned)
    io.out(cliText(lang, "unplannedRow", { row: u.row, kegiatan: shorten(u.kegiatan || u.indicator, 60) }));
  if (labels.length > 0) io.out(cliText(lang, "emptyPeriods", { periods: labels.join(", ") }));
  for (const n of result.notes) io.out(translateKey(lang, n.key, n.params));
  io.out(cliText(lang, "written", { out, sheets: `"${result.sheet}"` }));
  return 0;
}
