/**
 * Every editing command keeps every feature of a rich workbook, whoever wrote it (raw parts the way
 * openpyxl writes them, exceljs, LibreOffice): comments and their note shapes, the "v" validation,
 * the user name a second sheet's formulas use, hyperlinks, the autofilter, custom properties,
 * pictures, fit to page, the Arial 10 default font and the office's own footer. Where rows moved,
 * each of them is still on the row it was on (the rows are told apart by their text), and a new
 * year's sheet made by rollover carries them as Excel's own sheet copy does. A command that changes
 * nothing writes every part as it was.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { LibreOffice, libreOfficePresent } from "../helpers/libreoffice";
import {
  exceljsRichWorkbook,
  features,
  FOOTER_TEXT,
  PLAN,
  rawRichWorkbook,
  rowsKey,
  type Features,
} from "../helpers/richWorkbook";
import { rakit, scratchDir } from "./helpers";

const dir = scratchDir();
const present = libreOfficePresent();
const lo = present ? new LibreOffice("features") : null;
afterAll(() => {
  dir.cleanup();
  lo?.cleanup();
});

type Producer = "raw parts (openpyxl)" | "exceljs" | "LibreOffice";
const inputs = new Map<Producer, string>();

async function input(producer: Producer): Promise<string> {
  const known = inputs.get(producer);
  if (known) return known;
  const file = dir.path(`${producer.replace(/\W+/g, "-")}.xlsx`);
  if (producer === "exceljs") writeFileSync(file, await exceljsRichWorkbook());
  else {
    writeFileSync(dir.path("raw.xlsx"), await rawRichWorkbook());
    if (producer === "LibreOffice" && lo)
      writeFileSync(file, readFileSync(lo.convert(dir.path("raw.xlsx"), "xlsx").file));
    else writeFileSync(file, readFileSync(dir.path("raw.xlsx")));
  }
  inputs.set(producer, file);
  return file;
}

const COMMANDS: [string, (inFile: string, out: string) => string[]][] = [
  ["totals -o", (i, o) => ["totals", i, "-o", o]],
  ["highlight -o", (i, o) => ["highlight", i, "-o", o]],
  ["highlight --clear -o", (i, o) => ["highlight", i, "--clear", "-o", o]],
  ["insert", (i, o) => ["insert", i, "--entry", "3355-09", "--entry", "6868-01,6868-02", "-o", o]],
  ["rollover", (i, o) => ["rollover", i, "--year", "2025", "-o", o]],
  ["print-setup", (i, o) => ["print-setup", i, "-o", o, "--anyway"]],
];

/** Every feature of `before` on `sheet` is in `after` on `sheetAfter`, on the same rows of text. */
function expectKept(before: Features, after: Features, sheet: string, sheetAfter = sheet): void {
  const on = <T extends { sheet: string }>(items: T[], name: string): T[] => items.filter((x) => x.sheet === name);
  const col = (ref: string): string => ref.replace(/[$\d]/g, "");

  const comments = on(before.comments, sheet);
  expect(comments.length).toBeGreaterThan(0);
  for (const c of comments) {
    const kept = on(after.comments, sheetAfter).find((x) => x.text === c.text);
    expect(kept).toBeDefined();
    expect([col(kept?.ref ?? ""), rowsKey(after, sheetAfter, kept?.ref ?? "")]).toEqual([
      col(c.ref),
      rowsKey(before, sheet, c.ref),
    ]);
    // Its note shape is on its cell.
    if (c.shape) expect(kept?.shape).not.toBeNull();
  }
  for (const c of on(after.comments, sheetAfter)) if (c.shape !== null) expect(c.shape).toBeTruthy();

  const validations = on(before.validations, sheet);
  expect(validations.length).toBeGreaterThan(0);
  for (const v of validations) {
    const kept = on(after.validations, sheetAfter).filter((x) => x.formula === v.formula);
    expect(kept.map((k) => rowsKey(after, sheetAfter, k.sqref))).toContain(rowsKey(before, sheet, v.sqref));
  }

  const links = on(before.hyperlinks, sheet);
  expect(links).toHaveLength(2);
  for (const h of links) {
    const kept = on(after.hyperlinks, sheetAfter).find(
      (x) => col(x.ref) === col(h.ref) && x.target.replace(/'/g, "") === h.target.replace(/'/g, ""),
    );
    expect(kept && rowsKey(after, sheetAfter, kept.ref)).toBe(rowsKey(before, sheet, h.ref));
  }

  const filters = on(before.autoFilters, sheet);
  expect(filters).toHaveLength(1);
  expect(on(after.autoFilters, sheetAfter).map((f) => rowsKey(after, sheetAfter, f.ref))).toEqual(
    filters.map((f) => rowsKey(before, sheet, f.ref)),
  );

  const pictures = on(before.pictures, sheet);
  expect(pictures).toHaveLength(2);
  expect(on(after.pictures, sheetAfter).map((p) => [p.media, col(p.from), rowsKey(after, sheetAfter, p.from)])).toEqual(
    pictures.map((p) => [p.media, col(p.from), rowsKey(before, sheet, p.from)]),
  );

  expect(after.fitToPage[sheetAfter]).toBe(true);
  expect(after.footers[sheetAfter]).toContain(FOOTER_TEXT);
}

