/**
 * What the CLI takes in and prints out (issue 11): files that are not an .xlsx say what they are;
 * control characters in cells never reach the terminal raw; text Excel cannot hold is a finding; a
 * closed pipe ends the output quietly; the catalog export goes through the same safe writer.
 */
import { execFile } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { safeForTerminal } from "../../src/cli/terminal";
import { rakit, scratchDir } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "rak-contoh-2024.xlsx");
const BIN = join(ROOT, "bin", "rakit.js");
const FIXTURES = join(ROOT, "test", "workbench", "fixtures");

const dir = scratchDir();
afterAll(() => dir.cleanup());

/** The sample with one shared string replaced, as a producer would have written it. */
async function sampleWith(find: string, replace: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const part = "xl/sharedStrings.xml";
  const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  if (!xml.includes(find)) throw new Error(`${find} is not in the sample`);
  zip.file(part, xml.replace(find, replace));
  const file = dir.path(name);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

describe("files that are not an .xlsx", () => {
  it("an .ods, an .xls and a text file each get one line saying what they are and what to do", async () => {
    const ods = join(FIXTURES, "rak-contoh-2024.ods");
    const xls = join(FIXTURES, "rak-contoh-2024.xls");
    const text = dir.path("catatan.xlsx");
    writeFileSync(text, "bukan buku kerja");
    const r = await rakit("check", ods, xls, text, "--lang", "en");
    expect(r.code).toBe(2);
    const lines = r.stdout.split("\n").filter((l) => l.includes("cannot be read"));
    expect(lines).toEqual([
      `${ods}: cannot be read: this is an OpenDocument spreadsheet (.ods), not an .xlsx; open it in LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx)`,
      `${xls}: cannot be read: this is an old Excel workbook (.xls) or a password-protected one; open it in Excel and save it as an Excel Workbook (.xlsx) without a password`,
      `${text}: cannot be read: not an .xlsx file (Excel 2007 or later)`,
    ]);
    const one = await rakit("check", ods);
    expect([one.code, one.stdout]).toEqual([
      2,
      `${ods}: tidak dapat dibaca: ini spreadsheet OpenDocument (.ods), bukan .xlsx; buka di LibreOffice Calc atau Excel lalu simpan sebagai Excel Workbook (.xlsx)`,
    ]);
  });
});

describe("text from the workbook, on the terminal", () => {
  it("control characters are shown escaped, never raw; --json stays valid JSON", async () => {
    const file = await sampleWith(
      "Penyusunan Laporan Pemilu Tahun 2024",
      "_x001B_[2J_x001B_]0;judul_x0007_Penyusunan Laporan",
      "kendali.xlsx",
    );
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, "check", file]).catch(
      (e: { stdout: string }) => e,
    );
    // eslint-disable-next-line no-control-regex -- the point: no control character but newline
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(stdout).toContain("\\u001B[2J\\u001B]0;judul\\u0007Penyusunan Laporan");

    const json = await promisify(execFile)(process.execPath, [BIN, "check", file, "--json"]).catch(
      (e: { stdout: string }) => e,
    );
    const parsed = JSON.parse(json.stdout) as { sheets: { findings: { message: string }[] }[] };
    const messages = parsed.sheets.flatMap((s) => s.findings.map((f) => f.message));
    expect(messages.some((m) => m.includes("\u001b[2J"))).toBe(true);
  });

  it("safeForTerminal escapes C0 and C1 controls and DEL, and keeps tabs, newlines and other text", () => {
    expect(safeForTerminal("a\u001b[31mb\tc\nd\u009be\u007f é ✓")).toBe("a\\u001B[31mb\tc\nd\\u009Be\\u007F é ✓");
  });

  it("a cell over Excel's 32,767 characters is an error naming the cell, not printed whole", async () => {
    const long = "Kegiatan ".repeat(4000); // 36,000 characters
    const file = await sampleWith("Penyusunan Laporan Pemilu Tahun 2024", long, "panjang.xlsx");
    const r = await rakit("check", file);
    expect(r.code).toBe(1);
    const line = r.stdout.split("\n").find((l) => l.includes("[cell.textTooLong]"));
    expect(line).toBe(
      "  'RAK 2024'!E33  Sel E33 berisi 36.000 karakter; Excel hanya menyimpan 32.767 karakter per sel dan akan memotongnya. Persingkat teksnya.  [cell.textTooLong]",
    );
    expect(r.stdout.length).toBeLessThan(10_000);
  });

  it("a reader that closes the pipe ends the output quietly: no EPIPE, no stack trace", async () => {
    const { stdout, stderr } = await promisify(execFile)("bash", [
      "-o",
      "pipefail",
      "-c",
      `"${process.execPath}" "${BIN}" catalog list | head -1`,
    ]);
    expect(stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).toBe("");
  });
});

describe("the catalog export writes like the workbooks", () => {
  it("writes the JSON atomically, and refuses a read-only file even with --force", async () => {
    const out = dir.path("katalog.json");
    const first = await rakit("catalog", "export", "--json", "-o", out);
    expect([first.code, first.stderr]).toEqual([0, ""]);
    expect((JSON.parse(readFileSync(out, "utf8")) as { format: string }).format).toBe("rakit-katalog");
    chmodSync(out, 0o444);
    const again = await rakit("catalog", "export", "--json", "-o", out, "--force");
    expect([again.code, again.stderr]).toEqual([
      2,
      `${out} tidak ditulis: ${out} bersifat hanya-baca (Read-only); hilangkan tanda itu di Properti berkas, atau tulis ke berkas lain dengan -o`,
    ]);
  });
});
