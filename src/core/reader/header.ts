import type { ColumnRole, HeaderColumn, PeriodKind, TableHeader } from "../model";
import type { SheetSnapshot } from "../snapshot";
import type { HeaderRole } from "./aliases";
import {
  bareNumberLabel,
  groupSaysQuarter,
  periodOfLabel,
  roleOfLabel,
  targetYearOfLabel,
  yearOfLabel,
} from "./aliases";
import { Grid, cellText, isBlankValue } from "./grid";
import { normalizeLabel } from "./normalize";

export interface FindHeaderOptions {
  /** 0-based sheet row the user says the header starts on; the reader then looks nowhere else. */
  readonly headerRow?: number;
}

/** A header spans at most this many rows (a group row, a quarter row and a month row). */
const MAX_HEADER_ROWS = 3;
/** Distinct roles a row needs before it is taken for a header (No, Indikator, Target, ...). */
export const MIN_ROLES = 3;
/** How far left an unmerged group header ("Rencana Pelaksanaan" typed in F only) may reach. */
const MAX_GROUP_REACH = 24;

/** Finds the RAK table's header in a sheet, or null when the sheet has none. */
export function findHeader(snapshot: SheetSnapshot, options: FindHeaderOptions = {}): TableHeader | null {
  return findHeaderIn(new Grid(snapshot), options);
}

export function findHeaderIn(grid: Grid, options: FindHeaderOptions = {}): TableHeader | null {
  if (options.headerRow !== undefined) {
    const r = options.headerRow;
    if (r < grid.top || r > grid.bottom || rowRoles(grid, r).size === 0) return null;
    return buildHeader(grid, r, 1);
  }
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (rowRoles(grid, r).size < MIN_ROLES) continue;
    const header = buildHeader(grid, r, MIN_ROLES);
    if (header) return header;
  }
  return null;
}

/**
 * The roles named by a row's own cells, each with the first column naming it; period labels and
 * group headers both count as "period".
 */
export function rowRoles(grid: Grid, row: number): Map<HeaderRole, number> {
  const roles = new Map<HeaderRole, number>();
  const add = (role: HeaderRole, col: number): void => {
    if (!roles.has(role)) roles.set(role, col);
  };
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.value(row, c);
    if (typeof v !== "string") continue;
    const lab = normalizeLabel(v);
    if (lab === "") continue;
    if (periodOfLabel(lab)) {
      add("period", c);
      continue;
    }
    const role = roleOfLabel(lab);
    if (role === "periodGroup") add("period", c);
    else if (role !== null && role !== "other") add(role, c);
  }
  return roles;
}

/** The text a header cell shows: its own value, or its merge master's. */
function shownText(grid: Grid, row: number, col: number): string {
  const v = grid.shownValue(row, col);
  return isBlankValue(v) ? "" : cellText(v);
}

/**
 * The group header of `role` above a column, if any: a merged "Rencana Pelaksanaan" (or "Target
 * RPJMD") over it, or (unmerged, or merges unknown) the nearest label to its left on that row, the
 * way a group header typed once and centred across its columns looks.
 */
function groupAbove(
  grid: Grid,
  col: number,
  fromRow: number,
  toRow: number,
  firstCol: number,
  role: "periodGroup" | "target",
): string | null {
  for (let t = toRow; t >= fromRow; t--) {
    let text = shownText(grid, t, col);
    if (text === "" && grid.merge(t, col) === null) {
      const stop = Math.max(firstCol, col - MAX_GROUP_REACH);
      for (let c = col - 1; c >= stop; c--) {
        const left = shownText(grid, t, c);
        if (left !== "") {
          text = left;
          break;
        }
      }
    }
    const lab = normalizeLabel(text);
    if (lab !== "" && roleOfLabel(lab) === role && (role !== "target" || targetYearOfLabel(lab) === null)) return lab;
    if (text !== "") return null;
  }
  return null;
}

function periodGroupAbove(grid: Grid, col: number, fromRow: number, toRow: number, firstCol: number): string | null {
  return groupAbove(grid, col, fromRow, toRow, firstCol, "periodGroup");
}

