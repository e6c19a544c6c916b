/**
 * Workbooks in and out of the browser: the bundled sample fetched from the page's own origin, a file
 * the user picked, and the edited workbook handed back as a download. No other network.
 */
import { createHostFromXlsx, type ExcelHost, type HostOptions } from "../host";
import { readWorkbookBytes } from "./workbookFile";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function fetchWorkbook(url: string, options?: HostOptions): Promise<ExcelHost> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return createHostFromXlsx(new Uint8Array(await response.arrayBuffer()), options);
}

/** The user's file in the host; a file that is not a readable .xlsx throws a WorkbookFileError saying what it is. */
export async function readWorkbookFile(file: Blob, options?: HostOptions): Promise<ExcelHost> {
  return readWorkbookBytes(
    new Uint8Array(await file.arrayBuffer()),
    (bytes) => createHostFromXlsx(bytes, options),
    (host) => host.workbook.sheets.length,
  );
}

/** Offers the workbook as edited under `fileName`, as the browser's download. */
export async function downloadWorkbook(host: ExcelHost, fileName: string): Promise<void> {
  const bytes = await host.saveXlsx();
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
