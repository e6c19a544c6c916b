import type { Located, PlanMeta, SignatureBlock } from "../model";
import { a1 } from "../address";
import type { Grid } from "./grid";
import { cellText, isBlankValue } from "./grid";
import { normalizeLabel } from "./normalize";

/** Title and label lines are short; longer cells above the table are not read as meta. */
const MAX_LINE = 300;
/** How many rows above the header may hold the title and the label lines. */
const SEARCH_ROWS = 40;

/** "Nama /Unit Organisasi", "Unit Kerja", "Satuan Kerja", ... normalized, matched exactly. */
const UNIT_LABELS = new Set([
  "namaunitorganisasi",
  "unitorganisasi",
  "namaunitkerja",
  "unitkerja",
  "namaunit",
  "unit",
  "satuankerja",
  "namasatuankerja",
  "satker",
  "namasatker",
  "namaorganisasi",
  "organisasi",
  "instansi",
  "namainstansi",
  "opd",
  "perangkatdaerah",
]);
const TAHUN_ANGGARAN_LABELS = new Set(["tahunanggaran", "ta"]);

/** Words an office's name starts with, for a title line that names the office. */
const OFFICE_WORDS = [
  "sekretariat",
  "kpu",
  "komisipemilihanumum",
  "kantor",
  "dinas",
  "badan",
  "bagian",
  "biro",
  "subbagian",
  "inspektorat",
  "direktorat",
  "balai",
  "pusat",
  "kementerian",
  "pemerintah",
  "satuan",
  "unit",
  // Offices other than a KPU's: a university's faculty, a Pemda's agencies, a hospital.
  "fakultas",
  "universitas",
  "institut",
  "politeknik",
  "sekolah",
  "lembaga",
  "programstudi",
  "jurusan",
  "rumahsakit",
  "puskesmas",
  "kecamatan",
  "kelurahan",
];

const TITLE_YEAR = /\btahun(?:\s+anggaran)?\s*:?\s*((?:19|20)\d{2})\b/i;
const YEAR = /\b((?:19|20)\d{2})\b/;
// The document's own name before the office's: a RAK, or the indicator tables other offices keep.
const TITLE_PREFIX =
  /^(?:rencana\s+aksi\s+kinerja|rencana\s+aksi|rak|indikator\s+kinerja(?:\s+utama)?|iku|rencana\s+kinerja(?:\s+tahunan)?|rkt|perjanjian\s+kinerja|rencana\s+kerja)\b[\s:,-]*/i;
const TITLE_YEAR_SUFFIX = /[\s,-]*\b(?:tahun(?:\s+anggaran)?|ta\.?)\s*:?\s*\d{4}\s*$/i;

interface Cell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

function located<T>(value: T, cell: Cell): Located<T> {
  return { value, address: a1(cell.row, cell.col), row: cell.row, col: cell.col };
}

/** A row's own non-empty cells, left to right, as text; null if any is too long to be a line. */
function lineCells(grid: Grid, row: number): Cell[] {
  const cells: Cell[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v) || typeof v === "boolean") continue;
    const text = cellText(v);
    if (text.length > MAX_LINE) continue;
    cells.push({ row, col: c, text: text.trim() });
  }
  return cells;
}

interface Labelled {
  readonly label: string;
  /** The value's cell and text, colon stripped; null when the line has a label but no value. */
  readonly value: Cell | null;
  /** Written as a label line: a colon, or the value in a cell of its own. */
  readonly isLabelLine: boolean;
}

/**
 * Splits a label line: "Nama /Unit Organisasi : X" in one cell, or the label and the value in
 * separate cells with ":" between them or in front of the value.
 */
function splitLabelLine(cells: readonly Cell[]): Labelled | null {
  const first = cells[0];
  if (!first) return null;
  const colon = first.text.indexOf(":");
  if (colon >= 0) {
    const label = normalizeLabel(first.text.slice(0, colon));
    const rest = first.text.slice(colon + 1).trim();
    if (rest !== "") return { label, value: { ...first, text: rest }, isLabelLine: true };
    return { label, value: valueAfter(cells), isLabelLine: true };
  }
  const label = normalizeLabel(first.text);
  const value = valueAfter(cells);
  return { label, value, isLabelLine: value !== null };
}

function valueAfter(cells: readonly Cell[]): Cell | null {
  for (const cell of cells.slice(1)) {
    const text = cell.text.replace(/^:\s*/, "").trim();
    if (text !== "") return { ...cell, text };
  }
  return null;
}

export interface MetaAbove {
  readonly title: Located<string> | null;
  readonly unit: Located<string> | null;
  readonly year: Located<number> | null;
  readonly tahunAnggaran: Located<number> | null;
}

/**
 * Reads what sits above the table: the title, the plan year from the title ("TAHUN 2024",
 * "TAHUN ANGGARAN 2025"), the unit (from a "Nama/Unit Organisasi" line, or a title line naming
 * the office), and the year on the "Tahun Anggaran :" line. The Tahun Anggaran line is a label
 * line, so its year never stands in for the title's.
 */
export function readMetaAbove(grid: Grid, headerFirstRow: number): MetaAbove {
  let title: Located<string> | null = null;
  let unit: Located<string> | null = null;
  let officeLine: Located<string> | null = null;
  let year: Located<number> | null = null;
  let tahunAnggaran: Located<number> | null = null;

  for (let r = Math.max(grid.top, headerFirstRow - SEARCH_ROWS); r < headerFirstRow; r++) {
    const cells = lineCells(grid, r);
    if (cells.length === 0) continue;
    const labelled = splitLabelLine(cells);
    if (labelled && labelled.isLabelLine && UNIT_LABELS.has(labelled.label)) {
      if (!unit && labelled.value) unit = located(labelled.value.text, labelled.value);
      continue;
    }
    if (labelled && labelled.isLabelLine && TAHUN_ANGGARAN_LABELS.has(labelled.label)) {
      const m = labelled.value ? YEAR.exec(labelled.value.text) : null;
      if (!tahunAnggaran && m && labelled.value) tahunAnggaran = located(Number(m[1]), labelled.value);
      continue;
    }
    if (labelled && labelled.isLabelLine && cells[0]?.text.includes(":")) continue; // another label line

    for (const cell of cells) {
      if (!title) title = located(cell.text, cell);
      const y = TITLE_YEAR.exec(cell.text);
      if (y && !year) year = located(Number(y[1]), cell);
      if (!officeLine) {
        const office = officeName(cell.text);
        if (office) officeLine = located(office, cell);
      }
    }
  }
  return { title, unit: unit ?? officeLine, year, tahunAnggaran };
}

/** "RENCANA AKSI KINERJA SEKRETARIAT KPU KOTA PRABUMULIH TAHUN 2024" -> the office part. */
function officeName(text: string): string | null {
  const stripped = text.replace(TITLE_PREFIX, "").replace(TITLE_YEAR_SUFFIX, "").trim();
  const lab = normalizeLabel(stripped);
  if (lab === "") return null;
  return OFFICE_WORDS.some((w) => lab.startsWith(w)) ? stripped : null;
}

export function buildMeta(above: MetaAbove, signature: SignatureBlock): PlanMeta {
  return { ...above, signature };
}