/** "Target RPJMD" (or a plain "Target") over a column whose own label is a year. */
function targetGroupAbove(grid: Grid, col: number, fromRow: number, toRow: number, firstCol: number): boolean {
  return groupAbove(grid, col, fromRow, toRow, firstCol, "target") !== null;
}

interface Bounds {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

/** Columns holding header text on rows [firstRow, lastRow], merges included. */
function headerCols(grid: Grid, firstRow: number, lastRow: number): { firstCol: number; lastCol: number } | null {
  let firstCol = Infinity;
  let lastCol = -Infinity;
  for (let r = firstRow; r <= lastRow; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (isBlankValue(grid.value(r, c))) continue;
      const m = grid.merge(r, c);
      firstCol = Math.min(firstCol, m ? m.left : c);
      lastCol = Math.max(lastCol, m ? m.right : c);
    }
  }
  return firstCol <= lastCol ? { firstCol, lastCol } : null;
}

/**
 * Whether row `s` continues the header started at `firstRow`: it holds period labels ("B1",
 * "Jan", "TW I"), or only bare numbers under a period group (month numbers, not a column-number
 * row) or years under a target group ("2011 … 2015" under "Target RPJMD"), or only header words.
 */
function isHeaderSubRow(grid: Grid, s: number, firstRow: number, firstCol: number): boolean {
  let filled = 0;
  let periodLabels = 0;
  let groupedNumbers = 0;
  let roleLabels = 0;
  // The whole row: month labels under a group typed once (unmerged) reach past the group's cell.
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.value(s, c);
    if (isBlankValue(v)) continue;
    filled++;
    if (typeof v !== "string" && typeof v !== "number") return false;
    const lab = normalizeLabel(cellText(v));
    if (lab === "") continue;
    if (typeof v === "string" && periodOfLabel(lab)) {
      periodLabels++;
    } else if (bareNumberLabel(lab) && periodGroupAbove(grid, c, firstRow, s - 1, firstCol)) {
      groupedNumbers++;
    } else if (yearOfLabel(lab) !== null && targetGroupAbove(grid, c, firstRow, s - 1, firstCol)) {
      groupedNumbers++;
    } else if (typeof v === "string") {
      const role = roleOfLabel(lab);
      if (role !== null && role !== "other") roleLabels++;
    }
  }
  if (filled === 0) return false;
  if (periodLabels >= 2) return true;
  if (groupedNumbers >= 1 && groupedNumbers === filled) return true;
  return roleLabels >= 2 && roleLabels === filled;
}

/**
 * A row of column numbers under the header: "1 2 3 ... 19" (or "(1) (2) ..."), starting at 1 and
 * increasing left to right. Ranges such as "6-17" over merged period columns are allowed.
 */
export function isNumberRow(grid: Grid, row: number, firstCol: number, lastCol: number): boolean {
  let count = 0;
  let last = 0;
  for (let c = firstCol; c <= lastCol; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v)) continue;
    let n: number;
    if (typeof v === "number") {
      if (!Number.isInteger(v)) return false;
      n = v;
    } else if (typeof v === "string") {
      const t = v.trim();
      if (t.length > 12) return false;
      const m = /^\(?(\d{1,3})(?:\s*[-–]\s*\d{1,3})?\)?$/.exec(t);
      if (!m) return false;
      n = Number(m[1]);
    } else {
      return false;
    }
    if (count === 0 ? n !== 1 : n <= last) return false;
    if (n > 200) return false;
    last = n;
    count++;
  }
  return count >= 3;
}

interface Resolved {
  col: number;
  role: ColumnRole;
  label: string;
  periodKind?: PeriodKind;
  period?: number;
  /** A bare "1".."12" or roman label, whose kind depends on the other period columns. */
  bare?: boolean;
  /** A yearly target column's year. */
  year?: number;
}

