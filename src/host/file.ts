/**
 * Node-only file IO for the host (the CLI and tests). Everything else in src/host runs in a browser
 * too; this file is the one that touches the file system.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createHostFromXlsx, type ExcelHost, type HostOptions } from "./host";

export async function openXlsxFile(path: string, options?: HostOptions): Promise<ExcelHost> {
  return createHostFromXlsx(await readFile(path), options);
}

export async function saveXlsxFile(host: ExcelHost, path: string): Promise<void> {
  await writeFile(path, await host.saveXlsx());
}
