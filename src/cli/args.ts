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
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== "id" && lang !== "en") throw new UsageError(`--lang must be "id" or "en", not "${lang}"`);
  const [command = "", ...files] = positionals;
  return {
    command,
    files,
    sheet: values.sheet ?? null,
    json: values.json ?? false,
    lang,
    stats: values.stats ?? false,
    help: values.help ?? false,
  };
}

export const USAGE = `Usage:
  rakit inspect FILE.xlsx [--sheet NAME] [--json]
  rakit check FILE.xlsx|FOLDER ... [--sheet NAME] [--json] [--lang id|en] [--stats]

Exit codes: 0 no errors, 1 errors found, 2 the file can't be read or holds no RAK table.`;
