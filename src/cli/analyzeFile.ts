import { standardCatalog, loadCatalog } from "../app/katalog";
import { analyzeSheet, type SheetAnalysis } from "../core/analyze";
import { seasonRules } from "../core/catalog";
import type { SheetSnapshot } from "../core/snapshot";
import { readSheets, listSheets } from "../excel/readWorkbook";
import { FileFailure } from "./failures";
import { openWorkbook, type SyncStats } from "./workbook";

export interface FileAnalysis {
  readonly file: string;
  readonly sheets: readonly SheetAnalysis[];
  /** Why the workbook's own "Katalog" sheet was not used (the shipped catalog was), or null. */
  readonly catalogProblem: string | null;
  readonly stats: {
    readonly readMs: number;
    readonly analyzeMs: number;
    readonly rows: number;
  } & SyncStats;
}

/**
 * Opens a workbook in the in-memory host, reads it through the adapter (the same path as inside
 * Excel) and analyses every sheet that holds a RAK table, or the one sheet asked for. Throws a
 * FileFailure, never a raw error, when there is nothing to analyse.
 */
export async function analyzeFile(file: string, sheet: string | null): Promise<FileAnalysis> {
  const started = performance.now();
  const book = await openWorkbook(file);
  const names = await listSheets(book.session);
  if (names.length === 0) throw new FileFailure(file, { kind: "noSheets" });
  if (sheet !== null && !names.includes(sheet))
    throw new FileFailure(file, { kind: "sheetNotFound", sheet, sheets: names });
  const snapshots: SheetSnapshot[] = await readSheets(book.session, sheet === null ? null : [sheet]);
  // The season checks use the office's own Katalog sheet when the workbook has a valid one.
  const loaded = await loadCatalog(book.session);
  const catalog = loaded.ok ? loaded.catalog : standardCatalog();
  const catalogProblem = loaded.ok ? null : `${loaded.sheet}: ${loaded.errors.length}`;
  const readMs = performance.now() - started;

  const analysisStarted = performance.now();
  const extraRules = seasonRules(catalog);
  const analyses = snapshots.map((s) => analyzeSheet(s, { extraRules }));
  const analyzeMs = performance.now() - analysisStarted;

  const withPlans = analyses.filter((a) => a.plan !== null);
  if (withPlans.length === 0)
    throw new FileFailure(file, {
      kind: "noTable",
      sheets: snapshots.map((s) => s.sheet),
      diagnoses: analyses.map((a) => a.noTable),
    });
  const rows = snapshots.reduce((n, s) => n + s.values.length, 0);
  return { file, sheets: withPlans, catalogProblem, stats: { readMs, analyzeMs, rows, ...book.stats() } };
}
