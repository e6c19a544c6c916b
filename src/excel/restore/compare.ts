import { rangeA1 } from "../../core/address";
import { fingerprint } from "../../core/fingerprint";
import type { SheetSnapshot } from "../../core/snapshot";
import type { Residue } from "../errors";
import { isRakitFormula, type RakitRule, type RuleSummary, type SheetRules } from "../rakitRules";
import type { RestoreScope, SheetScope } from "./scope";
import type { SheetState, WorkbookState } from "./state";

/**
 * What differs between the workbook as read before a batch and as read now, as the changes a user
 * would be told about. Pure: the restore calls it to check its own work.
 */
export function differences(before: WorkbookState, now: WorkbookState, scope: RestoreScope): Residue[] {
  const out: Residue[] = [];
  const was = new Map(before.sheets.map((s) => [s.id, s.name]));
  for (const s of now.sheets) {
    const old = was.get(s.id);
    if (old === undefined) out.push({ kind: "sheetAdded", sheet: s.name });
    else if (old !== s.name) out.push({ kind: "sheetRenamed", sheet: s.name, from: old });
  }
  for (const s of scope.sheets) {
    const b = before.bySheet.get(s.name);
    const n = now.bySheet.get(s.name);
    if (!b) continue;
    if (!n) {
      out.push({ kind: "unknown", sheet: s.name });
      continue;
    }
    out.push(...sheetDifferences(b, n, s));
  }
  return out;
}

function sheetDifferences(b: SheetState, n: SheetState, scope: SheetScope): Residue[] {
  const { cleared, merges: mergeRects } = scope;
  const sheet = n.name;
  const out: Residue[] = [];
  if (cleared) {
    if (b.used !== n.used || b.charts !== n.charts) out.push({ kind: "cleared", sheet });
    return out;
  }
  if (b.snapshot && n.snapshot && !sameSnapshot(b.snapshot, n.snapshot)) {
    const grew = n.snapshot.values.length - b.snapshot.values.length;
    if (grew > 0) out.push({ kind: "rowsInserted", sheet });
    else if (grew < 0) out.push({ kind: "rowsDeleted", sheet });
    else out.push({ kind: "cells", sheet, address: usedAddress(b.snapshot) });
  }
  b.cells.forEach((area, i) => {
    const now = n.cells[i];
    if (
      !now ||
      !same(area.formulas, now.formulas) ||
      !same(area.types, now.types) ||
      !same(area.numberFormats, now.numberFormats)
    )
      out.push({ kind: "cells", sheet, address: rangeA1(area.rect) });
  });
  // Without ExcelApi 1.13 merges can't be read: what the plan merges or unmerges may have changed.
  if (b.merges === null) for (const rect of mergeRects) out.push({ kind: "merges", sheet, address: rangeA1(rect) });
  b.merges?.forEach((m, i) => {
    const now = n.merges?.[i];
    if (now && !same(sortRefs(m.areas), sortRefs(now.areas)))
      out.push({ kind: "cells", sheet, address: rangeA1(m.rect) });
  });
  if (b.rules && n.rules) {
    const { missing } = otherRuleChanges(b.rules, n.rules);
    if (missing > 0) out.push({ kind: "userRules", sheet });
    else if (!same(b.rules.all, n.rules.all)) out.push({ kind: "rules", sheet });
  }
  if (b.layout && n.layout) {
    const { printArea, titleRows, ...rest } = b.layout;
    const { printArea: nowArea, titleRows: nowTitles, ...nowRest } = n.layout;
    if (!same(rest, nowRest)) out.push({ kind: "layout", sheet });
    if (printArea !== nowArea || titleRows !== nowTitles)
      out.push(printArea === null || titleRows === null ? { kind: "printArea", sheet } : { kind: "layout", sheet });
  }
  b.formats.forEach((f, i) => {
    if (f.text !== n.formats[i]?.text) out.push({ kind: "formats", sheet, address: rangeA1(f.rect) });
  });
  b.widths.forEach((w, i) => {
    if (w.width !== n.widths[i]?.width) out.push({ kind: "formats", sheet, address: rangeA1(w.rect) });
  });
  if (b.charts !== n.charts) out.push({ kind: "charts", sheet });
  return dedupe(out);
}

/** Rakit's rules on a sheet now that were not there before, and those that were and are gone. */
export function ruleChanges(
  before: readonly RakitRule[],
  now: readonly RakitRule[],
): { added: RakitRule[]; removed: RakitRule[] } {
  const key = (r: RakitRule) => `${r.formula}|${r.address}`;
  const pool = before.map(key);
  const added: RakitRule[] = [];
  for (const r of now) {
    const i = pool.indexOf(key(r));
    if (i >= 0) pool.splice(i, 1);
    else added.push(r);
  }
  const left = now.map(key);
  const removed: RakitRule[] = [];
  for (const r of before) {
    const i = left.indexOf(key(r));
    if (i >= 0) left.splice(i, 1);
    else removed.push(r);
  }
  return { added, removed };
}

/**
 * The rules that are not Rakit's (the user's, or one a failed batch added but never got to mark,
 * its formula still empty), compared by kind and formula, as many of each as there were: the
 * positions now of those the batch added, and how many of the user's are gone.
 */
export function otherRuleChanges(before: SheetRules, now: SheetRules): { added: number[]; missing: number } {
  const key = (r: RuleSummary) => `${r.type}|${r.formula ?? ""}`;
  const others = (rules: SheetRules) =>
    rules.all.flatMap((r, priority) =>
      r.formula !== null && isRakitFormula(r.formula) ? [] : [{ key: key(r), priority }],
    );
  const pool = others(before).map((r) => r.key);
  const added: number[] = [];
  for (const r of others(now)) {
    const i = pool.indexOf(r.key);
    if (i >= 0) pool.splice(i, 1);
    else added.push(r.priority);
  }
  return { added, missing: pool.length };
}

export function sameSnapshot(a: SheetSnapshot | null, b: SheetSnapshot | null): boolean {
  if (!a || !b) return a === b;
  return fingerprint(a) === fingerprint(b) && same(a.numberFormats, b.numberFormats);
}

function usedAddress(s: SheetSnapshot): string {
  const width = Math.max(1, ...s.values.map((r) => r.length));
  return rangeA1({
    top: s.origin.row,
    left: s.origin.col,
    bottom: s.origin.row + Math.max(1, s.values.length) - 1,
    right: s.origin.col + width - 1,
  });
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sortRefs<T extends { top: number; left: number }>(refs: readonly T[]): T[] {
  return [...refs].sort((x, y) => x.top - y.top || x.left - y.left);
}

function dedupe(list: Residue[]): Residue[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = JSON.stringify(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