/** The workbook-wide features: the name and the formulas that use it, custom properties, the default font. */
function expectWorkbookKept(before: Features, after: Features): void {
  const name = (f: Features) => f.names.find((n) => n.name === "Anggaran");
  const area = (formula: string): string => formula.slice(formula.lastIndexOf("!") + 1);
  expect(name(after)).toBeDefined();
  expect(rowsKey(after, PLAN, area(name(after)?.formula ?? ""))).toBe(
    rowsKey(before, PLAN, area(name(before)?.formula ?? "")),
  );
  const rekap = (f: Features, ref: string) =>
    f.formulas.find((x) => x.sheet === "Rekap" && x.ref === ref)?.formula ?? "";
  expect(rekap(after, "B1")).toBe(rekap(before, "B1"));
  expect(rekap(after, "B1")).toContain("Anggaran");
  expect(rowsKey(after, PLAN, area(rekap(after, "B2")))).toBe(rowsKey(before, PLAN, area(rekap(before, "B2"))));
  expect(after.customProperties).toBe(before.customProperties);
  expect(after.defaultFont).toBe(before.defaultFont);
  expect(after.defaultFont).toMatch(/Arial/);
}

/** Every XML part of a package parses strictly. */
async function expectWellFormed(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels|vml)$/.test(n))) {
    const errors: string[] = [];
    new DOMParser({
      errorHandler: { warning: () => undefined, error: (e) => errors.push(e), fatalError: (e) => errors.push(e) },
    }).parseFromString((await zip.file(name)?.async("string")) ?? "", "application/xml");
    expect([name, errors]).toEqual([name, []]);
  }
}

const producers: Producer[] = ["raw parts (openpyxl)", "exceljs", ...(present ? (["LibreOffice"] as const) : [])];

describe.each(producers)("a rich workbook written by %s", (producer) => {
  test("reads, and the test sees every feature in it", async () => {
    const f = await features(readFileSync(await input(producer)));
    expect(f.comments.filter((c) => c.sheet === PLAN)).toHaveLength(2);
    expect(f.pictures).toHaveLength(2);
    expect(f.customProperties).toContain("KPU Kota Prabumulih");
    const run = await rakit("check", await input(producer));
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
  });

  test.each(COMMANDS)("%s keeps every feature, each on its row", async (label, args) => {
    const file = await input(producer);
    const out = dir.path(`${producer.replace(/\W+/g, "-")}-${label.replace(/\W+/g, "-")}.xlsx`);
    const run = await rakit(...args(file, out));
    expect([run.code, run.stderr]).toEqual([0, ""]);
    await expectWellFormed(out);
    const before = await features(readFileSync(file));
    const after = await features(readFileSync(out));
    expectKept(before, after, PLAN);
    expectWorkbookKept(before, after);
    if (label === "rollover") {
      // The new year's sheet is a copy of the plan: comments, validation, pictures, setup and footer too.
      const copy = after.sheets.find((s) => s !== PLAN && /2025/.test(s)) as string;
      expect(copy).toBeDefined();
      expectKept(before, after, PLAN, copy);
    }
  });

  test("a command that changes nothing (highlight --clear with nothing to clear) writes every part as it was", async () => {
    const file = await input(producer);
    const out = dir.path(`${producer.replace(/\W+/g, "-")}-noop.xlsx`);
    const run = await rakit("highlight", file, "--clear", "-o", out);
    expect(run.code).toBe(0);
    const a = await JSZip.loadAsync(readFileSync(file));
    const b = await JSZip.loadAsync(readFileSync(out));
    const names = (z: JSZip) =>
      Object.keys(z.files)
        .filter((n) => !z.files[n]?.dir)
        .sort();
    expect(names(b)).toEqual(names(a));
    for (const n of names(a)) {
      const [x, y] = await Promise.all([a.file(n)?.async("uint8array"), b.file(n)?.async("uint8array")]);
      expect([n, Buffer.from(y ?? []).equals(Buffer.from(x ?? []))]).toEqual([n, true]);
    }
  });
});

(present ? test : test.skip)(
  "LibreOffice opens what rollover and insert wrote and finds the comments, pictures, validations and name",
  async () => {
    const file = await input("raw parts (openpyxl)");
    for (const [label, args] of COMMANDS.filter(([l]) => l === "rollover" || l === "insert")) {
      const out = dir.path(`lo-check-${label}.xlsx`);
      expect((await rakit(...args(file, out))).code).toBe(0);
      const ours = await features(readFileSync(out));
      const reread = await features(readFileSync((lo as LibreOffice).convert(out, "xlsx").file));
      expect(reread.sheets).toEqual(ours.sheets);
      expect(reread.comments.map((c) => [c.sheet, c.ref, c.text])).toEqual(
        ours.comments.map((c) => [c.sheet, c.ref, c.text]),
      );
      expect(reread.pictures.map((p) => [p.sheet, p.from])).toEqual(ours.pictures.map((p) => [p.sheet, p.from]));
      expect(reread.validations.map((v) => [v.sheet, v.sqref])).toEqual(
        ours.validations.map((v) => [v.sheet, v.sqref]),
      );
      expect(reread.names.find((n) => n.name === "Anggaran")?.formula).toBe(
        ours.names.find((n) => n.name === "Anggaran")?.formula,
      );
    }
  },
  120_000,
);
