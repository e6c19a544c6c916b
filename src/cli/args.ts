import { parseArgs } from "node:util";

export type Lang = "id" | "en";

export interface CliArgs {
  readonly command: string;
  readonly files: readonly string[];
  readonly sheet: string | null;
  readonly json: boolean;
  readonly lang: Lang;
  readonly stats: boolean;
  readonly help: boolean;
  /** -o / --out: the workbook to write (totals, highlight); null to only print. */
  readonly out: string | null;
  /** --force: write over an existing OUT that is not the input file. */
  readonly force: boolean;
  /** highlight --clear: remove Rakit's schedule highlights instead of adding them. */
  readonly clear: boolean;
  /** totals --rpd: also the draft RPD (shown, and written as the "RPD Draf" sheet with -o). */
  readonly rpd: boolean;
  /** totals --lag 0|1: the RPD's payment lag in periods (default 0). */
  readonly lag: 0 | 1;
}

/** A usage problem: printed as one line with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseCli(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "id" },
        stats: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        out: { type: "string", short: "o" },
        force: { type: "boolean", default: false },
        clear: { type: "boolean", default: false },
        rpd: { type: "boolean", default: false },
        lag: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== "id" && lang !== "en") throw new UsageError(`--lang must be "id" or "en", not "${lang}"`);
  const lag = values.lag ?? "0";
  if (lag !== "0" && lag !== "1") throw new UsageError(`--lag must be 0 or 1 (months or quarters), not "${lag}"`);
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) throw new UsageError(`-o must name an .xlsx file, not "${out}"`);
  const [command = "", ...files] = positionals;
  return {
    command,
    files,
    sheet: values.sheet ?? null,
    json: values.json ?? false,
    lang,
    stats: values.stats ?? false,
    help: values.help ?? false,
    out,
    force: values.force ?? false,
    clear: values.clear ?? false,
    // --lag implies the RPD: a lag means nothing without it.
    rpd: (values.rpd ?? false) || values.lag !== undefined,
    lag: lag === "1" ? 1 : 0,
  };
}

export const USAGE = `Usage:
  rakit inspect FILE.xlsx [--sheet NAME] [--json]
  rakit check FILE.xlsx|FOLDER ... [--sheet NAME] [--json] [--lang id|en] [--stats]
  rakit totals FILE.xlsx [--sheet NAME] [--json] [--lang id|en] [--rpd [--lag 0|1]] [-o OUT.xlsx [--force]]
  rakit highlight FILE.xlsx [--sheet NAME] [--clear] -o OUT.xlsx [--force]
  rakit catalog [list|export|check|import] [--json] ...     (rakit catalog --help)
  rakit insert FILE.xlsx --entry ID... -o OUT.xlsx [--sheet NAME]
  rakit rollover FILE.xlsx --year YEAR -o OUT.xlsx [--clear months,budget,targets] [--drop-ended]
  rakit print-setup FILE.xlsx -o OUT.xlsx [--paper folio|a4] [--pdf OUT.pdf]

totals prints the budget per sasaran, code, pelaksana and month; with -o it writes them into a copy
of the workbook as formulas (JUMLAH row, subtotals, "Rekap Anggaran" sheet, "RPD Draf" with --rpd).
highlight shades rows without a month and months without a row (--clear removes the shading).
-o never overwrites another file unless --force; -o FILE.xlsx (the input itself) writes in place.

Exit codes: 0 no errors, 1 errors found, 2 the file can't be read or holds no RAK table.`;
