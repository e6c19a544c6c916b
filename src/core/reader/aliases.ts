import type { ColumnRole, PeriodKind } from "../model";

/**
 * The words a RAK header uses for each column, as normalized labels (see normalize.ts). A header
 * cell matches a role by exact label, or else by the longest alias it starts with (so "Target
 * Triwulan" is the period group, not Target, and "Indikator Kinerja Utama (IKU)" is Indikator).
 */

/** A header role: a table column, or the group header written above the period columns. */
export type HeaderRole = ColumnRole | "periodGroup";

const ROLE_ALIASES: Readonly<Record<Exclude<HeaderRole, "period">, readonly string[]>> = {
  no: ["no", "nomor", "nourut", "nomorurut"],
  sasaran: ["sasaran", "sasaranstrategis", "sasarankegiatan", "sasaranprogram", "programkegiatan", "program"],
  indikator: [
    "indikator",
    "indikatorkinerja",
    "indikatorkinerjastrategis",
    "indikatorkinerjautama",
    "indikatorkinerjakegiatan",
    "iku",
  ],
  target: ["target", "targettahunan", "targetkinerja", "targetcapaian"],
  kegiatan: [
    "kegiatan",
    "kegiatanyangakandilaksanakan",
    "kegiatanyangdilaksanakan",
    "rencanakegiatan",
    "rencanaaksi",
    "uraiankegiatan",
    "aksi",
  ],
  budget: [
    "perkiraanbiaya",
    "perkiraanbiayarp",
    "anggaran",
    "anggaranrp",
    "pagu",
    "paguanggaran",
    "biaya",
    "biayarp",
    "jumlahbiaya",
    "jumlahanggaran",
    "alokasianggaran",
    "dana",
  ],
  // "SKPD/OPD Penanggung Jawab" in a Pemda's tables, "Unit Kerja" or "Bidang/Bagian" elsewhere.
  pelaksana: [
    "pelaksana",
    "penanggungjawab",
    "pj",
    "pic",
    "unitpelaksana",
    "pelaksanakegiatan",
    "unitkerja",
    "unitkerjapelaksana",
    "skpd",
    "skpdpenanggungjawab",
    "skpdpelaksana",
    "opd",
    "opdpenanggungjawab",
    "opdpelaksana",
    "perangkatdaerah",
    "bidangbagian",
    "bagianbidang",
  ],
  periodGroup: [
    "rencanapelaksanaan",
    "jadwalpelaksanaan",
    "waktupelaksanaan",
    "targettriwulan",
    "triwulan",
    "jadwal",
    "jadwalkegiatan",
    "waktu",
    "bulan",
    "rencanapelaksanaanbulan",
    "timeline",
  ],
  other: ["ket", "keterangan", "catatan", "outcome", "output", "satuan"],
};

/** Prefix matching is only trusted for aliases this long ("no" must not claim "Nominal"). */
const MIN_PREFIX_ALIAS = 4;

const EXACT = new Map<string, HeaderRole>();
/** Aliases usable as prefixes, longest first. */
const PREFIXES: { alias: string; role: HeaderRole }[] = [];

for (const [role, aliases] of Object.entries(ROLE_ALIASES) as [HeaderRole, readonly string[]][]) {
  for (const alias of aliases) {
    EXACT.set(alias, role);
    if (alias.length >= MIN_PREFIX_ALIAS) PREFIXES.push({ alias, role });
  }
}
PREFIXES.sort((x, y) => y.alias.length - x.alias.length);

/** The role a header label names, or null. `label` is normalized. */
export function roleOfLabel(label: string): HeaderRole | null {
  if (label === "") return null;
  const exact = EXACT.get(label);
  if (exact) return exact;
  for (const p of PREFIXES) {
    if (label.startsWith(p.alias)) return p.role;
  }
  return null;
}

/** The role a header label names word for word ("Pelaksana", not "Pelaksana sosialisasi"), or null. */
export function exactRoleOfLabel(label: string): HeaderRole | null {
  return EXACT.get(label) ?? null;
}

export interface PeriodLabel {
  readonly kind: PeriodKind;
  readonly period: number;
}

const PERIOD_LABELS = new Map<string, PeriodLabel>();

const MONTH_NAMES: readonly (readonly string[])[] = [
  ["januari", "jan", "january"],
  ["februari", "pebruari", "feb", "peb", "pebr", "febr", "february"],
  ["maret", "mar", "march", "mrt"],
  ["april", "apr"],
  ["mei", "may"],
  ["juni", "jun", "june"],
  ["juli", "jul", "july"],
  ["agustus", "agu", "agt", "ags", "agst", "agus", "aug", "august"],
  ["september", "sep", "sept"],
  ["oktober", "okt", "oct", "october"],
  ["november", "nopember", "nov", "nop"],
  ["desember", "des", "dec", "december"],
];

MONTH_NAMES.forEach((names, i) => {
  const period = i + 1;
  const label: PeriodLabel = { kind: "month", period };
  for (const n of names) PERIOD_LABELS.set(n, label);
  for (const prefix of ["b", "bulan", "bulanke", "bln", "blnke", "month"]) {
    PERIOD_LABELS.set(`${prefix}${period}`, label);
  }
});

const ROMAN = ["i", "ii", "iii", "iv"];
ROMAN.forEach((roman, i) => {
  const period = i + 1;
  const label: PeriodLabel = { kind: "quarter", period };
  for (const prefix of ["tw", "triwulan", "triwulanke", "twke", "kuartal", "quarter", "q"]) {
    PERIOD_LABELS.set(`${prefix}${roman}`, label);
    PERIOD_LABELS.set(`${prefix}${period}`, label);
  }
});

/**
 * A period label that names its period on its own ("B1", "Jan", "Agustus", "TW I", "Q3"). Plain
 * numbers and roman numerals are not in here: they are month or quarter labels only under a
 * period group header (see `bareNumberLabel`).
 */
export function periodOfLabel(label: string): PeriodLabel | null {
  return PERIOD_LABELS.get(label) ?? null;
}

/** 1..12 for "1".."12" (a number cell or its text), 1..4 for roman "I".."IV"; else null. */
export function bareNumberLabel(label: string): { n: number; roman: boolean } | null {
  if (/^\d{1,2}$/.test(label)) {
    const n = Number(label);
    return n >= 1 && n <= 12 ? { n, roman: false } : null;
  }
  const r = ROMAN.indexOf(label);
  return r >= 0 ? { n: r + 1, roman: true } : null;
}

/** Group labels that announce quarters, so "1..4" under them are quarters. */
export function groupSaysQuarter(label: string): boolean {
  return label.includes("triwulan") || label.includes("kuartal") || label.includes("quarter");
}

/** A year a header names on its own: 2013 (a number cell or its text), "Tahun 2013", "TA 2013". */
export function yearOfLabel(label: string): number | null {
  const m = /^(?:tahun|ta)?((?:19|20)\d{2})$/.exec(label);
  return m ? Number(m[1]) : null;
}

/** The year of a yearly target header: "Target 2025", "Target Tahun 2025", "Target Kinerja 2025". */
export function targetYearOfLabel(label: string): number | null {
  const m = /^target[a-z]*((?:19|20)\d{2})$/.exec(label);
  return m ? Number(m[1]) : null;
}
