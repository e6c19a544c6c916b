import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { catalogCommand } from "../../src/cli/commands/catalog";
import { insertCommand } from "../../src/cli/commands/insert";
import type { CliIO } from "../../src/cli/run";
import { readPlan } from "../../src/core/reader";
import { readSheets } from "../../src/excel/readWorkbook";
import { createHostFromXlsx } from "../../src/host/host";
import { FIXTURE, fixtureBytes } from "../helpers/host";
import { scratchDir } from "./helpers";

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

async function run(command: Command, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function blocksOf(file: string): Promise<string[]> {
  const host = await createHostFromXlsx(readFileSync(file));
  const [snapshot] = await readSheets(host, ["RAK 2024"]);
  const read = readPlan(snapshot as NonNullable<typeof snapshot>);
  if (!read.ok) throw new Error("no plan");
  return read.plan.blocks.map((b) => `${b.no.value} ${b.code} ${b.firstRow + 1}-${b.lastRow + 1}`);
}

const dir = scratchDir();
afterAll(() => dir.cleanup());
const maybe = fixtureBytes() ? it : it.skip;

describe("rakit insert", () => {
  maybe("inserts into a middle block and as a new block, writes OUT and says where the rows went", async () => {
    const out = dir.path("sisip.xlsx");
    const r = await run(insertCommand, FIXTURE, "--entry", "3355-09", "--entry", "6868-01,6868-02", "-o", out);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`${FIXTURE} · lembar "RAK 2024": 3 baris disisipkan.`);
    expect(lines.slice(1, 4)).toEqual([
      "  baris 17: [6868] Penyusunan daftar pemilih tambahan (DPTb) dan pelayanan pin… (sasaran 3)",
      "  baris 18: [6868] Koordinasi pelayanan pemilih khusus (DPK) bersama PPK dan P… (sasaran 3)",
      "  baris 44: [3355] Rekonsiliasi laporan keuangan bulanan dengan KPPN (sasaran 9)",
    ]);
    expect(r.stdout).toContain(
      "Sasaran baru nomor 3, Pemutakhiran Data Pemilih dan Penyusunan Daftar Pemilih (6868), disisipkan di baris 17–18",
    );
    expect(r.stdout).toContain("(Pengelolaan Keuangan dan Barang Milik Negara (3355)), baris 44;");
    expect(lines.at(-1)).toBe(`Ditulis ke ${out}.`);
    expect(await blocksOf(out)).toEqual([
      "1 6709 10-12",
      "2 6867 13-16",
      "3 6868 17-18",
      "4 6870 19-22",
      "5 6871 23-26",
      "6 6872 27-29",
      "7 6981 30-34",
      "8 6982 35-35",
      "9 3355 36-44",
      "10 3360 45-52",
    ]);
  });

  maybe("prints JSON with --json", async () => {
    const out = dir.path("sisip.json.xlsx");
    const r = await run(insertCommand, FIXTURE, "--entry", "3360-09", "-o", out, "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { inserted: unknown[]; notes: string[]; sheet: string };
    expect(json.sheet).toBe("RAK 2024");
    expect(json.inserted).toEqual([{ id: "3360-09", code: "3360", row: 50, block: 9, newBlock: false }]);
    expect(json.notes[0]).toMatch(/^1 row inserted at the end of sasaran 9 .*, row 50; /);
  });

  maybe("refuses an unknown entry, a missing -o or an existing OUT, writing nothing", async () => {
    const out = dir.path("tidak.xlsx");
    const unknown = await run(insertCommand, FIXTURE, "--entry", "9999-99", "-o", out);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      "rakit: Entri 9999-99 tidak ada di katalog; tidak ada yang disisipkan.",
    ]);
    expect(existsSync(out)).toBe(false);
    expect((await run(insertCommand, FIXTURE, "--entry", "3355-09")).code).toBe(2);
    expect((await run(insertCommand, FIXTURE, "-o", out)).code).toBe(2);
    writeFileSync(out, "x");
    const exists = await run(insertCommand, FIXTURE, "--entry", "3355-09", "-o", out);
    expect([exists.code, exists.stderr]).toEqual([2, expect.stringContaining("--force")]);
  });

  maybe(
    "uses the workbook's own Katalog sheet over the standard catalog, and refuses a bad one by its rows",
    async () => {
      const office = dir.path("kantor.json");
      writeFileSync(
        office,
        JSON.stringify({
          format: "rakit-katalog",
          version: 1,
          name: "Katalog KPU Kota Prabumulih",
          stages: [],
          entries: [
            {
              id: "9001-01",
              code: "9001",
              name: "Layanan Informasi Publik",
              indicator: "Persentase permohonan informasi yang dijawab tepat waktu",
              satuan: "%",
              target: 100,
              kegiatan: "Pelayanan PPID {satker}",
              months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
              pelaksana: "Subbagian Rendatin",
              season: "routine",
              sumberDana: "DIPA",
              years: "all",
            },
          ],
        }),
      );
      const withKatalog = dir.path("dengan-katalog.xlsx");
      expect((await run(catalogCommand, "import", office, FIXTURE, "-o", withKatalog)).code).toBe(0);

      const out = dir.path("sisip-kantor.xlsx");
      const r = await run(insertCommand, withKatalog, "--entry", "9001-01", "-o", out);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      // 9001 comes after every standard code: a new sasaran 10 under 3360.
      expect((await blocksOf(out)).at(-1)).toBe("10 9001 50-50");
      expect(r.stdout).toContain("baris 50: [9001] Pelayanan PPID KPU Kota Prabumulih (sasaran 10)");

      // The same workbook with a bad month in the Katalog sheet: refused, by row, nothing written.
      const host = await createHostFromXlsx(readFileSync(withKatalog));
      const sheet = host.workbook.sheetByName("Katalog");
      const monthsCol = 8; // I: Bulan
      (sheet as NonNullable<typeof sheet>).ensureCell(4, monthsCol).value = "1-13";
      const bad = dir.path("katalog-buruk.xlsx");
      writeFileSync(bad, await host.saveXlsx());
      const badOut = dir.path("tidak-ditulis.xlsx");
      const refused = await run(insertCommand, bad, "--entry", "3355-09", "-o", badOut);
      expect(refused.code).toBe(2);
      expect(refused.stderr.split("\n")).toEqual([
        `Katalog ${bad} [Katalog] ditolak; tidak ada yang diimpor (1 masalah):`,
        '  Lembar Katalog, baris 5, Bulan: Bulan harus angka 1 sampai 12, mis. "1-12" atau "2, 3, 4", bukan 1-13.',
      ]);
      expect(existsSync(badOut)).toBe(false);
    },
  );
});
