import type { RangeRef } from "../../core/address";
import type { ScalarValue } from "../../core/edits";
import type { CellValue, SheetSnapshot } from "../../core/snapshot";
import { asTypedText } from "../cellText";
import type { RakitRule } from "../rakitRules";
import { otherRuleChanges, ruleChanges, sameSnapshot } from "./compare";
import type { RestoreScope, SheetScope } from "./scope";
import type { CellArea, LayoutState, SheetState, WorkbookState } from "./state";

/**
 * What puts a workbook back as it was read before a failed batch, worked out from the two
 * readings alone (pure). Sheets are named by id, which a rename does not change.
 */
export type UndoAction =
  | { readonly kind: "deleteSheet"; readonly sheet: string }
  | { readonly kind: "renameSheet"; readonly sheet: string; readonly name: string }
  | { readonly kind: "deleteRows"; readonly sheet: string; readonly row: number; readonly count: number }
  | { readonly kind: "unmerge"; readonly sheet: string; readonly rect: RangeRef }
  | {
      readonly kind: "writeCells";
      readonly sheet: string;
      readonly rect: RangeRef;
      /** null leaves a cell as it is (Office.js "null input"). */
      readonly formulas: readonly (readonly (ScalarValue | null)[])[] | null;
      readonly numberFormats: readonly (readonly (string | null)[])[] | null;
    }
  | { readonly kind: "merge"; readonly sheet: string; readonly rect: RangeRef }
  | { readonly kind: "deleteRule"; readonly sheet: string; readonly priority: number }
  | { readonly kind: "addRule"; readonly sheet: string; readonly rule: RakitRule }
  | { readonly kind: "layout"; readonly sheet: string; readonly layout: LayoutState }
  | { readonly kind: "columnWidth"; readonly sheet: string; readonly rect: RangeRef; readonly width: number };

export interface StructureUndo {
  readonly actions: UndoAction[];
  /** Scope sheets whose rows stand where they stood (or will, once `actions` ran): their cells can be compared. */
  readonly settled: ReadonlySet<string>;
}

/** First pass: sheets the batch made go, renamed ones get their names back, inserted rows go. */
export function structureUndo(before: WorkbookState, now: WorkbookState, scope: RestoreScope): StructureUndo {
  const actions: UndoAction[] = [];
  const was = new Map(before.sheets.map((s) => [s.id, s.name]));
  for (const s of now.sheets) if (!was.has(s.id)) actions.push({ kind: "deleteSheet", sheet: s.id });
  for (const s of now.sheets) {
    const old = was.get(s.id);
    if (old !== undefined && old !== s.name) actions.push({ kind: "renameSheet", sheet: s.id, name: old });
  }
  const settled = new Set<string>();
  for (const s of scope.sheets) {
    const b = before.bySheet.get(s.name);
    const n = now.bySheet.get(s.name);
    if (!b || !n) continue;
    if (s.cleared || (!s.deletesRows && s.inserts.length === 0) || sameSnapshot(b.snapshot, n.snapshot)) {
      settled.add(s.name);
      continue;
    }
    if (s.deletesRows || !b.snapshot || !n.snapshot) continue;
    const rows = insertedRows(b.snapshot, n.snapshot, s);
    if (rows === null) continue;
    for (const run of runsFromBottom(rows)) actions.push({ kind: "deleteRows", sheet: n.id, ...run });
    settled.add(s.name);
  }
  return { actions, settled };
}

/** Second pass, on rows back in place: cells, merges, Rakit's rules, page setup, column widths. */
export function contentUndo(
  before: WorkbookState,
  now: WorkbookState,
  scope: RestoreScope,
  settled: ReadonlySet<string>,
): UndoAction[] {
  const actions: UndoAction[] = [];
  for (const s of scope.sheets) {
    const b = before.bySheet.get(s.name);
    const n = now.bySheet.get(s.name);
    if (!b || !n || s.cleared) continue;
    if (settled.has(s.name)) actions.push(...cellUndo(b, n));
    actions.push(...ruleUndo(b, n), ...layoutUndo(b, n), ...widthUndo(b, n));
  }
  return actions;
}

function cellUndo(b: SheetState, n: SheetState): UndoAction[] {
  const sheet = n.id;
  const unmerge: UndoAction[] = [];
  const merge: UndoAction[] = [];
  b.merges?.forEach((m, i) => {
    const now = n.merges?.[i]?.areas;
    if (!now) return;
    const key = (r: RangeRef) => `${r.top},${r.left},${r.bottom},${r.right}`;
    const had = new Set(m.areas.map(key));
    const has = new Set(now.map(key));
    for (const r of now) if (!had.has(key(r))) unmerge.push({ kind: "unmerge", sheet, rect: r });
    for (const r of m.areas) if (!has.has(key(r))) merge.push({ kind: "merge", sheet, rect: r });
  });
  const writes: UndoAction[] = [];
  b.cells.forEach((area, i) => {
    const current = n.cells[i];
    if (current) {
      const w = areaUndo(sheet, area, current);
      if (w) writes.push(w);
    }
  });
  // Unmerge first (a covered cell takes no value), then the contents, then the merges back.
  return [...unmerge, ...writes, ...merge];
}

