/**
 * The catalog: standard RAK rows to insert, and each kegiatan code's season. The core never loads
 * it: callers import data/katalog-standar.json (or read a Katalog sheet) and pass the checked
 * catalog in.
 */
export type {
  Catalog,
  CatalogEntry,
  CatalogError,
  CatalogErrorReason,
  CatalogResult,
  Season,
  Stage,
  StageWindow,
  SumberDana,
  WindowBasis,
} from "./types";
export { CATALOG_FORMAT, CATALOG_VERSION } from "./types";
export { parseCatalogJson, validateCatalog } from "./schema";
export { parseJsonWithLines } from "./jsonLines";
export type { JsonParse, JsonPath } from "./jsonLines";
export { readCatalogSheet } from "./sheet";
export type { ReadCatalogSheetOptions } from "./sheet";
export { planCatalogSheet } from "./sheetWrite";
export type { CatalogSheetOptions, CatalogSheetPlan } from "./sheetWrite";
export { catalogToJson, entryToJson, stringifyCatalog } from "./serialize";
export { KATALOG_COLUMNS, KATALOG_SHEET } from "./columns";
export type { KatalogColumn, KatalogField } from "./columns";
export { codeOrder, codeSeason, entriesForYear, entryById, mergeCatalogs } from "./lookup";
export { appliesTo } from "./consistency";
export { searchCatalog, searchEntries, foldText } from "./search";
export { groupByCode } from "./group";
export type { CodeGroup } from "./group";
export { entriesInPlan, textSimilarity } from "./inPlan";
export type { InPlanMatch } from "./inPlan";
export { fillPlaceholders, filledEntry, officeNames, officeNamesOf, GENERIC_NAMES } from "./placeholders";
export type { OfficeNames } from "./placeholders";
export { seasonRules, planYear, SEASON_RULE_CODES } from "./seasonRules";
export type { SeasonRuleCode } from "./seasonRules";
export { describeWindows, readableWindowSpan, stageMonths, windowSpan } from "./dates";
export { formatMonths, parseMonths, formatYears, parseYears } from "./months";
export { formatCatalogError } from "./errors";
