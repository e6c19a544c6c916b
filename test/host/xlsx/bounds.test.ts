/**
 * Reading is bounded and sparse.
 *
 * - The inflation bomb: a 1.1 MB workbook whose sheet inflates to 1.1 GB is refused before
 *   inflating when the zip says how big the part is, and while inflating (at the limit, 160 MB)
 *   when it lies; the CLI says so in one line naming the file, exit 2.
 * - The far stray value: the sample with one value in XFD1048576 reads in time and memory in
 *   proportion to its cells, the adapter reads the table (not a 16,384 × 1,048,576 grid) and the
 *   check names the far cell in a note.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createDeflateRaw } from "node:zlib";
import JSZip from "jszip";
import { analyzeSheet } from "../../../src/core/analyze";
import { readSheets } from "../../../src/excel/readWorkbook";
import { createHostFromXlsx } from "../../../src/host";
import { PACKAGE_LIMITS, PackageTooLargeError } from "../../../src/host/xlsx/zip/limits";
import { ZipReader, type ZipEntry } from "../../../src/host/xlsx/zip/read";
import { writeZip } from "../../../src/host/xlsx/zip/write";
import { rakit, scratchDir } from "../../cli/helpers";
import { SAMPLE } from "../../helpers/richWorkbook";

const dir = scratchDir();
afterAll(() => dir.cleanup());

const GIB = 1024 * 1024 * 1024;

/** 1.1 GB of a worksheet (spaces between its elements), deflated as a stream. */
async function bombSheet(): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const write = async (b: Buffer): Promise<void> => {
    if (!deflate.write(b)) await new Promise((r) => deflate.once("drain", r));
  };
  await write(Buffer.from(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`));
  const spaces = Buffer.alloc(1024 * 1024, " ");
  for (let i = 0; i < 1100; i++) await write(spaces);
  await write(Buffer.from(`</sheetData></worksheet>`));
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** The sample with its sheet part replaced by the bomb, declaring `declared` bytes inflated. */
function withSheet(compressed: Uint8Array, declared: number): Uint8Array {
  const sample = new ZipReader(readFileSync(SAMPLE));
  return writeZip(
    sample.entries.map((e) => {
      if (e.name !== "xl/worksheets/sheet1.xml") return { name: e.name, entry: e };
      const bomb: ZipEntry = {
        ...e,
        method: 8,
        crc: 0,
        compressedSize: compressed.length,
        size: declared,
        data: compressed,
      };
      return { name: e.name, entry: bomb };
    }),
  );
}

describe("the inflation bomb", () => {
  let compressed: Uint8Array;
  beforeAll(async () => {
    compressed = await bombSheet();
  }, 60_000);

  test("a part declaring 1.1 GB is refused before inflating, naming the part", async () => {
    const bytes = withSheet(compressed, Math.round(1.1 * GIB));
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    const started = Date.now();
    await expect(createHostFromXlsx(bytes)).rejects.toThrow(PackageTooLargeError);
    await expect(createHostFromXlsx(bytes)).rejects.toMatchObject({ part: "xl/worksheets/sheet1.xml" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test("a part that lies about its size is stopped at the limit while inflating", async () => {
    const bytes = withSheet(compressed, 13 * 1024 * 1024);
    await expect(createHostFromXlsx(bytes)).rejects.toMatchObject({
      name: "PackageTooLargeError",
      part: "xl/worksheets/sheet1.xml",
      limitBytes: PACKAGE_LIMITS.partBytes,
    });
  }, 30_000);

  test("rakit check refuses it with exit 2 and one line naming the file", async () => {
    const file = dir.path("bom.xlsx");
    writeFileSync(file, withSheet(compressed, 13 * 1024 * 1024));
    const run = await rakit("check", file);
    expect(run.code).toBe(2);
    // check reports a file it cannot read on stdout, with the other files' reports.
    const said = [run.stdout, run.stderr].filter((t) => t !== "").join("\n");
    expect(said.split("\n")).toHaveLength(1);
    expect(said).toContain(file);
    expect(said).toContain("terlalu besar untuk dibaca: bagian xl/worksheets/sheet1.xml mengembang melebihi 160 MB");
  }, 30_000);
});

/** The sample plan with one more value, far away, written into its sheet part. */
async function withStray(cell: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  const row = Number(/\d+$/.exec(cell)?.[0]);
  const stray = `<row r="${row}"><c r="${cell}" t="inlineStr"><is><t>x</t></is></c></row>`;
  zip.file("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", `${stray}</sheetData>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("a stray value far from the table", () => {
  test("the file reader keeps one more cell, not a grid: the model has the sample's cells plus one", async () => {
    const plain = await createHostFromXlsx(readFileSync(SAMPLE));
    const host = await createHostFromXlsx(await withStray("XFD1048576"));
    const count = (h: typeof host): number => [...(h.workbook.sheets[0]?.cells() ?? [])].length;
    expect(count(host)).toBe(count(plain) + 1);
    expect(host.workbook.sheets[0]?.getCell(1_048_575, 16_383)?.value).toBe("x");
  });

  test.each([["XFD1048576"], ["A1048576"], ["XFD5"]])(
    "the adapter reads the table and leaves %s out, saying where it is",
    async (cell) => {
      const host = await createHostFromXlsx(await withStray(cell));
      const [snapshot] = await readSheets(host, null);
      expect(snapshot?.values.length).toBeLessThanOrEqual(60);
      expect(snapshot?.values[0]?.length).toBeLessThanOrEqual(19);
      const analysis = analyzeSheet(snapshot as NonNullable<typeof snapshot>);
      expect(analysis.plan?.blocks).toHaveLength(9);
      const note = analysis.findings.filter((f) => f.rule === "table.contentOutside");
      expect(note.map((f) => [f.severity, f.address])).toEqual([["info", cell]]);
      // Syncs stay few: the used range, a few rounds of locating, the chunks of the table.
      expect(host.stats.syncs).toBeLessThan(20);
    },
  );

  test("content near the table is read with it, not reported", async () => {
    const host = await createHostFromXlsx(await withStray("U70"));
    const [snapshot] = await readSheets(host, null);
    const analysis = analyzeSheet(snapshot as NonNullable<typeof snapshot>);
    expect(analysis.findings.some((f) => f.rule === "table.contentOutside")).toBe(false);
    expect(snapshot?.values.length).toBe(70);
  });

  test("rakit check on the sample with XFD1048576 filled: the usual report and a note naming the cell", async () => {
    const file = dir.path("stray.xlsx");
    writeFileSync(file, await withStray("XFD1048576"));
    const started = Date.now();
    const run = await rakit("check", file);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("9 sasaran, 40 indikator");
    expect(run.stdout).toContain("XFD1048576");
  });
});
