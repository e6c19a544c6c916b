import type { Catalog, CatalogError, InPlanMatch } from "../core/catalog";
import {
  entriesInPlan,
  KATALOG_SHEET,
  mergeCatalogs,
  planCatalogSheet,
  readCatalogSheet,
  validateCatalog,
} from "../core/catalog";
import standardJson from "../core/catalog/data/katalog-standar.json";
import type { Note } from "../core/budget";
import type { Edit } from "../core/edits";
import type { Lang } from "../core/i18n";
import type { NewRow } from "../core/insert";
import { planInsert } from "../core/insert";
import { rangeA1 } from "../core/address";
import type { Plan } from "../core/model";
import { listSheets, readSheets } from "../excel/readWorkbook";
import type { ExcelSession } from "../excel/session";
import { applyPlanned } from "./applyPlanned";
import type { NoTable, SheetOptions } from "./plan";
import { readSheetPlan } from "./plan";

/**
 * Katalog: the catalog a workbook works with (the shipped one, with the office's own "Katalog"
 * sheet over it), inserting entries into the plan sheet, and writing a Katalog sheet to start from.
 * The core takes the catalog as a parameter; this is where the shipped JSON is imported.
 */

let standard: Catalog | null = null;

/**
 * The catalog that ships with Rakit, checked against its schema on first use. A shipped catalog
 * that fails its own schema is a bug in Rakit (test/core/catalog/standard.test.ts guards it), so
 * it throws rather than returning errors to the user.
 */
export function standardCatalog(): Catalog {
  if (standard) return standard;
  const result = validateCatalog(standardJson);
  if (!result.ok) throw new Error(`the shipped catalog is invalid: ${JSON.stringify(result.errors[0])}`);
  standard = result.catalog;
  return standard;
}

export type LoadedCatalog =
  | {
      readonly ok: true;
      readonly catalog: Catalog;
      /** The office's own sheet, when the workbook has one. */
      readonly officeSheet: string | null;
      /** How many entries the office sheet holds. */
      readonly officeEntries: number;
    }
  | {
      readonly ok: false;
      readonly reason: "catalog";
      readonly sheet: string;
      readonly errors: readonly CatalogError[];
    };

/**
 * The workbook's catalog: the shipped one, with the entries of a "Katalog" sheet (if the workbook
 * has one) over it. A Katalog sheet with any bad row is refused whole, with every row's reason.
 */
export async function loadCatalog(session: ExcelSession, base: Catalog = standardCatalog()): Promise<LoadedCatalog> {
  const names = await listSheets(session);
  const sheet = names.find((n) => n.toLowerCase() === KATALOG_SHEET.toLowerCase());
  if (sheet === undefined) return { ok: true, catalog: base, officeSheet: null, officeEntries: 0 };
  const [snapshot] = await readSheets(session, [sheet]);
  if (!snapshot) return { ok: true, catalog: base, officeSheet: null, officeEntries: 0 };
  const read = readCatalogSheet(snapshot, { known: base });
  if (!read.ok) return { ok: false, reason: "catalog", sheet, errors: read.errors };
  return {
    ok: true,
    catalog: mergeCatalogs(base, read.catalog),
    officeSheet: sheet,
    officeEntries: read.catalog.entries.length,
  };
}

export interface CatalogForPlan {
  readonly ok: true;
  readonly plan: Plan;
  readonly catalog: Catalog;
  /** Entries the plan already has, by entry id (for the pane to mark). */
  readonly inPlan: ReadonlyMap<string, InPlanMatch>;
}

/** The plan sheet and the catalog side by side: what the pane's Katalog view shows. */
export async function readCatalogForPlan(
  session: ExcelSession,
  options: SheetOptions = {},
): Promise<CatalogForPlan | NoTable | Extract<LoadedCatalog, { ok: false }>> {
  const loaded = await loadCatalog(session);
  if (!loaded.ok) return loaded;
  const read = await readSheetPlan(session, options);
  if (!read.ok) return read;
  return { ok: true, plan: read.plan, catalog: loaded.catalog, inPlan: entriesInPlan(read.plan, loaded.catalog) };
}

export interface InsertOptions extends SheetOptions {
  readonly entryIds: readonly string[];
  /** The catalog to insert from; the workbook's (loadCatalog) when absent. */
  readonly catalog?: Catalog;
  /** Language of the labels of a rewritten Rekap sheet. */
  readonly lang?: Lang;
  /** Select the new rows afterwards (default true), so the user sees where they went. */
  readonly select?: boolean;
}

export type InsertResult =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly newRows: readonly NewRow[];
      readonly notes: readonly Note[];
      readonly applied: number;
    }
  | NoTable
  | { readonly ok: false; readonly reason: "refused"; readonly note: Note }
  | Extract<LoadedCatalog, { ok: false }>;

/**
 * Sisipkan: reads the plan sheet, plans the insert against that reading, and applies it in one
 * batch (refused, with nothing written, if the sheet changed in between or a preflight check
 * fails). See docs/katalog.md on undo: the batch is one sync, but whether Excel can undo it depends
 * on the host (ExcelApi 1.20 records add-in edits in the undo stack; older hosts clear it).
 */
export async function insertEntries(session: ExcelSession, options: InsertOptions): Promise<InsertResult> {
  let catalog = options.catalog;
  if (!catalog) {
    const loaded = await loadCatalog(session);
    if (!loaded.ok) return loaded;
    catalog = loaded.catalog;
  }
  const read = await readSheetPlan(session, options);
  if (!read.ok) return read;
  const { plan, snapshot, basedOn } = read;
  const existingSheets = await listSheets(session);
  const planned = planInsert(plan, snapshot, catalog, options.entryIds, {
    existingSheets,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  if (!planned.ok) return { ok: false, reason: "refused", note: planned.reason };
  const edits: Edit[] = [...planned.edits];
  const first = planned.newRows[0];
  const last = planned.newRows[planned.newRows.length - 1];
  if (options.select !== false && first && last) {
    const { firstCol, lastCol } = plan.header;
    edits.push({
      kind: "select",
      sheet: plan.sheet,
      address: rangeA1({ top: first.row, bottom: last.row, left: firstCol, right: lastCol }),
    });
  }
  await applyPlanned(session, plan.sheet, basedOn, edits);
  return { ok: true, sheet: plan.sheet, newRows: planned.newRows, notes: planned.notes, applied: edits.length };
}

export interface WriteCatalogResult {
  readonly sheet: string;
  /** A sheet of that name was there and was rewritten. */
  readonly replaced: boolean;
  readonly entries: number;
}

/** `rakit catalog export` / "Buat lembar Katalog": the catalog written as a Katalog sheet. */
export async function writeCatalogSheet(
  session: ExcelSession,
  catalog: Catalog,
  options: { readonly sheetName?: string } = {},
): Promise<WriteCatalogResult> {
  const existingSheets = await listSheets(session);
  const planned = planCatalogSheet(catalog, {
    existingSheets,
    ...(options.sheetName !== undefined ? { sheetName: options.sheetName } : {}),
  });
  await applyPlanned(session, planned.sheet, null, planned.edits);
  return { sheet: planned.sheet, replaced: planned.replaced, entries: catalog.entries.length };
}
