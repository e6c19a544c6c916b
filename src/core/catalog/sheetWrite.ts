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

const asTyped = (text: string): string => `'${text}`;

function cellsOf(e: CatalogEntry): Record<KatalogField, string | number> {
  const stage = e.season.kind === "stage" ? e.season.stage : null;
  return {
    id: asTyped(e.id),
    code: asTyped(e.code),
    name: e.name,
    sasaran: e.sasaran,
    indicator: e.indicator,
    satuan: asTyped(e.satuan),
    target: e.target,
    kegiatan: e.kegiatan,
    months: asTyped(formatMonths(e.months)),
    pelaksana: e.pelaksana,
    season: SEASON_WORDS[e.season.kind],
    stage: stage ? stage.id : "",
    window: stage ? asTyped(stage.windows.map((w) => `${w.from}${WINDOW_SEPARATOR}${w.to}`).join("; ")) : "",
    source: stage ? stage.windows.map((w) => w.source).join(` ${SOURCE_SEPARATOR} `) : "",
    sumberDana: e.sumberDana,
    years: asTyped(formatYears(e.years)),
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
      // Text that starts with an apostrophe is already marked as typed text; formulas keep it so.
      if (typeof v === "string" && v.startsWith("'")) d.formula(HEADER_ROW + 1 + n, i, v);
      else d.value(HEADER_ROW + 1 + n, i, v);
    });
  });
  const bottom = HEADER_ROW + catalog.entries.length;
  d.borders({ top: HEADER_ROW, left: 0, bottom, right: last });
  return { sheet: target.name, edits: [...target.edits, ...d.edits()], replaced: target.existed };
}
