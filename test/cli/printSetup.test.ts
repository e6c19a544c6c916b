import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { printSetupCommand } from "../../src/cli/commands/printSetup";
import { rolloverCommand } from "../../src/cli/commands/rollover";
import { createHostFromXlsx } from "../../src/host/host";
import { defaultPageLayout } from "../../src/host/model/pageLayout";
import { FIXTURE, fixtureBytes } from "../helpers/host";
import { LibreOffice, libreOfficePresent } from "../helpers/libreoffice";
import { scratchDir, type CliRun } from "./helpers";

/**
 * `rakit print-setup` on the seed plan, with the fixture's own print settings wiped first, so
 * that whatever the printed PDF shows is Rakit's doing. The proof the issue asks for: a LibreOffice
 * PDF, landscape 8.5 × 13 in, the header and the column-number row on every page with all 19
 * columns, and "Halaman i dari N" in the footer.
 *
 * RAKIT_DOCS_IMAGES=1 also writes the pages as docs/cetak-page-<n>.png (pdftoppm, 50 dpi).
 */
const bytes = fixtureBytes();
const maybe = bytes ? describe : describe.skip;
const dir = scratchDir();
afterAll(() => dir.cleanup());

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    console.warn(`SKIPPED: ${name} (poppler-utils) is not installed; the PDF checks did not run`);
    return false;
  }
}
const canPrint = libreOfficePresent() && hasTool("pdftotext") && hasTool("pdfinfo");
const printing = bytes && canPrint ? describe : describe.skip;

async function printSetup(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await printSetupCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** The seed plan with no print settings at all: portrait, default paper, no area, no titles. */
async function plainSeed(name: string): Promise<string> {
  const host = await createHostFromXlsx(bytes as Buffer);
  const sheet = host.workbook.sheetByName("RAK 2024");
  if (!sheet) throw new Error("no RAK 2024");
  sheet.pageLayout = defaultPageLayout();
  const file = dir.path(name);
  writeFileSync(file, await host.saveXlsx());
  return file;
}

function pdfInfo(pdf: string): { pages: number; size: string } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: (/^Page size:\s+(.+)$/m.exec(info)?.[1] ?? "").trim(),
  };
}

function pageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
}

const HEADER_WORDS = ["Indikator Kinerja", "Rencana Pelaksanaan", "B12", "Pelaksana"];
/** The column-number row, 1 to 19 in order on one line: every column is on the page. */
const NUMBER_ROW = new RegExp(`(^|\\s)${Array.from({ length: 19 }, (_, i) => i + 1).join("\\s+")}(\\s|$)`, "m");

