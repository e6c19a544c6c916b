import { parseArgs } from "node:util";
import { insertEntries, loadCatalog } from "../../app/katalog";
import type { Catalog } from "../../core/catalog";
import { translateKey, type Lang } from "../../core/i18n";
import { guard, openForEdit, save } from "../edit";
import { describeFailure } from "../failures";
import { cliText } from "../messages";
import type { CliIO } from "../run";
import { asUsage, langOption, requireXlsxOut, runCommand, Usage } from "./commandArgs";
import { catalogFromFile, printRejected } from "./catalog";

export const INSERT_USAGE = `rakit insert FILE.xlsx --entry ID [--entry ID ...] -o OUT.xlsx [--sheet NAME] [--catalog FILE]
             [--json] [--lang id|en] [--force]

insert puts catalog entries (ids from \`rakit catalog list\`; --entry 3355-09,6868-01 works too) into
the plan sheet: each at the end of the sasaran with its code, or as a new sasaran in the catalog's
code order; the rows below move down, merges grow, numbers and totals follow. The catalog is the
standard one with FILE's own "Katalog" sheet over it, or --catalog FILE (.json, or an .xlsx's Katalog
sheet over the standard one). OUT is a copy unless it names FILE itself.
Exit codes: 0 written, 2 bad arguments, an unknown entry, or a rejected catalog (nothing written).`;

interface InsertArgs {
  readonly file: string;
  readonly entries: readonly string[];
  readonly out: string;
  readonly sheet: string | null;
  readonly catalog: string | null;
  readonly json: boolean;
  readonly lang: Lang;
  readonly force: boolean;
}

function parse(argv: readonly string[]): InsertArgs | "help" {
  const { values: v, positionals } = asUsage(() =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        entry: { type: "string", multiple: true },
        out: { type: "string", short: "o" },
        sheet: { type: "string" },
        catalog: { type: "string" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "id" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (v.help) return "help";
  const lang = langOption(v.lang);
  if (positionals.length !== 1) throw new Usage("insert takes one FILE.xlsx");
  const entries = (v.entry ?? [])
    .flatMap((e) => e.split(","))
    .map((e) => e.trim())
    .filter((e) => e !== "");
  if (entries.length === 0) throw new Usage("insert needs --entry ID (see rakit catalog list)");
  const out = requireXlsxOut(v.out, "insert");
  return {
    file: positionals[0] as string,
    entries,
    out,
    sheet: v.sheet ?? null,
    catalog: v.catalog ?? null,
    json: v.json ?? false,
    lang,
    force: v.force ?? false,
  };
}

export async function insertCommand(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommand(argv, io, INSERT_USAGE, parse, async (args) => {
    const { file, out, lang } = args;
    const open = await openForEdit(args, io, null);
    if (!open) return 2;
    const session = open.book.session;

    // The catalog: --catalog FILE, or the standard one with this workbook's own Katalog sheet over it.
    let catalog: Catalog;
    if (args.catalog !== null) {
      const from = args.catalog;
      const loaded = await guard(from, lang, io, () => catalogFromFile(from));
      if (!loaded.ok) return 2;
      if (!loaded.value.ok) {
        printRejected(io, lang, from, loaded.value.errors);
        return 2;
      }
      catalog = loaded.value.catalog;
    } else {
      const loaded = await guard(file, lang, io, () => loadCatalog(session));
      if (!loaded.ok) return 2;
      if (!loaded.value.ok) {
        printRejected(io, lang, `${file} [${loaded.value.sheet}]`, loaded.value.errors);
        return 2;
      }
      catalog = loaded.value.catalog;
    }

    const run = await guard(file, lang, io, () =>
      insertEntries(session, { sheet: open.sheet, entryIds: args.entries, catalog, lang, select: false }),
    );
    if (!run.ok) return 2;
    const result = run.value;
    if (!result.ok) {
      if (result.reason === "refused") io.err(`rakit: ${translateKey(lang, result.note.key, result.note.params)}`);
      else if (result.reason === "catalog") printRejected(io, lang, file, result.errors);
      else
        io.err(
          cliText(lang, "fileFailed", {
            file,
            reason: describeFailure({ kind: "noTable", sheets: [result.sheet] }, lang),
          }),
        );
      return 2;
    }
    const saved = await guard(file, lang, io, () => save(open, file, out, lang, io));
    if (!saved.ok) return 2;

    const notes = result.notes.map((n) => translateKey(lang, n.key, n.params));
    if (args.json) {
      io.out(
        JSON.stringify(
          {
            file,
            sheet: result.sheet,
            out,
            inserted: result.newRows.map((r) => ({
              id: r.entryId,
              code: r.code,
              row: r.row + 1,
              block: r.blockNo,
              newBlock: r.newBlock,
            })),
            notes,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(translateKey(lang, "insert.cli.inserted", { file, sheet: result.sheet, count: result.newRows.length }));
    for (const r of result.newRows)
      io.out(
        translateKey(lang, "insert.cli.row", { row: r.row + 1, code: r.code, kegiatan: r.kegiatan, no: r.blockNo }),
      );
    for (const n of notes) io.out(n);
    io.out(translateKey(lang, "insert.cli.written", { out }));
    return 0;
  });
}
