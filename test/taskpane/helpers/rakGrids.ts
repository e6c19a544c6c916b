import type { GridCell } from "../../host/grid";

/**
 * The grids the pane tests open, written as the sheet looks (row 1 first). Quarter layout:
 *
 *   A No | B Sasaran | C Indikator | D Target | E Kegiatan | F..I TW I..IV | J Biaya | K Pelaksana
 */
type Row = readonly GridCell[];

export const SHEET = "RAK 2024";

const TITLE: readonly Row[] = [
  ["RENCANA AKSI KINERJA"],
  ["TAHUN 2024"],
  ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"],
  ["Tahun Anggaran", ": 2024"],
  [],
];

const HEAD: Row = [
  "No",
  "Sasaran strategis",
  "Indikator Kinerja",
  "Target",
  "Kegiatan",
  "TW I",
  "TW II",
  "TW III",
  "TW IV",
  "Perkiraan Biaya (Rp)",
  "Pelaksana",
];

/**
 * Three sasaran adding up to Rp 23.142.485.000, with five known problems:
 *   D8     row.targetMissing     error    (target of row 8 empty)
 *   F9:I9  row.noQuarter         error    (row 9 has no quarter planned)
 *   F8:I8  season.outsideWindow  warning  (the campaign, 6870, runs in TW I of 2024; row 8 plans TW II)
 *   K8     row.pelaksanaMissing  warning  (pelaksana of row 8 empty)
 *   B9     block.codeMissing     warning  (sasaran 3 has no "(6982)" code)
 * The codes are the shipped catalog's, so its season checks find nothing else.
 */
export function plannedWithProblems(): Row[] {
  return [
    ...TITLE,
    HEAD,
    [
      1,
      "Pembentukan Badan Adhoc (6867)",
      "Persentase pelantikan KPPS sesuai jadwal",
      100,
      "Pelantikan KPPS",
      "v",
      null,
      null,
      null,
      12406404000,
      "Subbagian Hukum dan SDM",
    ],
    [
      2,
      "Masa Kampanye Pemilu (6870)",
      "Persentase pelaporan dana kampanye tepat waktu",
      null,
      "Sosialisasi dana kampanye",
      null,
      "v",
      null,
      null,
      911081000,
      null,
    ],
    [
      3,
      "Penetapan Hasil Pemilu",
      "Persentase penetapan hasil tepat waktu",
      100,
      "Rapat pleno penetapan",
      null,
      null,
      null,
      null,
      9825000000,
      "Subbagian Teknis",
    ],
  ];
}

/** A sheet with no RAK table the reader can find by itself: its header names only No, Sasaran and Biaya (row 3). */
export function unrecognisedHeader(): Row[] {
  return [
    ["Rencana kerja kantor"],
    [],
    ["No", "Sasaran strategis", "Ukuran", "Nilai", "Langkah", "Perkiraan Biaya (Rp)"],
    [1, "Pembentukan Badan Adhoc (6867)", "Persentase KPPS", 100, "Pelantikan", 15048000],
  ];
}

/**
 * A big plan: `rows` one-row sasaran, every other one without a target (rows / 2 errors). Each is the
 * campaign (6870) planned in TW I, inside its stage, so the catalog's season checks find nothing.
 */
export function bigPlan(rows: number): Row[] {
  const data: Row[] = [];
  for (let i = 1; i <= rows; i++) {
    data.push([
      i,
      `Kegiatan nomor ${i} (6870)`,
      `Persentase capaian kegiatan ${i}`,
      i % 2 === 0 ? null : 100,
      `Rapat koordinasi ${i}`,
      "v",
      null,
      null,
      null,
      1000000,
      "Subbagian Teknis",
    ]);
  }
  return [...TITLE, HEAD, ...data];
}
