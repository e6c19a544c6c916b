import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The .xlsx files named on the command line: files as given, folders expanded to the workbooks in
 * them (recursively, sorted), skipping Excel's "~$" lock files.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // A missing path is reported per file, with exit code 2, by the checker.
    }
    if (isDir) out.push(...workbooksIn(input));
    else out.push(input);
  }
  return out;
}

function workbooksIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...workbooksIn(path));
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) found.push(path);
  }
  return found;
}
