import type { Lang } from "../i18n";
import { translateKey } from "../i18n";
import type { CatalogError } from "./types";

/**
 * One line per rejected thing, saying where it is and why:
 *   "Entri ke-3 (baris 41), months: Bulan harus angka 1 sampai 12, ..."
 *   "Lembar Katalog, baris 12, Bulan: ..."
 */
export function formatCatalogError(lang: Lang, e: CatalogError): string {
  const message = translateKey(lang, `catalog.error.${e.reason}`, e.params);
  let where: string;
  if (e.row !== undefined) where = translateKey(lang, "catalog.where.row", { row: e.row });
  else if (e.index !== undefined)
    where =
      e.line !== undefined
        ? translateKey(lang, "catalog.where.entry", { n: e.index + 1, line: e.line })
        : translateKey(lang, "catalog.where.entryNoLine", { n: e.index + 1 });
  else if (e.stage !== undefined)
    where =
      e.line !== undefined
        ? translateKey(lang, "catalog.where.stage", { n: e.stage + 1, line: e.line })
        : translateKey(lang, "catalog.where.stageNoLine", { n: e.stage + 1 });
  else if (e.line !== undefined) where = translateKey(lang, "catalog.where.line", { line: e.line });
  else where = translateKey(lang, "catalog.where.file");
  return e.field === ""
    ? translateKey(lang, "catalog.error.lineNoField", { where, message })
    : translateKey(lang, "catalog.error.line", { where, field: e.field, message });
}
