import * as F from "./fields";
import type { Checked } from "./fields";
import type { JsonPath } from "./jsonLines";
import { parseJsonWithLines } from "./jsonLines";
import { checkSeasons } from "./consistency";
import type { Catalog, CatalogEntry, CatalogError, CatalogResult, Season, Stage, StageWindow } from "./types";
import { CATALOG_FORMAT, CATALOG_VERSION } from "./types";

/**
 * The catalog JSON schema, checked by hand (the core may not import a schema package):
 *
 *   { "format": "rakit-katalog", "version": 1, "name": "...", "nameEn"?: "...", "description"?: "...",
 *     "stages": [ { "id", "name", "nameEn"?, "windows": [ { "from", "to", "basis", "source" } ] } ],
 *     "entries": [ { "id", "code", "name", "sasaran"?, "indicator", "satuan", "target", "kegiatan",
 *                    "months", "pelaksana", "season": "routine" | { "stage": id },
 *                    "sumberDana": "DIPA" | "Hibah", "years": [2024] | "all", "origin"?, "note"? } ] }
 *
 * Every problem is collected (not only the first), each with the entry's index and the line it
 * is on. One bad entry rejects the whole catalog: nothing is half-imported.
 */

type LineOf = (path: JsonPath) => number | undefined;

class Collector {
  readonly errors: CatalogError[] = [];
  constructor(private readonly lineOf: LineOf) {}

  /** The best line for a path: the value's own, else the nearest enclosing one. */
  line(path: JsonPath): number | undefined {
    for (let n = path.length; n >= 0; n--) {
      const l = this.lineOf(path.slice(0, n));
      if (l !== undefined) return l;
    }
    return undefined;
  }

  add(error: Omit<CatalogError, "line">, path: JsonPath): void {
    const line = this.line(path);
    this.errors.push(line === undefined ? error : { ...error, line });
  }

  /** Runs a field check; on failure records it (at the field's path) and returns undefined. */
  field<T>(
    checked: Checked<T>,
    field: string,
    path: JsonPath,
    where: { index?: number; stage?: number },
  ): T | undefined {
    if (checked.ok) return checked.value;
    this.add({ reason: checked.reason, field, ...where, params: checked.params ?? {} }, path);
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readStages(raw: unknown, c: Collector): Stage[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    c.add({ reason: "notArray", field: "stages", params: {} }, ["stages"]);
    return [];
  }
  const stages: Stage[] = [];
  const seen = new Map<string, number>();
  raw.forEach((s, i) => {
    const at: JsonPath = ["stages", i];
    if (!isObject(s)) {
      c.add({ reason: "notObject", field: `stages[${i}]`, stage: i, params: {} }, at);
      return;
    }
    const where = { stage: i };
    const id = c.field(F.text(s.id), "id", [...at, "id"], where);
    const name = c.field(F.text(s.name), "name", [...at, "name"], where);
    const nameEn = c.field(F.optionalText(s.nameEn), "nameEn", [...at, "nameEn"], where);
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined)
        c.add({ reason: "duplicateStage", field: "id", stage: i, params: { id, first: first + 1 } }, [...at, "id"]);
      else seen.set(id, i);
    }
    const windows = readWindows(s.windows, c, at, i);
    if (id !== undefined && name !== undefined && windows)
      stages.push({ id, name, ...(nameEn !== undefined ? { nameEn } : {}), windows });
  });
  return stages;
}

function readWindows(raw: unknown, c: Collector, at: JsonPath, stage: number): StageWindow[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    c.add({ reason: "noWindows", field: "windows", stage, params: {} }, [...at, "windows"]);
    return undefined;
  }
  const windows: StageWindow[] = [];
  let bad = false;
  raw.forEach((w, j) => {
    const wat: JsonPath = [...at, "windows", j];
    const name = (f: string): string => `windows[${j}].${f}`;
    if (!isObject(w)) {
      c.add({ reason: "notObject", field: `windows[${j}]`, stage, params: {} }, wat);
      bad = true;
      return;
    }
    const from = c.field(F.isoDate(w.from), name("from"), [...wat, "from"], { stage });
    const to = c.field(F.isoDate(w.to), name("to"), [...wat, "to"], { stage });
    const basis = c.field(F.basis(w.basis), name("basis"), [...wat, "basis"], { stage });
    const source = c.field(F.text(w.source), name("source"), [...wat, "source"], { stage });
    if (from !== undefined && to !== undefined && from > to) {
      c.add({ reason: "windowOrder", field: name("to"), stage, params: { from, to } }, [...wat, "to"]);
      bad = true;
      return;
    }
    if (from === undefined || to === undefined || basis === undefined || source === undefined) {
      bad = true;
      return;
    }
    windows.push({ from, to, basis, source });
  });
  return bad ? undefined : windows;
}

function readSeason(
  raw: unknown,
  stages: ReadonlyMap<string, Stage>,
  c: Collector,
  at: JsonPath,
  index: number,
): Season | undefined {
  const path = [...at, "season"];
  if (raw === "routine") return { kind: "routine" };
  if (isObject(raw) && typeof raw.stage === "string") {
    const stage = stages.get(raw.stage.trim());
    if (stage) return { kind: "stage", stage };
    c.add({ reason: "unknownStage", field: "season", index, params: { stage: raw.stage } }, path);
    return undefined;
  }
  c.add(
    { reason: F.isBlank(raw) ? "required" : "season", field: "season", index, params: { value: JSON.stringify(raw) } },
    path,
  );
  return undefined;
}