function resolveColumn(grid: Grid, col: number, b: Bounds): Resolved | null {
  let label = "";
  let labelRow = -1;
  for (let t = b.lastRow; t >= b.firstRow; t--) {
    const text = shownText(grid, t, col);
    if (text !== "") {
      label = text;
      labelRow = t;
      break;
    }
  }
  if (labelRow < 0) return null;
  const lab = normalizeLabel(label);
  const rawValue = grid.shownValue(labelRow, col);
  if (typeof rawValue === "string") {
    const p = periodOfLabel(lab);
    if (p) return { col, role: "period", label, periodKind: p.kind, period: p.period };
  }
  // A year under "Target RPJMD" (or "Target"), or "Target 2025" itself: a yearly target column.
  const year = yearOfLabel(lab);
  if (year !== null && targetGroupAbove(grid, col, b.firstRow, labelRow - 1, b.firstCol))
    return { col, role: "target", label, year };
  const targetYear = targetYearOfLabel(lab);
  if (targetYear !== null) return { col, role: "target", label, year: targetYear };
  const bare = bareNumberLabel(lab);
  if (bare) {
    const group = periodGroupAbove(grid, col, b.firstRow, labelRow - 1, b.firstCol);
    if (group !== null) {
      const kind: PeriodKind = bare.roman || groupSaysQuarter(group) ? "quarter" : "month";
      if (kind === "month" || bare.n <= 4) {
        return {
          col,
          role: "period",
          label,
          periodKind: kind,
          period: bare.n,
          bare: !bare.roman && !groupSaysQuarter(group),
        };
      }
    }
  }
  // The lowest label names the column; a higher one ("Perkiraan Biaya" over "(Rp)") may, if it
  // does not. A period group is never a column of its own.
  for (let t = labelRow; t >= b.firstRow; t--) {
    const role = roleOfLabel(normalizeLabel(shownText(grid, t, col)));
    if (role === "periodGroup") break;
    if (role !== null) return { col, role, label };
  }
  return { col, role: "other", label };
}