maybe("rakit print-setup: the workbook", () => {
  test("with the seed's two errors it stops, writes nothing and offers --anyway (Cetak tetap)", async () => {
    const out = dir.path("blocked.xlsx");
    const run = await printSetup(await plainSeed("blocked-in.xlsx"), "-o", out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Lembar ini masih punya 2 kesalahan");
    expect(run.stdout).toContain("Kesalahan di D5");
    expect(run.stdout).toContain("--anyway");
    expect(existsSync(out)).toBe(false);
  });

  test("--anyway writes every page setting where Excel and LibreOffice read them", async () => {
    const out = dir.path("ready.xlsx");
    const run = await printSetup(await plainSeed("ready-in.xlsx"), "-o", out, "--anyway", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      written: true,
      forced: true,
      paper: "folio",
      printArea: "A1:S57",
      titleRows: "$7:$9",
      footer: "Halaman &P dari &N",
    });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const book = await zip.file("xl/workbook.xml")?.async("string");
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'RAK 2024'!$A$1:$S$57</definedName>`);
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'RAK 2024'!$7:$9</definedName>`);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    // Attributes in whatever order: the writer patches the file's own <pageSetup>.
    const pageSetup = /<pageSetup [^>]*>/.exec(sheet)?.[0] ?? "";
    for (const attr of ['paperSize="14"', 'orientation="landscape"', 'fitToWidth="1"', 'fitToHeight="0"'])
      expect(pageSetup).toContain(attr);
    expect(sheet).toContain("<oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter>");
  });

  test.each([
    [["-o", "x.xlsx", "--paper", "letter"], "--paper must be folio or a4"],
    [[], "-o OUT.xlsx is required"],
    [["-o", "x.xlsx", "--pdf", "x.png"], "--pdf must name a .pdf file"],
  ])("usage: %j", async (args, message) => {
    const run = await printSetup(await plainSeed("usage.xlsx"), ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test("-o the input itself is refused", async () => {
    const input = await plainSeed("self.xlsx");
    const before = readFileSync(input);
    const run = await printSetup(input, "-o", input, "--anyway");
    expect(run.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

printing("rakit print-setup --pdf: the printed seed plan (LibreOffice)", () => {
  const lo = new LibreOffice("print-setup");
  afterAll(() => lo.cleanup());

  test("without Rakit's setup the header is not repeated (the control: the fixture's settings are gone)", async () => {
    const pdf = lo.convert(await plainSeed("control-in.xlsx"), "pdf").file;
    const info = pdfInfo(pdf);
    expect(info.size).not.toContain("936 x 612");
    expect(info.pages).toBeGreaterThan(1);
    expect(pageText(pdf, 2)).not.toContain("Indikator Kinerja");
  });

  test("Folio landscape, the header and all 19 column numbers on every page, Halaman i dari N", async () => {
    const pdf = dir.path("rak-cetak.pdf");
    const run = await printSetup(
      await plainSeed("print-in.xlsx"),
      "-o",
      dir.path("print.xlsx"),
      "--anyway",
      "--pdf",
      pdf,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    console.log(run.stdout.split("\n").find((l) => l.startsWith("PDF")));
    const info = pdfInfo(pdf);
    expect(info.size).toBe("936 x 612 pts"); // 13 × 8.5 in: Folio, landscape
    expect(info.pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= info.pages; page++) {
      const text = pageText(pdf, page);
      for (const words of HEADER_WORDS) expect(`page ${page}: ${text.includes(words)}`).toBe(`page ${page}: true`);
      expect(text).toMatch(NUMBER_ROW);
      expect(text).toContain(`Halaman ${page} dari ${info.pages}`);
    }
    const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(all).toContain("Prabumulih, 25 Januari 2024"); // the signature block is in the print area
    expect(all).toContain("YASRIN ABIDIN");

    if (process.env.RAKIT_DOCS_IMAGES) {
      const docs = join(__dirname, "..", "..", "docs");
      mkdirSync(docs, { recursive: true });
      execFileSync("pdftoppm", ["-png", "-r", "50", pdf, join(docs, "cetak-page")]);
    }
  });

  test("--paper a4: A4 landscape", async () => {
    const pdf = dir.path("rak-a4.pdf");
    const run = await printSetup(
      await plainSeed("a4-in.xlsx"),
      "-o",
      dir.path("a4.xlsx"),
      "--anyway",
      "--paper",
      "a4",
      "--pdf",
      pdf,
    );
    expect(run.code).toBe(0);
    expect(pdfInfo(pdf).size).toMatch(/^841\.89 x 595\.\d+ pts \(A4\)$/);
    expect(pageText(pdf, 2)).toContain("Indikator Kinerja");
  });

  test("after Tahun Baru: only the chosen sheet is printed, its reopened signature date included", async () => {
    const rolled = dir.path("rolled.xlsx");
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await rolloverCommand([FIXTURE, "--year", "2025", "--drop-ended", "-o", rolled], quiet)).toBe(0);
    const pdf = dir.path("rak-2025.pdf");
    const run = await printSetup(rolled, "--sheet", "RAK 2025", "-o", dir.path("rolled-print.xlsx"), "--pdf", pdf);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0); // the routine blocks alone validate clean: no --anyway needed
    const { pages } = pdfInfo(pdf);
    const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(all).toContain("TAHUN 2025");
    expect(all).not.toContain("TAHUN 2024");
    expect(all).toContain("Prabumulih, … Januari 2025");
    expect(all).toContain(`Halaman ${pages} dari ${pages}`);
  });
});
