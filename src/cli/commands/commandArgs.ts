import { isLang, type Lang } from "../../core/i18n/lang";
import type { CliIO } from "../run";

/** A mistake in a command's arguments: printed with the command's usage, exit code 2. */
export class Usage extends Error {
  override readonly name = "Usage";
}

/** Runs a parseArgs call, turning its complaints into Usage. */
export function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new Usage(error instanceof Error ? error.message : String(error));
  }
}

/** --lang, the same two languages the same way in every command. */
export function langOption(value: string | undefined): Lang {
  const lang = value ?? "id";
  if (!isLang(lang)) throw new Usage(`--lang must be "id" or "en", not "${lang}"`);
  return lang;
}

/** -o OUT.xlsx, required by every command that writes a workbook. */
export function requireXlsxOut(out: unknown, command: string): string {
  if (typeof out !== "string") throw new Usage(`-o OUT.xlsx is required: ${command} writes a new file`);
  if (!/\.xlsx$/i.test(out)) throw new Usage(`-o must name an .xlsx file, not "${out}"`);
  return out;
}

/**
 * Parses, then runs: a Usage problem prints the usage (exit 2), --help prints it (exit 0), and
 * anything else is the command's own business.
 */
export async function runCommand<A>(
  argv: readonly string[],
  io: CliIO,
  usage: string,
  parse: (argv: readonly string[]) => A | "help",
  body: (args: A) => Promise<number>,
): Promise<number> {
  let args: A | "help";
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof Usage)) throw error;
    io.err(`rakit: ${error.message}\n${usage}`);
    return 2;
  }
  if (args === "help") {
    io.out(usage);
    return 0;
  }
  return body(args);
}
