/**
 * What the workbench says about a file it cannot open, from the file's bytes. The .ods and .xls are
 * the sample RAK saved by LibreOffice Calc 7.4 (`soffice --convert-to ods|xls`), as a user's would be.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { createHostFromXlsx } from "../../src/host";
import { sniffWorkbookFile, zipEntryNames } from "../../src/host/xlsx/sniff";
import { readWorkbookBytes, WorkbookFileError } from "../../src/workbench/workbookFile";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = new Uint8Array(readFileSync(join(ROOT, "samples", "rak-contoh-2024.xlsx")));
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

/** The problem readWorkbookBytes reports, and whether the .xlsx reader was tried at all. */
async function problemOf(bytes: Uint8Array): Promise<{ problem: string; tried: boolean; technical: boolean }> {
  let tried = false;
  try {
    await readWorkbookBytes(
      bytes,
      (b) => {
        tried = true;
        return createHostFromXlsx(b);
      },
      (host) => host.workbook.sheets.length,
    );
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    return { problem: error.problem, tried, technical: error.technical !== null };
  }
  return { problem: "none", tried, technical: false };
}

describe("opening a file in the workbench", () => {
  it("reads a workbook", async () => {
    expect(sniffWorkbookFile(SAMPLE)).toBe("xlsx");
    expect(zipEntryNames(SAMPLE)).toContain("xl/worksheets/sheet1.xml");
    const host = await readWorkbookBytes(SAMPLE, createHostFromXlsx, (h) => h.workbook.sheets.length);
    expect(host.workbook.activeSheet?.name).toBe("RAK 2024");
  });

  it.each([
    ["an empty file", new Uint8Array(), "empty"],
    ["an OpenDocument spreadsheet (.ods)", fixture("rak-contoh-2024.ods"), "ods"],
    ["an Excel 97-2003 workbook (.xls)", fixture("rak-contoh-2024.xls"), "xls"],
    ["a CSV file", new TextEncoder().encode("No;Sasaran;Anggaran\n1;Pelantikan KPPS;822654000\n"), "notWorkbook"],
    ["a PDF", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "notWorkbook"],
  ])("%s: says what it is without trying to read it", async (_name, bytes, problem) => {
    expect(await problemOf(bytes)).toEqual({ problem, tried: false, technical: false });
  });

  it("an Excel binary workbook (.xlsb): says so", async () => {
    const bytes = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\u0083\u0001" });
    expect(sniffWorkbookFile(bytes)).toBe("xlsb");
    expect(await problemOf(bytes)).toEqual({ problem: "xlsb", tried: false, technical: false });
  });

  it("another zip (a Word document): the reader tries, reads no sheet, so it is not a workbook", async () => {
    const bytes = await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(sniffWorkbookFile(bytes)).toBe("zip");
    expect((await problemOf(bytes)).problem).toBe("notWorkbook");
    expect((await problemOf(bytes)).tried).toBe(true);
  });

  it("a workbook cut short (a broken download): unreadable, with the reader's words kept for a bug report", async () => {
    const cut = SAMPLE.slice(0, Math.floor(SAMPLE.length / 2));
    expect(sniffWorkbookFile(cut)).toBe("brokenZip");
    expect(await problemOf(cut)).toEqual({ problem: "unreadable", tried: true, technical: true });
  });

  it("a workbook whose parts are damaged: unreadable", async () => {
    const zip = await JSZip.loadAsync(SAMPLE);
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(sniffWorkbookFile(bytes)).toBe("xlsx");
    expect(await problemOf(bytes)).toEqual({ problem: "unreadable", tried: true, technical: true });
  });
});