function readEntry(
  raw: unknown,
  index: number,
  stages: ReadonlyMap<string, Stage>,
  c: Collector,
): CatalogEntry | undefined {
  const at: JsonPath = ["entries", index];
  if (!isObject(raw)) {
    c.add({ reason: "notObject", field: `entries[${index}]`, index, params: {} }, at);
    return undefined;
  }
  const before = c.errors.length;
  const f = <T>(checked: Checked<T>, field: string): T | undefined =>
    c.field(checked, field, [...at, field], { index });
  const id = f(F.text(raw.id), "id");
  const code = f(F.code(raw.code), "code");
  const name = f(F.text(raw.name), "name");
  const sasaran = f(F.optionalText(raw.sasaran), "sasaran");
  const indicator = f(F.text(raw.indicator), "indicator");
  const satuan = f(F.text(raw.satuan), "satuan");
  // JSON holds numbers as numbers: "95" in quotes is a mistake worth reporting, not guessing.
  const target = f(
    typeof raw.target === "string" && !F.isBlank(raw.target)
      ? { ok: false, reason: "notNumber", params: { value: raw.target } }
      : F.target(raw.target),
    "target",
  );
  const kegiatan = f(F.text(raw.kegiatan), "kegiatan");
  const months = f(F.monthArray(raw.months), "months");
  const pelaksana = f(F.text(raw.pelaksana), "pelaksana");
  const season = readSeason(raw.season, stages, c, at, index);
  const sumberDana = f(F.sumberDana(raw.sumberDana), "sumberDana");
  const years = f(F.yearList(raw.years), "years");
  const origin = f(F.optionalText(raw.origin), "origin");
  const note = f(F.optionalText(raw.note), "note");
  if (c.errors.length > before) return undefined;
  return {
    id: id as string,
    code: code as string,
    name: name as string,
    sasaran: sasaran ?? `${name as string} (${code as string})`,
    indicator: indicator as string,
    satuan: satuan as string,
    target: target as number,
    kegiatan: kegiatan as string,
    months: months as number[],
    pelaksana: pelaksana as string,
    season: season as Season,
    sumberDana: sumberDana as CatalogEntry["sumberDana"],
    years: years as CatalogEntry["years"],
    ...(origin !== undefined ? { origin } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/** Checks parsed JSON against the schema; `lineOf` (from parseJsonWithLines) adds line numbers. */
export function validateCatalog(data: unknown, lineOf: LineOf = () => undefined): CatalogResult {
  const c = new Collector(lineOf);
  if (!isObject(data)) {
    c.add({ reason: "notObject", field: "", params: {} }, []);
    return { ok: false, errors: c.errors };
  }
  if (data.format !== undefined && data.format !== CATALOG_FORMAT)
    c.add({ reason: "format", field: "format", params: { value: String(data.format) } }, ["format"]);
  if (data.version !== CATALOG_VERSION)
    c.add({ reason: "version", field: "version", params: { value: String(data.version) } }, ["version"]);
  const name = F.isBlank(data.name) ? "Katalog" : c.field(F.text(data.name), "name", ["name"], {});
  const nameEn = c.field(F.optionalText(data.nameEn), "nameEn", ["nameEn"], {});
  const description = c.field(F.optionalText(data.description), "description", ["description"], {});

  const stages = readStages(data.stages, c);
  const byId = new Map(stages.map((s) => [s.id, s]));

  const entries: CatalogEntry[] = [];
  if (!Array.isArray(data.entries)) {
    c.add({ reason: data.entries === undefined ? "required" : "notArray", field: "entries", params: {} }, ["entries"]);
  } else if (data.entries.length === 0) {
    c.add({ reason: "noEntries", field: "entries", params: {} }, ["entries"]);
  } else {
    const ids = new Map<string, number>();
    data.entries.forEach((raw, i) => {
      const entry = readEntry(raw, i, byId, c);
      if (!entry) return;
      const first = ids.get(entry.id);
      if (first !== undefined) {
        c.add({ reason: "duplicateId", field: "id", index: i, params: { id: entry.id, first: first + 1 } }, [
          "entries",
          i,
          "id",
        ]);
        return;
      }
      ids.set(entry.id, i);
      entries.push(entry);
    });
    if (c.errors.length === 0) {
      for (const conflict of checkSeasons(entries)) {
        const index = data.entries.findIndex((e) => isObject(e) && e.id === conflict.entry.id);
        c.add({ reason: "seasonConflict", field: "season", index, params: conflict.params }, [
          "entries",
          index,
          "season",
        ]);
      }
    }
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return {
    ok: true,
    catalog: {
      name: name as string,
      ...(nameEn !== undefined ? { nameEn } : {}),
      ...(description !== undefined ? { description } : {}),
      stages,
      entries,
    },
  };
}

/** Parses and checks catalog JSON text: a syntax error is reported with its line, like any other. */
export function parseCatalogJson(text: string): CatalogResult {
  const parsed = parseJsonWithLines(text);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: [
        {
          reason: "syntax",
          field: "",
          line: parsed.line,
          params: { detail: parsed.detail, column: parsed.column },
        },
      ],
    };
  }
  return validateCatalog(parsed.value, parsed.lineOf);
}

export type { Catalog };
