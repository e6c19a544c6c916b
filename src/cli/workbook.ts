import { readFile, writeFile } from "node:fs/promises";
import type { ExcelSession } from "../excel/session";
import { createHostFromXlsx, type ExcelHost } from "../host/host";
import { mebibytes, PackageTooLargeError } from "../host/xlsx/zip/limits";
import { FileFailure } from "./failures";

export interface SyncStats {
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly maxSyncBytes: number;
}

export interface OpenWorkbook {
  readonly file: string;
  readonly host: ExcelHost;
  /** The adapter's view of the host: the same session type Excel provides. */
  readonly session: ExcelSession;
  stats(): SyncStats;
  /** Saves the workbook as edited to `out` (never over the input unless asked). */
  save(out: string): Promise<void>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Loads an .xlsx file into the in-memory Excel host, so the CLI reads and writes it through the
 * adapter exactly as the add-in does inside Excel. Bad input becomes a FileFailure naming the file.
 */
export async function openWorkbook(file: string): Promise<OpenWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileFailure(file, { kind: "missing" });
    if (code === "EISDIR") throw new FileFailure(file, { kind: "notXlsx" });
    throw new FileFailure(file, { kind: "corrupt", detail: code ?? String(error) });
  }
  if (bytes.length < 4 || !ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new FileFailure(file, { kind: "notXlsx" });
  let host: ExcelHost;
  try {
    host = await createHostFromXlsx(bytes);
  } catch (error) {
    if (error instanceof PackageTooLargeError)
      throw new FileFailure(file, { kind: "tooLarge", part: error.part, limitMb: mebibytes(error.limitBytes) });
    throw new FileFailure(file, { kind: "corrupt", detail: firstLine(error) });
  }
  return {
    file,
    host,
    session: host,
    stats: () => {
      const s = host.stats;
      return {
        syncs: s.syncs,
        requestBytes: s.requestBytes,
        responseBytes: s.responseBytes,
        maxSyncBytes: s.maxSyncBytes,
      };
    },
    save: async (out) => writeFile(out, await host.saveXlsx()),
  };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 200);
}
