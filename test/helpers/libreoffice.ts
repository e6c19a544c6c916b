/**
 * LibreOffice headless as a real spreadsheet engine in tests: it opens what Rakit wrote, recomputes
 * every formula and saves the results, which exceljs then reads back. `.ci/run` installs
 * libreoffice-calc-nogui; where it is missing the tests that need it are skipped, visibly.
 *
 * Two things make the recomputation real rather than a copy of the host's results:
 * - every formula's cached result is stripped from the file before LibreOffice sees it;
 * - LibreOffice runs with a profile of its own (one per test file, so parallel test files never
 *   share one) that says "recalculate on load: always" for .xlsx.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";

export const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].find((p) =>
  existsSync(p),
);

/** True when LibreOffice is there; otherwise says, once per test file, that its tests are skipped. */
export function libreOfficePresent(): boolean {
  if (!SOFFICE) console.warn("SKIPPED: LibreOffice not installed (soffice); the recalculation checks did not run");
  return SOFFICE !== undefined;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Removes the cached result of every formula cell, so a reader must compute it. */
export async function withoutCachedResults(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await (zip.file(name) as JSZip.JSZipObject).async("string");
    zip.file(name, xml.replace(/(<f(?:\s[^>]*)?>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1"));
  }
  return zip.generateAsync({ type: "uint8array" });
}

export interface Conversion {
  readonly file: string;
  readonly ms: number;
}

/** One LibreOffice profile and scratch folder, for one test file. */
export class LibreOffice {
  readonly dir: string;
  private readonly profile: string;
  /** Every conversion's time, for the test output. */
  readonly timings: { what: string; ms: number }[] = [];

  constructor(name: string) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), `rakit-lo-${name}-`));
    this.profile = path.join(this.dir, "profile");
    mkdirSync(path.join(this.profile, "user"), { recursive: true });
    writeFileSync(path.join(this.profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  }

  /**
   * Has LibreOffice open `file` and save it as `format` ("xlsx", "pdf") in a folder of its own;
   * returns the converted file's path and how long it took.
   */
  convert(file: string, format: "xlsx" | "pdf"): Conversion {
    if (!SOFFICE) throw new Error("LibreOffice is not installed");
    const outDir = mkdtempSync(path.join(this.dir, "out-"));
    const started = Date.now();
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${this.profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file],
      { stdio: "ignore", timeout: 120_000 },
    );
    const ms = Date.now() - started;
    this.timings.push({ what: `${path.basename(file)} -> ${format}`, ms });
    const out = path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, "")}.${format}`);
    if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${format} for ${file}`);
    return { file: out, ms };
  }

  /** Strips the cached results of `file` and has LibreOffice recompute and save it as .xlsx. */
  async recalculate(file: string): Promise<Conversion> {
    const stripped = path.join(mkdtempSync(path.join(this.dir, "in-")), path.basename(file));
    writeFileSync(stripped, await withoutCachedResults(readFileSync(file)));
    return this.convert(stripped, "xlsx");
  }

  /** Logs the conversions' times (the issue asks for them) and removes the scratch folder. */
  cleanup(): void {
    if (this.timings.length > 0)
      console.log(`LibreOffice conversions: ${this.timings.map((t) => `${t.what} ${t.ms} ms`).join("; ")}`);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
