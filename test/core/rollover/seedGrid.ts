import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";
import { MONTH_HEAD, months } from "../validate/rakSheet";

type Cell = CellValue | null;

/**
 * A small month-layout plan for the rollover and print tests, seed-shaped:
 *
 *   1 RENCANA AKSI KINERJA / 2 TAHUN 2024 / 3 unit / 4 Tahun Anggaran : 2024 / 6 header
 *   7-8   block 1 (3355, routine)   merged No, Sasaran and budget; "Tahun 2023" in an indicator
 *   9-10  block 2 (6872, Pemilu)    "Pemilu Tahun 2024" in a kegiatan
 *   11    block 3 (3360, routine)   "UU No. 7 Tahun 2017": a law's year, not a plan year
 *   12    JUMLAH, typed (or `total` as given)
 *   14-19 signature at N14: "Prabumulih, 25 Januari 2024", SEKRETARIS, name, NIP
 */
export function smallPlan(
  options: { total?: Cell; totalFormula?: string; titleInOneLine?: boolean } = {},
): SheetSnapshot {
  const row = (...cells: Cell[]): Cell[] => cells;
  const title = options.titleInOneLine ? "RENCANA AKSI KINERJA TAHUN 2024" : "RENCANA AKSI KINERJA";
  const rows: Cell[][] = [
    [title],
    options.titleInOneLine ? [] : ["TAHUN 2024"],
    ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"],
    ["Tahun Anggaran", ": 2024"],
    [],
    [...MONTH_HEAD],
    row(
      1,
      "Pengelolaan Keuangan (3355)",
      "Laporan keuangan Tahun 2023 tepat waktu",
      100,
      "Penyusunan LK",
      ...months(1, 2, 3),
      1_000_000,
      "Subbagian Keuangan",
    ),
    row(
      null,
      null,
      "Persentase gaji dibayar tepat waktu",
      100,
      "Pembayaran gaji",
      ...months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
      null,
      "Subbagian Keuangan",
    ),
    row(
      2,
      "Pemungutan dan Penghitungan Suara (6872)",
      "Persentase KPPS yang dibimtek",
      90,
      "Bimtek KPPS Pemilu Tahun 2024",
      ...months(1),
      500_000,
      "Subbagian Teknis",
    ),
    row(null, null, "Persentase TPS siap", 95, "Simulasi pemungutan suara", ...months(2), null, "Subbagian Teknis"),
    row(
      3,
      "Operasional Perkantoran (3360)",
      "Persentase layanan sesuai UU No. 7 Tahun 2017",
      90,
      "Pemeliharaan gedung",
      ...months(4, 5),
      2_000_000,
      "Subbagian Umum",
    ),
    row(null, "JUMLAH", null, null, null, ...months(), options.total === undefined ? 3_500_000 : options.total, null),
    [],
    row(...Array<Cell>(13).fill(null), "Prabumulih, 25 Januari 2024"),
    row(...Array<Cell>(13).fill(null), "SEKRETARIS,"),
    [],
    [],
    row(...Array<Cell>(13).fill(null), "NAMA SEKRETARIS"),
    row(...Array<Cell>(13).fill(null), "NIP. 197001011990031001"),
  ];
  return sheet(rows, {
    name: "RAK 2024",
    merges: ["A7:A8", "B7:B8", "R7:R8", "A9:A10", "B9:B10", "R9:R10", "N14:S14"],
    ...(options.totalFormula ? { formulas: { R12: options.totalFormula } } : {}),
  });
}

/** Pemilu 2024's stage codes, as the catalog will give them. */
export const stages = (code: string): readonly number[] | null => (code === "6872" ? [2024] : null);
