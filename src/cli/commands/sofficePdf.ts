import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { promisify } from "node:util";
import { createHostFromXlsx } from "../../host/host";

const run = promisify(execFile);

/** LibreOffice's command: $RAKIT_SOFFICE, else `soffice` or `libreoffice` on the PATH or in the usual places. */
export function findSoffice(): string | null {
  const fromEnv = process.env.RAKIT_SOFFICE;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const dirs = [
    ...(process.env.PATH ?? "").split(delimiter).filter(Boolean),
    "/usr/bin",
    "/usr/local/bin",
    "/opt/libreoffice/program",
  ];
  for (const dir of dirs)
    for (const name of ["soffice", "libreoffice"]) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  return null;
}

export interface PdfResult {
  readonly pdf: string;
  readonly ms: number;
}

/**
 * Prints one sheet of a workbook to PDF with LibreOffice, headless, honouring the sheet's page
 * setup. LibreOffice prints every visible sheet (and a hidden one with a print area), so a scratch
 * copy hides the others and drops their print areas; page numbers then count this sheet's pages. LibreOffice runs with a profile of its own in the
 * scratch folder: it neither needs nor touches the user's, and two runs never share one.
 */
export async function printSheetToPdf(
  soffice: string,
  xlsx: Uint8Array,
  sheet: string,
  pdf: string,
): Promise<PdfResult> {
  const dir = await mkdtemp(join(tmpdir(), "rakit-pdf-"));
  try {
    // A file-level change on a scratch copy, so the model is set directly rather than through the
    // add-in's adapter.
    const host = await createHostFromXlsx(xlsx);
    const target = host.workbook.sheetByName(sheet);
    if (!target) throw new Error(`no sheet "${sheet}"`);
    for (const s of host.workbook.sheets) {
      if (s === target) continue;
      s.visibility = "Hidden";
      // LibreOffice still prints a hidden sheet that has a print area of its own.
      s.pageLayout.printArea = null;
    }
    target.visibility = "Visible";
    host.workbook.activeSheetId = target.id;
    const input = join(dir, `${safeName(basename(pdf).replace(/\.pdf$/i, ""))}.xlsx`);
    await writeFile(input, await host.saveXlsx());
    const profile = join(dir, "profile");
    await mkdir(profile);
    const started = Date.now();
    await run(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, input],
      { timeout: 180_000 },
    );
    const ms = Date.now() - started;
    const made = input.replace(/\.xlsx$/, ".pdf");
    if (!existsSync(made)) throw new Error("LibreOffice wrote no PDF");
    await copyFile(made, pdf);
    return { pdf, ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, "_") || "rakit";
}
