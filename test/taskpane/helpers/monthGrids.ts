import type { SheetSpec } from "../../host/grid";

/**
 * A monthly RAK for the Anggaran and Jadwal tests, written as the sheet looks (row 1 first):
 *
 *   A No | B Sasaran | C Indikator | D Target | E Kegiatan | F..Q B1..B12 | R Biaya | S Pelaksana
 *
 * Rows 7-8 are sasaran 1 (No, Sasaran and Biaya merged over both rows), split between two pelaksana;
 * row 9 (sasaran 2) plans no month; row 10 (sasaran 3) plans B4..B11, so no row plans B12.
 * Total Rp 2.000.000.
 */
export const MONTH_SHEET = "RAK 2025";

type Row = readonly (string | number | null)[];

const v = "v";
const _ = null;

export function monthlyPlan(): SheetSpec {
  const rows: Row[] = [
    ["RENCANA AKSI KINERJA"],
    ["TAHUN 2025"],
    ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Contoh"],
    ["Tahun Anggaran", ": 2025"],
    [],
    [
      "No",
      "Sasaran strategis",
      "Indikator Kinerja",
      "Target",
      "Kegiatan",
      ...Array.from({ length: 12 }, (_x, i) => `B${i + 1}`),
      "Perkiraan Biaya (Rp)",
      "Pelaksana",
    ],
    [
      1,
      "Perencanaan Program dan Anggaran (6709)",
      "Persentase dokumen perencanaan tepat waktu",
      100,
      "Penyusunan RKA",
      v,
      v,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      1200000,
      "Subbagian Rendatin",
    ],
    [
      _,
      _,
      "Persentase revisi anggaran tepat waktu",
      100,
      "Revisi DIPA",
      _,
      _,
      v,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      "Subbagian Keuangan",
    ],
    [
      2,
      "Penetapan Hasil Pemilu (6982)",
      "Persentase Penetapan Hasil Pemilu tepat waktu",
      100,
      "Penyusunan Laporan Pemilu",
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      _,
      300000,
      "Subbagian Teknis",
    ],
    [
      3,
      "Operasional Perkantoran (3360)",
      "Persentase gedung terpelihara",
      85,
      "Pemeliharaan gedung",
      _,
      _,
      _,
      v,
      v,
      v,
      v,
      v,
      v,
      v,
      v,
      _,
      500000,
      "Subbagian Keuangan",
    ],
  ];
  return { rows, merges: ["A7:A8", "B7:B8", "R7:R8"] };
}
