import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import type { RakSpec } from "../../src/samples/rakSpec";
import sample from "../../samples/rak-contoh-2024.json";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `rakit ARGS` in-process and captures what it prints. */
export async function rakit(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A scratch folder per test file, removed afterwards. */
export function scratchDir(): { path(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "rakit-cli-"));
  return { path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

/** The seed plan's content, as the project's sample ships it. */
export const SEED_SPEC = sample as RakSpec;

/** A small plan with no problems: matching years, every row planned, budgets per block. */
export const CLEAN_SPEC: RakSpec = {
  title: ["RENCANA AKSI KINERJA", "SEKRETARIAT KPU KABUPATEN CONTOH", "TAHUN 2025"],
  unit: "Sekretariat KPU Kabupaten Contoh",
  tahunAnggaran: 2025,
  blocks: [
    {
      no: 1,
      sasaran: "Pengelolaan Keuangan dan Barang Milik Negara (3355)",
      budget: 1_500_000_000,
      rows: [
        {
          indicator: "Persentase laporan keuangan tepat waktu",
          target: 100,
          kegiatan: "Penyusunan laporan keuangan",
          months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          pelaksana: "Subbagian Keuangan, Umum dan Logistik",
        },
        {
          indicator: "Jumlah laporan BMN",
          target: "4 laporan",
          kegiatan: "Laporan BMN triwulanan",
          months: [3, 6, 9, 12],
          pelaksana: "Subbagian Keuangan, Umum dan Logistik",
        },
      ],
    },
    {
      no: 2,
      sasaran: "Operasional Perkantoran dan Dukungan Sarana Prasarana (3360)",
      budget: 2_250_000_000,
      rows: [
        {
          indicator: "Persentase gedung kantor yang berfungsi baik",
          target: 90,
          kegiatan: "Pemeliharaan gedung",
          months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          pelaksana: "Subbagian Keuangan, Umum dan Logistik",
        },
        {
          indicator: "Persentase arsip inaktif yang tertata",
          target: 90,
          kegiatan: "Pengelolaan arsip inaktif",
          months: [2, 5, 8, 11],
          pelaksana: "Subbagian Hukum dan SDM",
        },
      ],
    },
  ],
  signature: {
    placeDate: "Contoh, 2 Januari 2025",
    position: "SEKRETARIS,",
    name: "NAMA SEKRETARIS",
    nip: "NIP. 197001011990031001",
  },
};
