import { analyzeSheet, type SheetAnalysis } from "../core/analyze";
import { fingerprint } from "../core/fingerprint";
import { planClearHighlights, planFindingHighlights } from "../core/highlight/findingHighlights";
import type { SheetSnapshot } from "../core/snapshot";
import { readSnapshot } from "../excel/readSnapshot";
import { supports, type ExcelSession } from "../excel/session";
import { seasonRules } from "../core/catalog";
import type { CatalogError } from "../core/catalog";
import { applyPlanned } from "./applyPlanned";
import { loadCatalog, standardCatalog } from "./katalog";

/**
 * The use cases behind the task pane's buttons, each one pass of snapshot -> core -> edits ->
 * adapter. The pane calls these; it never touches Excel itself.
 */

export interface CheckResult {
  readonly analysis: SheetAnalysis;
  /** The fingerprint of the snapshot checked: edits planned from it are refused if the sheet changed. */
  readonly basedOn: string;
  readonly snapshot: SheetSnapshot;
  readonly readMs: number;
  readonly analyzeMs: number;
  /**
   * The workbook's "Katalog" sheet was refused (a bad row refuses it whole): its name and every
   * row's reason. The season checks then used the shipped catalog. Null when the sheet is fine or absent.
   */
  readonly catalogProblem: CatalogProblem | null;
}

export interface CatalogProblem {
  readonly sheet: string;
  readonly errors: readonly CatalogError[];
}

export interface CheckOptions {
  /** Sheet to check; the active sheet when absent. */
  readonly sheet?: string;
  /** 0-based header row the user pointed at. */
  readonly headerRow?: number;
}

export async function checkSheet(session: ExcelSession, options: CheckOptions = {}): Promise<CheckResult> {
  const t0 = now();
  const mergedAreas = supports(session, "mergedAreas");
  const snapshot = await session.run((context) => readSnapshot(context, options.sheet ?? null, { mergedAreas }));
  // The season checks use the office's own Katalog sheet when the workbook has a valid one (as the CLI does).
  const loaded = await loadCatalog(session);
  const catalog = loaded.ok ? loaded.catalog : standardCatalog();
  const catalogProblem = loaded.ok ? null : { sheet: loaded.sheet, errors: loaded.errors };
  const t1 = now();
  const extraRules = seasonRules(catalog);
  const analysis = analyzeSheet(snapshot, {
    extraRules,
    ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }),
  });
  const t2 = now();
  return { analysis, snapshot, basedOn: fingerprint(snapshot), readMs: t1 - t0, analyzeMs: t2 - t1, catalogProblem };
}

/** Selects a cell or range on a sheet, e.g. when the user clicks a finding. */
export async function selectRange(session: ExcelSession, sheet: string, address: string): Promise<void> {
  await applyPlanned(session, sheet, null, [{ kind: "select", sheet, address }]);
}

/** "Sorot di lembar": shades the cells of the findings with Rakit's conditional formats. */
export async function highlightFindings(session: ExcelSession, result: CheckResult): Promise<void> {
  const sheet = result.analysis.sheet;
  await applyPlanned(session, sheet, result.basedOn, planFindingHighlights(sheet, result.analysis.findings));
}

/** "Hapus sorotan": removes Rakit's conditional formats, and nothing else. */
export async function clearHighlights(session: ExcelSession, sheet: string): Promise<void> {
  await applyPlanned(session, sheet, null, planClearHighlights(sheet));
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}
