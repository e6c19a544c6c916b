import { normalizeLabel } from "../reader/normalize";

/**
 * The columns of a "Katalog" sheet, in the order `rakit catalog export` writes them. Headers are
 * matched like the RAK's own (case, spaces and punctuation ignored), so "Sumber Dana" and
 * "SUMBER DANA" are the same column; columns may come in any order; unknown columns are ignored.
 * docs/katalog.md describes each one.
 */

export type KatalogField =
  | "id"
  | "code"
  | "name"
  | "sasaran"
  | "indicator"
  | "satuan"
  | "target"
  | "kegiatan"
  | "months"
  | "pelaksana"
  | "season"
  | "stage"
  | "window"
  | "source"
  | "sumberDana"
  | "years"
  | "origin"
  | "note";

export interface KatalogColumn {
  readonly field: KatalogField;
  /** The header `export` writes. */
  readonly header: string;
  readonly aliases: readonly string[];
  /** A sheet without this column cannot be read. */
  readonly required: boolean;
  /** Width in points for the exported sheet. */
  readonly width: number;
}

export const KATALOG_COLUMNS: readonly KatalogColumn[] = [
  { field: "id", header: "ID", aliases: ["id", "kodeentri"], required: false, width: 60 },
  { field: "code", header: "Kode", aliases: ["kode", "kodekegiatan"], required: true, width: 40 },
  { field: "name", header: "Nama Kegiatan", aliases: ["namakegiatan", "nama"], required: true, width: 200 },
  { field: "sasaran", header: "Sasaran", aliases: ["sasaran", "sasaranstrategis"], required: false, width: 220 },
  { field: "indicator", header: "Indikator", aliases: ["indikator", "indikatorkinerja"], required: true, width: 260 },
  { field: "satuan", header: "Satuan", aliases: ["satuan"], required: true, width: 55 },
  { field: "target", header: "Target", aliases: ["target"], required: true, width: 45 },
  {
    field: "kegiatan",
    header: "Kegiatan",
    aliases: ["kegiatan", "kegiatanyangakandilaksanakan"],
    required: true,
    width: 260,
  },
  { field: "months", header: "Bulan", aliases: ["bulan", "bulanpelaksanaan"], required: true, width: 60 },
  { field: "pelaksana", header: "Pelaksana", aliases: ["pelaksana"], required: true, width: 160 },
  { field: "season", header: "Jenis", aliases: ["jenis", "jeniskegiatan"], required: true, width: 55 },
  { field: "stage", header: "Tahapan", aliases: ["tahapan"], required: false, width: 110 },
  { field: "window", header: "Jendela", aliases: ["jendela", "jendelatahapan"], required: false, width: 170 },
  { field: "source", header: "Sumber Jendela", aliases: ["sumberjendela"], required: false, width: 260 },
  { field: "sumberDana", header: "Sumber Dana", aliases: ["sumberdana"], required: false, width: 60 },
  { field: "years", header: "Tahun", aliases: ["tahun", "tahunberlaku"], required: false, width: 70 },
  { field: "origin", header: "Asal", aliases: ["asal"], required: false, width: 160 },
  { field: "note", header: "Catatan", aliases: ["catatan", "keterangan"], required: false, width: 200 },
];

const BY_ALIAS = new Map<string, KatalogColumn>();
for (const c of KATALOG_COLUMNS) for (const a of c.aliases) BY_ALIAS.set(a, c);

export function columnForHeader(text: string): KatalogColumn | undefined {
  return BY_ALIAS.get(normalizeLabel(text));
}

/** The sheet name Rakit reads an office catalog from and `export` writes to. */
export const KATALOG_SHEET = "Katalog";

/** Written in the Jenis column. */
export const SEASON_WORDS = { routine: "Rutin", stage: "Tahapan" } as const;

/** Between the two dates of a window in the Jendela column: "2023-11-28 s.d. 2024-02-10". */
export const WINDOW_SEPARATOR = " s.d. ";

/** Between the sources of several windows in the Sumber Jendela column (sources may hold ";"). */
export const SOURCE_SEPARATOR = "|";
