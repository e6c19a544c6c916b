/**
 * Writing the user's file safely (issue 11): refusals before any work, permissions kept, links
 * followed, and no silent loss when two edits of one file overlap. On real files, through the CLI.
 */
import { execFile } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { saveWorkbook } from "../../src/cli/output";
import { WriteFailure } from "../../src/cli/safeWrite";
import { openWorkbook } from "../../src/cli/workbook";
import { readPlan } from "../../src/core/reader";
import { readSheets } from "../../src/excel/readWorkbook";
import { createHostFromXlsx } from "../../src/host/host";
import { rakit, scratchDir } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "rak-contoh-2024.xlsx");
const BIN = join(ROOT, "bin", "rakit.js");
const run = promisify(execFile);

const dir = scratchDir();
afterAll(() => dir.cleanup());

function copyOfSample(name: string, mode = 0o644): string {
  const file = dir.path(name);
  copyFileSync(SAMPLE, file);
  chmodSync(file, mode);
  return file;
}

async function planRows(file: string): Promise<number> {
  const host = await createHostFromXlsx(readFileSync(file));
  const [snapshot] = await readSheets(host, ["RAK 2024"]);
  const read = readPlan(snapshot as NonNullable<typeof snapshot>);
  if (!read.ok) throw new Error("no plan");
  return read.plan.blocks.reduce((n, b) => n + b.rows.length, 0);
}

/** Nothing Rakit makes on the way (temporary files, locks, probes) is left beside the file. */
function leftovers(): string[] {
  const folder = join(dir.path("x"), "..");
  return readdirSync(folder).filter((name) => name.includes("rakit"));
}

describe("safe writes", () => {
  it("refuses a read-only file in place, before any work, and leaves it as it was", async () => {
    const file = copyOfSample("hanya-baca.xlsx", 0o444);
    const before = readFileSync(file);
    const r = await rakit("highlight", file, "-o", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${file} tidak ditulis: ${file} bersifat hanya-baca (Read-only); hilangkan tanda itu di Properti berkas, atau tulis ke berkas lain dengan -o`,
    );
    // Refused before the work: nothing was read or printed.
    expect(r.stdout).toBe("");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    // The same with --force over another read-only file, and in English.
    const other = copyOfSample("lain.xlsx", 0o444);
    const en = await rakit("highlight", SAMPLE, "-o", other, "--force", "--lang", "en");
    expect([en.code, en.stderr]).toEqual([
      2,
      `${other} was not written: ${other} is read-only; clear its Read-only attribute, or write to another file with -o`,
    ]);
    expect(leftovers()).toEqual([]);
  });

  it("keeps the file's permission bits when it edits it in place", async () => {
    const file = copyOfSample("izin.xlsx", 0o640);
    const r = await rakit("highlight", file, "-o", file);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(statSync(file).mode & 0o7777).toBe(0o640);
    expect(readFileSync(file).equals(readFileSync(SAMPLE))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it("refuses a folder that takes no new file before any work, with one line and exit 2", async () => {
    // sysfs refuses to create files, for root too: a real refusal by the system, as a read-only disk gives.
    const out = "/sys/rakit-tidak-bisa.xlsx";
    const r = await rakit("highlight", SAMPLE, "-o", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^\/sys\/rakit-tidak-bisa\.xlsx tidak ditulis: folder \/sys tidak dapat ditulisi \((EACCES|EPERM|EROFS)\); pilih folder lain untuk -o$/,
    );
    expect(r.stderr).not.toContain("internal error");
  });

  it("writes through a link to its target, keeping the link; refuses a link to nothing", async () => {
    const target = copyOfSample("sasaran-tautan.xlsx");
    const link = dir.path("tautan.xlsx");
    symlinkSync(target, link);
    const r = await rakit("highlight", link, "-o", link);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target).equals(readFileSync(SAMPLE))).toBe(false);

    const dangling = dir.path("tautan-kosong.xlsx");
    symlinkSync(dir.path("tidak-ada.xlsx"), dangling);
    const refused = await rakit("highlight", SAMPLE, "-o", dangling, "--force");
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `${dangling} tidak ditulis: ${dangling} adalah tautan ke berkas yang tidak ada`,
    ]);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
  });

  it("refuses to save over a file another program changed since it was read", async () => {
    const file = copyOfSample("diubah.xlsx");
    const book = await openWorkbook(file);
    // Meanwhile, the user saves the file from Excel (here: any change of its bytes).
    const changed = Buffer.concat([readFileSync(file), Buffer.from("x")]);
    writeFileSync(file, changed);
    const error = await saveWorkbook(book.host, file, book.stamp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    expect((error as WriteFailure).problem).toEqual({ kind: "changed" });
    expect(readFileSync(file).equals(changed)).toBe(true);
    // Saving elsewhere is not affected by what happened to the input.
    await saveWorkbook(book.host, dir.path("salinan.xlsx"), book.stamp);
    expect(leftovers()).toEqual([]);
  });

  it("two rakit processes editing one file at once: every insert is kept, or refused with one line", async () => {
    const start = await planRows(SAMPLE);
    for (const round of [1, 2, 3]) {
      const file = copyOfSample(`bersamaan-${round}.xlsx`);
      const edit = () =>
        run(process.execPath, [BIN, "insert", file, "--entry", "3355-09", "-o", file]).then(
          (r) => ({ code: 0, stderr: r.stderr }),
          (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
        );
      const results = await Promise.all([edit(), edit()]);
      const kept = results.filter((r) => r.code === 0).length;
      expect(kept).toBeGreaterThanOrEqual(1);
      for (const r of results.filter((x) => x.code !== 0)) {
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(
          new RegExp(
            `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} tidak ditulis: .*(diubah program lain|sedang ditulis oleh rakit lain)`,
          ),
        );
      }
      // Never 57 → 58 with both reporting success: the rows are the start plus the inserts that said so.
      expect({ round, rows: await planRows(file) }).toEqual({ round, rows: start + kept });
    }
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
