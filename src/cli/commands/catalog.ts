import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadCatalog, standardCatalog, writeCatalogSheet } from "../../app/katalog";
import type { Catalog, CatalogEntry, CatalogError } from "../../core/catalog";
import {
  entriesForYear,
  formatCatalogError,
  formatMonths,
  groupByCode,
  KATALOG_SHEET,
  parseCatalogJson,
  searchEntries,
  stringifyCatalog,
} from "../../core/catalog";
import { shorten, translateKey, type Lang } from "../../core/i18n";
import { createHost } from "../../host/host";
import { Workbook } from "../../host/model/workbook";
import { guard } from "../edit";
import { cliText } from "../messages";
import { checkOutput, saveWorkbook } from "../output";
import { prepareTarget, writeAtomically } from "../safeWrite";
import type { CliIO } from "../run";
import { asUsage, langOption, runCommand, Usage } from "./commandArgs";
import { openWorkbook } from "../workbook";

export const CATALOG_USAGE = `rakit catalog [list] [--search WORDS] [--year YEAR] [--catalog FILE] [--json] [--lang id|en]
rakit catalog export [FILE.xlsx] -o OUT.xlsx [--catalog FILE] [--force]
rakit catalog export --json [-o OUT.json] [--catalog FILE] [--force]
rakit catalog check SOURCE.json|SOURCE.xlsx [--json] [--lang id|en]
rakit catalog import SOURCE.json FILE.xlsx -o OUT.xlsx [--force]

The catalog is Rakit's standard one (shipped with it), or --catalog FILE: a catalog .json, or an .xlsx
whose "Katalog" sheet goes over the standard catalog (as in the add-in). list prints the entries by
kegiatan code (--json: an array of entries). export writes a "Katalog" sheet to start an office's own
from (into a copy of FILE.xlsx, or a new workbook), or with --json the catalog's JSON. check validates
a catalog and lists every bad entry with its line (JSON) or row (sheet). import checks SOURCE.json and
writes it as the "Katalog" sheet of a copy of FILE.xlsx; a catalog with any bad entry is not imported.
Exit codes: 0 done, 2 bad arguments or a rejected catalog (nothing written).`;

interface CatalogArgs {
  readonly action: "list" | "export" | "check" | "import";
  readonly files: readonly string[];
  readonly out: string | null;
  readonly catalog: string | null;
  readonly search: string;
  readonly year: number | null;
  readonly json: boolean;
  readonly lang: Lang;
  readonly force: boolean;
}

const ACTIONS = ["list", "export", "check", "import"] as const;

