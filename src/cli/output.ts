import { existsSync, realpathSync, statSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Lang } from "../core/i18n/lang";
import type { ExcelHost } from "../host/host";
import { cliText } from "./messages";

/**
 * Where a command that edits a workbook writes it. The input is never changed behind the user's
 * back: -o names the output, and it may be the input itself only when the user writes that path
 * (then the edit is in place, as asked). Any other existing file is left alone unless --force.
 */
export type OutputCheck =
  | { readonly ok: true; readonly path: string; readonly inPlace: boolean }
  | { readonly ok: false; readonly reason: string };

function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

export function checkOutput(input: string, out: string, force: boolean, lang: Lang): OutputCheck {
  const inPlace = existsSync(input) && existsSync(out) && canonical(input) === canonical(out);
  if (!inPlace && existsSync(out) && !force) return { ok: false, reason: cliText(lang, "outExists", { out }) };
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return { ok: false, reason: cliText(lang, "outDirMissing", { out }) };
  return { ok: true, path: out, inPlace };
}

/**
 * Saves the host's workbook to `out` through a temporary file beside it, renamed into place at the
 * end: a failure half way never leaves a truncated workbook, least of all over the input.
 */
export async function saveWorkbook(host: ExcelHost, out: string): Promise<void> {
  const bytes = await host.saveXlsx();
  const temp = `${resolve(out)}.rakit-${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, resolve(out));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