function areaUndo(sheet: string, b: CellArea, n: CellArea): UndoAction | null {
  let anyCell = false;
  let anyFormat = false;
  const formulas = b.formulas.map((row, r) =>
    row.map((f, c) => {
      if (f === n.formulas[r]?.[c] && b.types[r]?.[c] === n.types[r]?.[c]) return null;
      anyCell = true;
      return restoredContent(f, b.values[r]?.[c], b.types[r]?.[c]);
    }),
  );
  const numberFormats = b.numberFormats.map((row, r) =>
    row.map((f, c) => {
      if (f === n.numberFormats[r]?.[c]) return null;
      anyFormat = true;
      return typeof f === "string" ? f : "General";
    }),
  );
  if (!anyCell && !anyFormat) return null;
  return {
    kind: "writeCells",
    sheet,
    rect: b.rect,
    formulas: anyCell ? formulas : null,
    numberFormats: anyFormat ? numberFormats : null,
  };
}

/** What to write for a cell to hold again what it held: its formula, its text as text, its constant. */
function restoredContent(formula: unknown, value: unknown, type: unknown): ScalarValue {
  // A text cell starting with "=" reads the same in formulas and values (office-js#6687).
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (type === "Error") return String(value);
  if (typeof value === "string") return value === "" ? "" : asTypedText(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  return "";
}

function ruleUndo(b: SheetState, n: SheetState): UndoAction[] {
  if (!b.rules || !n.rules) return [];
  const { added, removed } = ruleChanges(b.rules.rakit, n.rules.rakit);
  // A rule the batch added but did not get to give its formula is in neither list of Rakit's.
  const unmarked = otherRuleChanges(b.rules, n.rules).added;
  return [
    // Highest position first, so positions still to delete don't move; then the removed ones back,
    // each to its old position, lowest first.
    ...[...added.map((r) => r.priority), ...unmarked]
      .sort((x, y) => y - x)
      .map((priority): UndoAction => ({ kind: "deleteRule", sheet: n.id, priority })),
    ...[...removed]
      .sort((x, y) => x.priority - y.priority)
      .map((rule): UndoAction => ({ kind: "addRule", sheet: n.id, rule })),
  ];
}

function layoutUndo(b: SheetState, n: SheetState): UndoAction[] {
  if (!b.layout || !n.layout || JSON.stringify(b.layout) === JSON.stringify(n.layout)) return [];
  return [{ kind: "layout", sheet: n.id, layout: b.layout }];
}

function widthUndo(b: SheetState, n: SheetState): UndoAction[] {
  return b.widths.flatMap((w, i): UndoAction[] =>
    w.width !== null && w.width !== n.widths[i]?.width
      ? [{ kind: "columnWidth", sheet: n.id, rect: w.rect, width: w.width }]
      : [],
  );
}

/**
 * The rows a batch inserted, in today's rows, read from the sheet: of the states "the first j
 * inserts ran" (j = 0…n), the one where every constant the plan does not write stands where those
 * inserts would have moved it. None or several such states: null (the restore does not guess).
 */
export function insertedRows(before: SheetSnapshot, now: SheetSnapshot, scope: SheetScope): number[] | null {
  const written = (row: number, col: number): boolean =>
    scope.cells.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  const fits: number[] = [];
  for (let j = 0; j <= scope.inserts.length; j++) {
    const done = scope.inserts.slice(0, j);
    const moved = (row: number): number => done.reduce((pos, ins) => (pos >= ins.row ? pos + ins.count : pos), row);
    let ok = true;
    before.values.forEach((cells, r) => {
      const row = before.origin.row + r;
      cells.forEach((v, c) => {
        const col = before.origin.col + c;
        if (!ok || v === "" || (before.formulas[r]?.[c] ?? "") !== "" || written(row, col)) return;
        if (!sameValue(v, valueAt(now, moved(row), col))) ok = false;
      });
    });
    if (ok) fits.push(j);
  }
  if (fits.length !== 1) return null;
  let rows: number[] = [];
  for (const ins of scope.inserts.slice(0, fits[0])) {
    rows = rows.map((r) => (r >= ins.row ? r + ins.count : r));
    for (let k = 0; k < ins.count; k++) rows.push(ins.row + k);
  }
  return rows;
}

function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? "";
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Contiguous runs of rows, the lowest run first to delete, so the others keep their numbers. */
function runsFromBottom(rows: readonly number[]): { row: number; count: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => b - a);
  const runs: { row: number; count: number }[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === r + 1) runs[runs.length - 1] = { row: r, count: last.count + 1 };
    else runs.push({ row: r, count: 1 });
  }
  return runs;
}