function parse(argv: readonly string[]): CatalogArgs | "help" {
  const { values: v, positionals } = asUsage(() =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        catalog: { type: "string" },
        search: { type: "string" },
        year: { type: "string" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "id" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (v.help) return "help";
  const [first, ...rest] = positionals;
  const action = first === undefined ? "list" : (ACTIONS as readonly string[]).includes(first) ? first : null;
  if (action === null) throw new Usage(`unknown catalog action "${first}"`);
  const lang = langOption(v.lang);
  let year: number | null = null;
  if (v.year !== undefined) {
    if (!/^\d{4}$/.test(v.year)) throw new Usage(`--year must be a year like 2024, not "${v.year}"`);
    year = Number(v.year);
  }
  return {
    action: action as CatalogArgs["action"],
    files: rest,
    out: v.out ?? null,
    catalog: v.catalog ?? null,
    search: v.search ?? "",
    year,
    json: v.json ?? false,
    lang,
    force: v.force ?? false,
  };
}

export type CatalogSource =
  | {
      readonly ok: true;
      readonly catalog: Catalog;
      readonly officeSheet: string | null;
      readonly officeEntries: number;
    }
  | { readonly ok: false; readonly errors: readonly CatalogError[] };

/**
 * A catalog named on the command line: a .json file (the whole catalog), or a workbook whose
 * Katalog sheet goes over the standard catalog, as the add-in does with the open workbook.
 */
export async function catalogFromFile(path: string): Promise<CatalogSource> {
  if (/\.json$/i.test(path)) {
    const result = parseCatalogJson(await readFile(path, "utf8"));
    return result.ok ? { ok: true, catalog: result.catalog, officeSheet: null, officeEntries: 0 } : result;
  }
  const book = await openWorkbook(path);
  const loaded = await loadCatalog(book.session);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  if (loaded.officeSheet === null)
    return { ok: false, errors: [{ reason: "noHeader", field: "", params: { sheet: KATALOG_SHEET } }] };
  return loaded;
}

/** Prints why a catalog was rejected: one line per problem. */
export function printRejected(io: CliIO, lang: Lang, file: string, errors: readonly CatalogError[]): void {
  io.err(translateKey(lang, "catalog.cli.rejected", { file, count: errors.length }));
  for (const e of errors) io.err(`  ${formatCatalogError(lang, e)}`);
}

/** The entry as `list --json` prints it: flat, with the season spelled out. */
export function entryListJson(e: CatalogEntry): Record<string, unknown> {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    sasaran: e.sasaran,
    kegiatan: e.kegiatan,
    indicator: e.indicator,
    satuan: e.satuan,
    target: e.target,
    months: [...e.months],
    pelaksana: e.pelaksana,
    season: e.season.kind,
    stage: e.season.kind === "stage" ? e.season.stage.id : null,
    sumberDana: e.sumberDana,
    years: e.years === "all" ? "all" : [...e.years],
  };
}

export async function catalogCommand(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommand(argv, io, CATALOG_USAGE, parse, async (args) => {
    const a = args;
    switch (a.action) {
      case "list":
        return list(a, io);
      case "export":
        return exportCatalog(a, io);
      case "check":
        return check(a, io);
      case "import":
        return importCatalog(a, io);
    }
  });
}

/** The catalog to work with: --catalog FILE, or the standard one. Null (after printing why) if rejected. */
async function chosenCatalog(a: CatalogArgs, io: CliIO): Promise<CatalogSource | null> {
  if (a.catalog === null) return { ok: true, catalog: standardCatalog(), officeSheet: null, officeEntries: 0 };
  const file = a.catalog;
  const loaded = await guard(file, a.lang, io, () => catalogFromFile(file));
  if (!loaded.ok) return null;
  if (!loaded.value.ok) {
    printRejected(io, a.lang, file, loaded.value.errors);
    return null;
  }
  return loaded.value;
}

async function list(a: CatalogArgs, io: CliIO): Promise<number> {
  const source = await chosenCatalog(a, io);
  if (!source?.ok) return 2;
  const entries = searchEntries(entriesForYear(source.catalog, a.year), a.search);
  if (a.json) {
    io.out(JSON.stringify(entries.map(entryListJson), null, 2));
    return 0;
  }
  io.out(
    translateKey(a.lang, "catalog.cli.source", { name: source.catalog.name, count: source.catalog.entries.length }),
  );
  if (source.officeSheet !== null)
    io.out(translateKey(a.lang, "catalog.cli.officeSheet", { sheet: source.officeSheet, count: source.officeEntries }));
  for (const g of groupByCode(entries)) {
    io.out("");
    io.out(translateKey(a.lang, "catalog.cli.group", { code: g.code, name: g.name, count: g.entries.length }));
    for (const e of g.entries) {
      const when = e.season.kind === "routine" ? "rutin" : e.season.stage.id;
      io.out(`  ${e.id.padEnd(8)} ${shorten(e.kegiatan, 70)} · B${formatMonths(e.months)} · ${e.pelaksana} · ${when}`);
    }
  }
  return 0;
}

async function exportCatalog(a: CatalogArgs, io: CliIO): Promise<number> {
  const source = await chosenCatalog(a, io);
  if (!source?.ok) return 2;
  const catalog = source.catalog;
  if (a.json) {
    const text = stringifyCatalog(catalog);
    if (a.out === null) {
      io.out(text.trimEnd());
      return 0;
    }
    const out = a.out;
    const target = checkOutput(null, out, a.force, a.lang);
    if (!target.ok) {
      io.err(cliText(a.lang, "notWritten", { out, reason: target.reason }));
      return 2;
    }
    // The same atomic writer as the workbooks: never a half-written catalog, permissions kept.
    const written = await guard(out, a.lang, io, () =>
      writeAtomically(prepareTarget(out, { replaceable: true }), text),
    );
    if (!written.ok) return 2;
    io.out(translateKey(a.lang, "catalog.cli.jsonWritten", { out: a.out, count: catalog.entries.length }));
    return 0;
  }
  if (a.out === null || !/\.xlsx$/i.test(a.out)) {
    io.err(`rakit: catalog export writes a workbook: add -o OUT.xlsx (or --json)\n${CATALOG_USAGE}`);
    return 2;
  }
  if (a.files.length > 1) {
    io.err(`rakit: catalog export takes at most one FILE.xlsx\n${CATALOG_USAGE}`);
    return 2;
  }
  const input = a.files[0] ?? "";
  const out = a.out;
  const ok = checkOutput(input, out, a.force, a.lang);
  if (!ok.ok) {
    io.err(cliText(a.lang, "notWritten", { out, reason: ok.reason }));
    return 2;
  }
  const opened = await guard(input || out, a.lang, io, async () => {
    if (input !== "") return (await openWorkbook(input)).host;
    const wb = new Workbook();
    wb.addSheet(KATALOG_SHEET);
    return createHost(wb);
  });
  if (!opened.ok) return 2;
  const host = opened.value;
  const written = await writeCatalogSheet(host, catalog);
  if (!(await guard(out, a.lang, io, () => saveWorkbook(host, out))).ok) return 2;
  io.out(translateKey(a.lang, "catalog.cli.written", { sheet: written.sheet, out, count: written.entries }));
  return 0;
}

async function check(a: CatalogArgs, io: CliIO): Promise<number> {
  const file = a.files[0];
  if (file === undefined || a.files.length > 1) {
    io.err(`rakit: catalog check takes one SOURCE.json or SOURCE.xlsx\n${CATALOG_USAGE}`);
    return 2;
  }
  const loaded = await guard(file, a.lang, io, () => catalogFromFile(file));
  if (!loaded.ok) return 2;
  const result = loaded.value;
  if (a.json) {
    io.out(
      JSON.stringify(
        result.ok
          ? { file, ok: true, entries: result.catalog.entries.length, stages: result.catalog.stages.length, errors: [] }
          : {
              file,
              ok: false,
              errors: result.errors.map((e) => ({ ...e, message: formatCatalogError(a.lang, e) })),
            },
        null,
        2,
      ),
    );
    return result.ok ? 0 : 2;
  }
  if (!result.ok) {
    printRejected(io, a.lang, file, result.errors);
    return 2;
  }
  io.out(
    translateKey(a.lang, "catalog.cli.valid", {
      file,
      count: result.catalog.entries.length,
      stages: result.catalog.stages.length,
    }),
  );
  return 0;
}

async function importCatalog(a: CatalogArgs, io: CliIO): Promise<number> {
  const [source, target] = a.files;
  if (source === undefined || target === undefined || a.files.length !== 2 || a.out === null) {
    io.err(`rakit: catalog import takes SOURCE.json FILE.xlsx -o OUT.xlsx\n${CATALOG_USAGE}`);
    return 2;
  }
  const out = a.out;
  const ok = checkOutput(target, out, a.force, a.lang);
  if (!ok.ok) {
    io.err(cliText(a.lang, "notWritten", { out, reason: ok.reason }));
    return 2;
  }
  const loaded = await guard(source, a.lang, io, () => catalogFromFile(source));
  if (!loaded.ok) return 2;
  if (!loaded.value.ok) {
    printRejected(io, a.lang, source, loaded.value.errors);
    return 2;
  }
  const catalog = loaded.value.catalog;
  const opened = await guard(target, a.lang, io, () => openWorkbook(target));
  if (!opened.ok) return 2;
  const written = await writeCatalogSheet(opened.value.session, catalog);
  const book = opened.value;
  if (!(await guard(out, a.lang, io, () => saveWorkbook(book.host, out, book.stamp))).ok) return 2;
  io.out(translateKey(a.lang, "catalog.cli.written", { sheet: written.sheet, out, count: written.entries }));
  return 0;
}
