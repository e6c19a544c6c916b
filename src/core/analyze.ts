import type { Finding } from "./findings";
import type { Plan } from "./model";
import { readPlan, type NoTableDiagnosis } from "./reader";
import type { SheetSnapshot } from "./snapshot";
import { inSheetOrder, validate, type Rule } from "./validate";
import { snapshotFindings } from "./validate/snapshotRules";

export interface SheetAnalysis {
  readonly sheet: string;
  /** null when the sheet holds no RAK table. */
  readonly plan: Plan | null;
  readonly findings: readonly Finding[];
  /** Without a table: the header words found and what is missing, for a message that helps. */
  readonly noTable?: NoTableDiagnosis;
}

export interface AnalyzeOptions {
  /** 0-based header row the user pointed at, when the reader couldn't find the table by itself. */
  readonly headerRow?: number;
  /** Rules beyond the built-in ones, e.g. the season checks of the office's catalog. */
  readonly extraRules?: readonly Rule[];
}

/** Reads and validates one sheet: the whole of Periksa, as a pure function of the snapshot. */
export function analyzeSheet(snapshot: SheetSnapshot, options: AnalyzeOptions = {}): SheetAnalysis {
  const read = readPlan(snapshot, options.headerRow === undefined ? {} : { headerRow: options.headerRow });
  if (!read.ok) return { sheet: snapshot.sheet, plan: null, findings: [], noTable: read.diagnosis };
  const findings = validate(read.plan, options.extraRules ? { extraRules: options.extraRules } : {});
  return {
    sheet: snapshot.sheet,
    plan: read.plan,
    findings: inSheetOrder([...findings, ...snapshotFindings(snapshot)]),
  };
}
