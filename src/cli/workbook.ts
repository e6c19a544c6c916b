import { readFile } from "node:fs/promises";
import type { ExcelSession } from "../excel/session";
import { createHostFromXlsx, type ExcelHost } from "../host/host";
import { sniffWorkbookFile } from "../host/xlsx/sniff";
import { mebibytes, PackageTooLargeError } from "../host/xlsx/zip/limits";
import { FileFailure, type FailureReason } from "./failures";
import { saveWorkbook } from "./output";
import { stampOf, type FileStamp } from "./safeWrite";

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
  /** What the file held when it was read: an in-place save refuses if someone has changed it since. */
  readonly stamp: FileStamp;
  stats(): SyncStats;
  /** Saves the workbook as edited to `out` (never over the input unless asked). */
  save(out: string): Promise<void>;
}

/** What to say about bytes that are not an .xlsx the reader takes: what the file is, and what to do. */
function notAWorkbook(bytes: Uint8Array): FailureReason | null {
  switch (sniffWorkbookFile(bytes)) {
    case "ods":
      return { kind: "ods" };
    case "ole2":
      return { kind: "xls" };
    case "xlsb":
      return { kind: "xlsb" };
    case "empty":
    case "other":
      return { kind: "notXlsx" };
    default:
      return null; // an .xlsx, or a zip the reader may still make sense of
  }
}

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
  const refused = notAWorkbook(bytes);
  if (refused) throw new FileFailure(file, refused);
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
    stamp: stampOf(file, bytes),
    stats: () => {
      const s = host.stats;
      return {
        syncs: s.syncs,
        requestBytes: s.requestBytes,
        responseBytes: s.responseBytes,
        maxSyncBytes: s.maxSyncBytes,
      };
    },
    save: (out) => saveWorkbook(host, out),
  };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 200);
}
