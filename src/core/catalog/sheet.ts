import { normalizeLabel } from "../reader/normalize";
import { Grid } from "../reader/grid";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { isCellError } from "../snapshot";
import type { KatalogColumn, KatalogField } from "./columns";
import { columnForHeader, KATALOG_COLUMNS, SOURCE_SEPARATOR } from "./columns";
import { checkSeasons } from "./consistency";
import * as F from "./fields";
import type { Checked } from "./fields";
import { parseMonths, parseYears } from "./months";
import type {
  Catalog,
  CatalogEntry,
  CatalogError,
  CatalogErrorReason,
  CatalogResult,
  Stage,
  StageWindow,
} from "./types";

/**
 * An office's own catalog, read from its "Katalog" sheet: a header row (within the first ten rows)
 * naming the columns of columns.ts, then one entry per row; empty rows are skipped. Every problem
 * is reported with its sheet row (as Excel numbers it) and column header, and any problem rejects
 * the whole sheet: nothing is half-imported.
 *
 * Stages: a "Tahapan" row names its stage by id or name. With the Jendela column empty, the stage
 * is the one the shipped catalog (`known`) has, or one another row of the sheet defines. With
 * Jendela filled ("2023-11-28 s.d. 2024-02-10; 2024-02-11 s.d. 2024-03-31") and "Sumber Jendela"
 * (one source, or one per window separated by "|"), the row defines the stage's windows, which
 * count as the office's own (basis "office") unless they are exactly the shipped ones. Two rows may
 * not give one stage different windows.
 */

export interface ReadCatalogSheetOptions {
  /** The shipped catalog: its stages can be named without repeating their windows. */
  readonly known?: Catalog;
  readonly name?: string;
}

const HEADER_SEARCH_ROWS = 10;

interface Header {
  readonly row: number;
  readonly cols: ReadonlyMap<KatalogField, { col: number; label: string }>;
}

function cellText(v: CellValue): string {
  if (isCellError(v)) return v.error;
  return typeof v === "string" ? v : String(v);
}

function findHeader(grid: Grid): Header | null {
  const last = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS - 1);
  for (let r = grid.top; r <= last; r++) {
    const cols = new Map<KatalogField, { col: number; label: string }>();
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string") continue;
      const column = columnForHeader(v);
      if (column && !cols.has(column.field)) cols.set(column.field, { col: c, label: v.trim() });
    }
    if (cols.has("code") && cols.has("indicator") && cols.has("kegiatan")) return { row: r, cols };
  }
  return null;
}

/** "2023-11-28 s.d. 2024-02-10" or "2024-10-01". */
function parseWindowSpans(text: string): { from: string; to: string }[] | null {
  const spans: { from: string; to: string }[] = [];
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const m = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:s\.?\s?d\.?|s\/d|–|—|-|sampai|to)\s*(\d{4}-\d{2}-\d{2}))?$/i.exec(part);
    if (!m) return null;
    spans.push({ from: m[1] as string, to: m[2] ?? (m[1] as string) });
  }
  return spans.length > 0 ? spans : null;
}

function sameWindows(a: readonly StageWindow[], b: readonly StageWindow[]): boolean {
  return (
    a.length === b.length &&
    a.every((w, i) => {
      const v = b[i] as StageWindow;
      return w.from === v.from && w.to === v.to && w.source === v.source;
    })
  );
}

function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "tahapan"
  );
}

interface StageRef {
  readonly text: string;
  readonly row: number;
  /** The windows this row defines, if its Jendela cell is filled. */
  readonly windows: StageWindow[] | null;
}

interface PendingEntry {
  readonly row: number;
  readonly fields: Omit<CatalogEntry, "season" | "id"> & { id: string | undefined };
  readonly season: "routine" | StageRef;
}

