import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { catalogCommand } from "../../src/cli/commands/catalog";
import { readSheets } from "../../src/excel/readWorkbook";
import { readCatalogSheet } from "../../src/core/catalog";
import { createHostFromXlsx } from "../../src/host/host";
import { fixtureBytes, FIXTURE } from "../helpers/host";
import { standardCatalog } from "../core/catalog/helpers";
import { scratchDir } from "./helpers";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await catalogCommand(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const dir = scratchDir();
afterAll(() => dir.cleanup());

describe("rakit catalog list", () => {
  it("prints every entry grouped by code", async () => {
    const r = await run("list");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Katalog: Katalog standar Rakit.*\(44 entri\)\./);
    expect(r.stdout).toContain("3355 Pengelolaan Keuangan dan Barang Milik Negara (9 entri)");
    expect(r.stdout).toMatch(
      / {2}3355-06 {2}Penyusunan Daftar Slip Gaji Pegawai .* · B1-12 · Subbagian Keuangan, Umum dan Logistik · rutin/,
    );
  });

  it("with --json prints an array of entries with id, code, kegiatan, indicator, target, months, pelaksana", async () => {
    const r = await run("--json");
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(44);
    for (const e of list) {
      for (const key of ["id", "code", "kegiatan", "indicator", "target", "months", "pelaksana"])
        expect(e).toHaveProperty(key);
    }
    expect(list.find((e) => e.id === "6870-01")).toMatchObject({
      code: "6870",
      season: "stage",
      stage: "kampanye-2024",
      years: [2024],
    });
  });

  it("searches (accents, case, any word order) and keeps to a year", async () => {
    const gaji = JSON.parse((await run("list", "--search", "GAJI", "--json")).stdout) as { id: string }[];
    expect(gaji.map((e) => e.id)).toEqual(["3355-06"]);
    const in2025 = JSON.parse((await run("list", "--year", "2025", "--json")).stdout) as { code: string }[];
    expect(new Set(in2025.map((e) => e.code))).toEqual(new Set(["3355", "3360"]));
  });

  it("refuses an unknown action or a bad year, with the usage", async () => {
    expect((await run("frobnicate")).code).toBe(2);
    const r = await run("list", "--year", "24");
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("--year must be a year")]);
  });
});

describe("rakit catalog export / check / import", () => {
  it("exports the catalog as JSON that checks and reads back the same", async () => {
    const json = dir.path("katalog.json");
    expect((await run("export", "--json", "-o", json)).code).toBe(0);
    const again = await run("export", "--json", "-o", json);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining("--force")]);
    const checked = await run("check", json);
    expect([checked.code, checked.stdout]).toEqual([0, `Katalog ${json} sah: 44 entri, 8 tahapan.`]);
    expect((await run("export", "--json")).stdout).toBe(readFileSync(json, "utf8").trimEnd());
  });

  it("exports a Katalog sheet into a new workbook, which reads back as the same catalog", async () => {
    const out = dir.path("katalog-baru.xlsx");
    const r = await run("export", "-o", out);
    expect([r.code, r.stdout]).toEqual([0, `Lembar "Katalog" ditulis ke ${out} (44 entri).`]);
    const host = await createHostFromXlsx(readFileSync(out));
    const [snapshot] = await readSheets(host, ["Katalog"]);
    const back = readCatalogSheet(snapshot as NonNullable<typeof snapshot>, { known: standardCatalog() });
    expect(back.ok && back.catalog.entries.map((e) => e.id)).toEqual(standardCatalog().entries.map((e) => e.id));
    expect((await run("check", out)).code).toBe(0);
  });

  (fixtureBytes() ? it : it.skip)(
    "exports the sheet into a copy of a plan workbook, leaving the plan sheet as it was",
    async () => {
      const out = dir.path("rak-dengan-katalog.xlsx");
      expect((await run("export", FIXTURE, "-o", out)).code).toBe(0);
      const host = await createHostFromXlsx(readFileSync(out));
      expect(host.workbook.sheets.map((s) => s.name)).toEqual(["RAK 2024", "Katalog"]);
    },
  );

  it("rejects a bad catalog with every bad entry's line and reason, and imports nothing", async () => {
    const bad = dir.path("buruk.json");
    const text = readFileSync(dir.path("katalog.json"), "utf8")
      .replace('"months": [1, 2]', '"months": [1, 13]')
      .replace('"code": "3360"', '"code": "336"');
    writeFileSync(bad, text);
    const checked = await run("check", bad, "--lang", "en");
    expect(checked.code).toBe(2);
    const lines = checked.stderr.split("\n");
    expect(lines[0]).toBe(`Catalog ${bad} rejected; nothing imported (2 problems):`);
    // The first entry planned in B1-B2, and the first of 3360: their positions in the file.
    const entries = standardCatalog().entries;
    const monthsAt = entries.findIndex((e) => e.months.join() === "1,2");
    const codeAt = entries.findIndex((e) => e.code === "3360");
    expect(lines[1]).toMatch(
      new RegExp(`^ {2}Entry ${monthsAt + 1} \\(line \\d+\\), months: Months are numbers 1 to 12`),
    );
    expect(lines[2]).toMatch(
      new RegExp(
        `^ {2}Entry ${codeAt + 1} \\(line \\d+\\), code: A kegiatan code has 4 digits, e.g. 3355, not "336"\\.`,
      ),
    );
    const lineNo = Number(/line (\d+)/.exec(lines[1] ?? "")?.[1]);
    expect(text.split("\n")[lineNo - 1]).toContain('"months": [1, 13]');

    const json = JSON.parse((await run("check", bad, "--json")).stdout) as { ok: boolean; errors: { index: number }[] };
    expect([json.ok, json.errors.map((e) => e.index)]).toEqual([false, [monthsAt, codeAt]]);

    const target = dir.path("target.xlsx");
    copyFileSync(dir.path("katalog-baru.xlsx"), target);
    const out = dir.path("imported.xlsx");
    const imported = await run("import", bad, target, "-o", out);
    expect(imported.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("imports a good catalog as the Katalog sheet of a copy of the workbook", async () => {
    const out = dir.path("imported.xlsx");
    const r = await run("import", dir.path("katalog.json"), dir.path("katalog-baru.xlsx"), "-o", out);
    expect(r.code).toBe(0);
    const listed = JSON.parse((await run("list", "--catalog", out, "--json")).stdout) as unknown[];
    expect(listed).toHaveLength(44);
  });

  it("says why a workbook holds no catalog", async () => {
    const plain = dir.path("plain.xlsx");
    if (!fixtureBytes()) return;
    copyFileSync(FIXTURE, plain);
    const r = await run("check", plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lembar "Katalog" tidak punya baris judul katalog');
  });
});
