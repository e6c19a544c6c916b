import { ownSheet, rowRange, SheetDraft } from "../budget/sheetDraft";
import type { Edit } from "../edits";
import { KATALOG_COLUMNS, KATALOG_SHEET, SEASON_WORDS, SOURCE_SEPARATOR, WINDOW_SEPARATOR } from "./columns";
import type { KatalogField } from "./columns";
import { formatMonths, formatYears } from "./months";
import type { Catalog, CatalogEntry } from "./types";

/**
 * `rakit catalog export`: a catalog written as a "Katalog" sheet an office can start its own from.
 * A title, a hint, then the header (row 4) and one row per entry. Cells that Excel would turn into
 * dates or numbers when typed ("1-12", "2024-10-01", "6709") are written as text with a leading
 * apostrophe, as a person would type them, so the sheet reads back unchanged.
 */

export interface CatalogSheetOptions {
  readonly sheetName?: string;
  /** An existing sheet of that name is cleared and rewritten rather than duplicated. */
  readonly existingSheets?: readonly string[];
}

export interface CatalogSheetPlan {
  readonly sheet: string;
  readonly edits: Edit[];
  /** True when a sheet of that name was there and is rewritten. */
  readonly replaced: boolean;
}

export const HEADER_ROW = 3;
const HEADER_FILL = "#DDEBF7";

function cellsOf(e: CatalogEntry): Record<KatalogField, string | number> {
  const stage = e.season.kind === "stage" ? e.season.stage : null;
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    sasaran: e.sasaran,
    indicator: e.indicator,
    satuan: e.satuan,
    target: e.target,
    kegiatan: e.kegiatan,
    months: formatMonths(e.months),
    pelaksana: e.pelaksana,
    season: SEASON_WORDS[e.season.kind],
    stage: stage ? stage.id : "",
    window: stage ? stage.windows.map((w) => `${w.from}${WINDOW_SEPARATOR}${w.to}`).join("; ") : "",
    source: stage ? stage.windows.map((w) => w.source).join(` ${SOURCE_SEPARATOR} `) : "",
    sumberDana: e.sumberDana,
    years: formatYears(e.years),
    origin: e.origin ?? "",
    note: e.note ?? "",
  };
}

export function planCatalogSheet(catalog: Catalog, options: CatalogSheetOptions = {}): CatalogSheetPlan {
  const target = ownSheet(options.sheetName ?? KATALOG_SHEET, options.existingSheets);
  const d = new SheetDraft(target.name);
  const last = KATALOG_COLUMNS.length - 1;

  d.value(0, 0, `KATALOG RAKIT: ${catalog.name}`);
  d.font(rowRange(0, 0, 0), { bold: true, size: 13 });
  d.value(
    1,
    0,
    "Satu baris satu entri. {satker} dan {wilayah} diisi dari nama unit organisasi RAK saat entri disisipkan. " +
      "Jenis: Rutin atau Tahapan. Jendela: YYYY-MM-DD s.d. YYYY-MM-DD, beberapa dipisah titik koma; Sumber Jendela: satu, atau satu per jendela dipisah |. Kolom dijelaskan di docs/katalog.md.",
  );
  d.font(rowRange(1, 0, 0), { italic: true });

  KATALOG_COLUMNS.forEach((c, i) => {
    d.value(HEADER_ROW, i, c.header);
    d.columnWidth(i, c.width);
  });
  d.font(rowRange(HEADER_ROW, 0, last), { bold: true });
  d.fill(rowRange(HEADER_ROW, 0, last), HEADER_FILL);

  catalog.entries.forEach((e, n) => {
    const cells = cellsOf(e);
    KATALOG_COLUMNS.forEach((c, i) => {
      const v = cells[c.field];
      if (v === "") return;
      // Codes, months and years stay text ("6709", "1-12"): the adapter writes every string as text.
      d.value(HEADER_ROW + 1 + n, i, v);
    });
  });
  const bottom = HEADER_ROW + catalog.entries.length;
  d.borders({ top: HEADER_ROW, left: 0, bottom, right: last });
  return { sheet: target.name, edits: [...target.edits, ...d.edits()], replaced: target.existed };
}