export function readCatalogSheet(snapshot: SheetSnapshot, options: ReadCatalogSheetOptions = {}): CatalogResult {
  const grid = new Grid(snapshot);
  const header = findHeader(grid);
  const errors: CatalogError[] = [];
  if (!header) {
    return { ok: false, errors: [{ reason: "noHeader", field: "", params: { sheet: snapshot.sheet } }] };
  }
  for (const c of KATALOG_COLUMNS) {
    if (c.required && !header.cols.has(c.field))
      errors.push({ reason: "missingColumn", field: c.header, row: header.row + 1, params: { column: c.header } });
  }
  if (errors.length > 0) return { ok: false, errors };

  const pending: PendingEntry[] = [];
  for (let r = header.row + 1; r <= grid.bottom; r++) {
    const raw = (field: KatalogField): CellValue => {
      const at = header.cols.get(field);
      return at ? grid.value(r, at.col) : "";
    };
    if ([...header.cols.keys()].every((f) => F.isBlank(raw(f)))) continue;
    const entry = readRow(r, raw, header, errors);
    if (entry) pending.push(entry);
  }
  if (pending.length === 0 && errors.length === 0)
    errors.push({ reason: "noEntries", field: "", row: header.row + 1, params: {} });

  const stages = resolveStages(pending, options.known, errors, header);
  const entries: CatalogEntry[] = [];
  const ids = new Map<string, number>();
  const perCode = new Map<string, number>();
  for (const p of pending) {
    const season = p.season === "routine" ? { kind: "routine" as const } : stages.get(stageKey(p.season.text));
    if (!season) continue; // reported by resolveStages
    let id = p.fields.id;
    if (id === undefined) {
      // Rows without an ID get one from their code: "3355-01", "3355-02"...
      let n = perCode.get(p.fields.code) ?? 0;
      do id = `${p.fields.code}-${String(++n).padStart(2, "0")}`;
      while (ids.has(id) || pending.some((o) => o.fields.id === id));
      perCode.set(p.fields.code, n);
    }
    const first = ids.get(id);
    if (first !== undefined) {
      errors.push({ reason: "duplicateId", field: label(header, "id"), row: p.row + 1, params: { id, first } });
      continue;
    }
    ids.set(id, p.row + 1);
    entries.push({ ...p.fields, id, season: "kind" in season ? season : { kind: "stage", stage: season } });
  }
  if (errors.length === 0) {
    for (const conflict of checkSeasons(entries)) {
      const row = ids.get(conflict.entry.id) as number;
      errors.push({ reason: "seasonConflict", field: label(header, "season"), row, params: conflict.params });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  const used = new Set(entries.flatMap((e) => (e.season.kind === "stage" ? [e.season.stage] : [])));
  return {
    ok: true,
    catalog: { name: options.name ?? `Katalog (lembar "${snapshot.sheet}")`, stages: [...used], entries },
  };
}

function label(header: Header, field: KatalogField): string {
  return header.cols.get(field)?.label ?? (KATALOG_COLUMNS.find((c) => c.field === field) as KatalogColumn).header;
}

function stageKey(text: string): string {
  return normalizeLabel(text, 500);
}

function readRow(
  r: number,
  raw: (field: KatalogField) => CellValue,
  header: Header,
  errors: CatalogError[],
): PendingEntry | null {
  const before = errors.length;
  const f = <T>(checked: Checked<T>, field: KatalogField): T | undefined => {
    if (checked.ok) return checked.value;
    errors.push({ reason: checked.reason, field: label(header, field), row: r + 1, params: checked.params ?? {} });
    return undefined;
  };
  const fail = (
    reason: CatalogErrorReason,
    field: KatalogField,
    params: Record<string, string | number> = {},
  ): void => {
    errors.push({ reason, field: label(header, field), row: r + 1, params });
  };
  const textOf = (field: KatalogField): unknown => {
    const v = raw(field);
    return typeof v === "number" || typeof v === "boolean" || isCellError(v) ? cellText(v) : v;
  };

  const id = f(F.optionalText(textOf("id")), "id");
  const code = f(F.code(raw("code")), "code");
  const name = f(F.text(textOf("name")), "name");
  const sasaran = f(F.optionalText(textOf("sasaran")), "sasaran");
  const indicator = f(F.text(textOf("indicator")), "indicator");
  const satuan = f(F.text(textOf("satuan")), "satuan");
  const target = f(F.target(raw("target")), "target");
  const kegiatan = f(F.text(textOf("kegiatan")), "kegiatan");
  const pelaksana = f(F.text(textOf("pelaksana")), "pelaksana");

  const monthsRaw = raw("months");
  let months: number[] | undefined;
  if (F.isBlank(monthsRaw)) fail("required", "months");
  else {
    const parsed = parseMonths(cellText(monthsRaw));
    if (parsed) months = parsed;
    else fail("months", "months", { value: cellText(monthsRaw) });
  }

  const sumberRaw = raw("sumberDana");
  const sumberDana = F.isBlank(sumberRaw) ? "DIPA" : f(F.sumberDana(sumberRaw), "sumberDana");
  const yearsParsed = parseYears(cellText(raw("years")));
  if (yearsParsed === null) fail("years", "years", { value: cellText(raw("years")) });

  const origin = f(F.optionalText(textOf("origin")), "origin");
  const note = f(F.optionalText(textOf("note")), "note");

  let season: PendingEntry["season"] | undefined;
  const kind = normalizeLabel(cellText(raw("season")));
  if (kind === "rutin" || kind === "routine") season = "routine";
  else if (kind === "tahapan" || kind === "stage") {
    const stageText = cellText(raw("stage")).trim();
    if (stageText === "") fail("required", "stage");
    const windowText = cellText(raw("window")).trim();
    let windows: StageWindow[] | null = null;
    if (windowText !== "") windows = readWindowCells(windowText, cellText(raw("source")), fail);
    if (stageText !== "" && (windowText === "" || windows)) season = { text: stageText, row: r, windows };
  } else if (kind === "") fail("required", "season");
  else fail("season", "season", { value: cellText(raw("season")) });

  if (errors.length > before || season === undefined) return null;
  return {
    row: r,
    season,
    fields: {
      id,
      code: code as string,
      name: name as string,
      sasaran: sasaran ?? `${name as string} (${code as string})`,
      indicator: indicator as string,
      satuan: satuan as string,
      target: target as number,
      kegiatan: kegiatan as string,
      months: months as number[],
      pelaksana: pelaksana as string,
      sumberDana: sumberDana as CatalogEntry["sumberDana"],
      years: yearsParsed as CatalogEntry["years"],
      ...(origin !== undefined ? { origin } : {}),
      ...(note !== undefined ? { note } : {}),
    },
  };
}

function readWindowCells(
  windowText: string,
  sourceText: string,
  fail: (reason: CatalogErrorReason, field: KatalogField, params?: Record<string, string | number>) => void,
): StageWindow[] | null {
  const spans = parseWindowSpans(windowText);
  if (!spans) {
    fail("date", "window", { value: windowText });
    return null;
  }
  for (const s of spans) {
    if (!F.isoDate(s.from).ok || !F.isoDate(s.to).ok) {
      fail("date", "window", { value: windowText });
      return null;
    }
    if (s.from > s.to) {
      fail("windowOrder", "window", { from: s.from, to: s.to });
      return null;
    }
  }
  // Sources are long sentences that may hold semicolons themselves: several are separated by "|".
  const sources = sourceText
    .split(SOURCE_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (sources.length === 0) {
    fail("required", "source");
    return null;
  }
  if (sources.length !== 1 && sources.length !== spans.length) {
    fail("sourceCount", "source", { windows: spans.length, sources: sources.length });
    return null;
  }
  return spans.map((s, i) => ({
    ...s,
    basis: "office" as const,
    source: sources[sources.length === 1 ? 0 : i] as string,
  }));
}

/** Each stage the sheet names, by key: defined in the sheet, or the shipped one it names. */
function resolveStages(
  pending: readonly PendingEntry[],
  known: Catalog | undefined,
  errors: CatalogError[],
  header: Header,
): Map<string, Stage> {
  const findKnown = (text: string): Stage | undefined =>
    known?.stages.find((s) => stageKey(s.id) === stageKey(text) || stageKey(s.name) === stageKey(text));
  const defined = new Map<string, { stage: Stage; row: number }>();
  for (const p of pending) {
    if (p.season === "routine" || !p.season.windows) continue;
    const key = stageKey(p.season.text);
    const shipped = findKnown(p.season.text);
    const windows = p.season.windows;
    // The shipped windows written out again (as `export` does) keep their official/approximation bases.
    const stage: Stage =
      shipped &&
      sameWindows(
        windows,
        shipped.windows.map((w) => ({ ...w, basis: "office" })),
      )
        ? shipped
        : { id: shipped?.id ?? slug(p.season.text), name: shipped?.name ?? p.season.text, windows };
    const earlier = defined.get(key);
    if (earlier && !sameWindows(earlier.stage.windows, stage.windows)) {
      errors.push({
        reason: "stageConflict",
        field: label(header, "window"),
        row: p.row + 1,
        params: { stage: p.season.text, first: earlier.row + 1 },
      });
      continue;
    }
    if (!earlier) defined.set(key, { stage, row: p.row });
  }
  const stages = new Map<string, Stage>();
  for (const [key, d] of defined) stages.set(key, d.stage);
  for (const p of pending) {
    if (p.season === "routine") continue;
    const key = stageKey(p.season.text);
    if (stages.has(key)) continue;
    const shipped = findKnown(p.season.text);
    if (shipped) stages.set(key, shipped);
    else
      errors.push({
        reason: "unknownStage",
        field: label(header, "stage"),
        row: p.row + 1,
        params: { stage: p.season.text },
      });
  }
  return stages;
}