function buildHeader(grid: Grid, anchor: number, minRoles: number): TableHeader | null {
  // A group header ("Rencana Pelaksanaan") may sit on its own row above the row of column names.
  let firstRow = anchor;
  if (anchor > grid.top && !rowHasPeriodGroup(grid, anchor) && rowHasPeriodGroup(grid, anchor - 1))
    firstRow = anchor - 1;
  const maxLast = firstRow + MAX_HEADER_ROWS - 1;

  let lastRow = anchor;
  for (let r = firstRow; r <= anchor; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const m = grid.merge(r, c);
      if (m && m.top === r && m.left === c) lastRow = Math.max(lastRow, Math.min(m.bottom, maxLast));
    }
  }
  let cols = headerCols(grid, firstRow, lastRow);
  if (!cols) return null;
  while (lastRow < maxLast && lastRow < grid.bottom && isHeaderSubRow(grid, lastRow + 1, firstRow, cols.firstCol)) {
    lastRow++;
    cols = headerCols(grid, firstRow, lastRow) ?? cols;
  }
  const bounds: Bounds = { firstRow, lastRow, firstCol: cols.firstCol, lastCol: cols.lastCol };
  const numberRow =
    lastRow < grid.bottom && isNumberRow(grid, lastRow + 1, cols.firstCol, cols.lastCol) ? lastRow + 1 : null;

  const resolved: Resolved[] = [];
  for (let c = cols.firstCol; c <= cols.lastCol; c++) {
    const r = resolveColumn(grid, c, bounds);
    if (r) resolved.push(r);
  }
  settlePeriods(resolved);

  const firstOf = new Map<ColumnRole, number>();
  const periodSeen = new Set<number>();
  const columns: HeaderColumn[] = [];
  const yearly: number[] = [];
  const yearsSeen = new Set<number>();
  for (const r of resolved) {
    if (r.role === "target" && r.year !== undefined && !yearsSeen.has(r.year)) {
      // Yearly targets are all kept as targets: which one is the plan's depends on the plan year.
      yearsSeen.add(r.year);
      yearly.push(r.col);
      columns.push({ col: r.col, role: "target", label: r.label, year: r.year });
      continue;
    }
    let role = r.role;
    if (role === "period") {
      if (r.period === undefined || periodSeen.has(r.period)) role = "other";
      else periodSeen.add(r.period);
    } else if (role !== "other" && firstOf.has(role)) {
      // A second "Indikator" column is kept but not interpreted: the first one is the table's.
      role = "other";
    }
    if (role !== "other" && role !== "period") firstOf.set(role, r.col);
    columns.push(
      role === "period"
        ? { col: r.col, role, label: r.label, period: r.period as number }
        : { col: r.col, role, label: r.label },
    );
  }

  const periodColumns = columns.filter((c) => c.role === "period");
  const periodCols = [...periodColumns].sort((x, y) => (x.period ?? 0) - (y.period ?? 0)).map((c) => c.col);
  const periodKind: PeriodKind =
    periodCols.length === 0
      ? "none"
      : (resolved.find((r) => r.role === "period" && r.periodKind)?.periodKind ?? "month");

  const distinct =
    firstOf.size + (periodCols.length > 0 ? 1 : 0) + (yearly.length > 0 && !firstOf.has("target") ? 1 : 0);
  const hasBody = firstOf.has("indikator") || firstOf.has("kegiatan") || firstOf.has("sasaran");
  if (!hasBody || distinct < minRoles) return null;
  if (minRoles >= MIN_ROLES && !firstOf.has("indikator") && !firstOf.has("kegiatan")) return null;

  return {
    firstRow,
    lastRow,
    numberRow,
    firstCol: cols.firstCol,
    lastCol: cols.lastCol,
    columns,
    periodKind,
    periodCols,
    noCol: firstOf.get("no") ?? null,
    sasaranCol: firstOf.get("sasaran") ?? null,
    indikatorCol: firstOf.get("indikator") ?? null,
    // A plain Target column is the target; else a single yearly one. With several yearly targets the
    // reader takes the plan year's once it knows the year (see `targetForYear`).
    targetCol: firstOf.get("target") ?? (yearly.length === 1 ? (yearly[0] as number) : null),
    kegiatanCol: firstOf.get("kegiatan") ?? null,
    budgetCol: firstOf.get("budget") ?? null,
    pelaksanaCol: firstOf.get("pelaksana") ?? null,
  };
}

function rowHasPeriodGroup(grid: Grid, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.value(row, c);
    if (typeof v === "string" && roleOfLabel(normalizeLabel(v)) === "periodGroup") return true;
  }
  return false;
}

/**
 * One table has one kind of period. Bare numbers under a group are months unless the group or the
 * count says quarters ("1".."4" under "Target Triwulan"); the kind with more columns wins and the
 * rest are kept as other columns.
 */
function settlePeriods(resolved: Resolved[]): void {
  const periods = resolved.filter((r) => r.role === "period");
  const bare = periods.filter((r) => r.bare);
  if (
    bare.length > 0 &&
    bare.length <= 4 &&
    bare.every((r) => (r.period ?? 0) <= 4) &&
    periods.length === bare.length
  ) {
    for (const r of bare) r.periodKind = "quarter";
  }
  const months = periods.filter((r) => r.periodKind === "month").length;
  const quarters = periods.length - months;
  const kind: PeriodKind = quarters > months ? "quarter" : "month";
  for (const r of periods) {
    if (r.periodKind !== kind) {
      r.role = "other";
      delete r.period;
      delete r.periodKind;
    }
  }
}

/**
 * The header with the target read from the plan year's column, when the table has yearly target
 * columns ("2011 … 2015" under "Target RPJMD") and one of them is that year. A plain Target column
 * stays the target.
 */
export function targetForYear(header: TableHeader, year: number | null): TableHeader {
  if (year === null) return header;
  const plain = header.columns.some((c) => c.role === "target" && c.year === undefined);
  if (plain) return header;
  const col = header.columns.find((c) => c.role === "target" && c.year === year)?.col;
  return col === undefined || col === header.targetCol ? header : { ...header, targetCol: col };
}
