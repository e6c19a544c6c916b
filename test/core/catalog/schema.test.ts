import type { CatalogError } from "../../../src/core/catalog";
import { formatCatalogError, parseCatalogJson, parseJsonWithLines, validateCatalog } from "../../../src/core/catalog";
import { entry, miniCatalogJson } from "./helpers";

/** "reason field #entry @line", for short comparisons. */
function brief(errors: readonly CatalogError[]): string[] {
  return errors.map(
    (e) =>
      `${e.reason} ${e.field}` +
      (e.index !== undefined ? ` #${e.index}` : "") +
      (e.stage !== undefined ? ` stage${e.stage}` : "") +
      (e.line !== undefined ? ` @${e.line}` : ""),
  );
}

function errorsOf(json: unknown): string[] {
  const r = validateCatalog(json);
  return r.ok ? [] : brief(r.errors);
}

describe("validateCatalog: the catalog JSON schema", () => {
  it("accepts the mini catalog, resolving stage references and defaulting the sasaran", () => {
    const json = miniCatalogJson();
    (json.entries as Record<string, unknown>[])[0] = {
      ...(json.entries as Record<string, unknown>[])[0],
      sasaran: undefined,
    };
    const r = validateCatalog(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.catalog.entries[0]?.sasaran).toBe("Perencanaan Program (6709)");
    const staged = r.catalog.entries.find((e) => e.id === "6870-01");
    expect(staged?.season).toEqual({ kind: "stage", stage: r.catalog.stages[0] });
  });

  it("rejects every bad field of an entry, naming the entry, the field and the reason", () => {
    const json = miniCatalogJson();
    const entries = json.entries as Record<string, unknown>[];
    entries[1] = entry("bad", "67O9", "X (6709)", {
      months: [0, 13],
      target: "95",
      season: { stage: "nope" },
      sumberDana: "APBD",
      years: [1999],
      indicator: "",
      satuan: 5,
    });
    expect(errorsOf(json)).toEqual([
      "code code #1",
      "required indicator #1",
      "notText satuan #1",
      "notNumber target #1",
      "months months #1",
      "unknownStage season #1",
      "sumberDana sumberDana #1",
      "years years #1",
    ]);
  });

  it("rejects the whole catalog for one bad entry: nothing is half-imported", () => {
    const json = miniCatalogJson();
    (json.entries as Record<string, unknown>[]).push(entry("3355-09", "3355", "Keuangan (3355)", { months: [] }));
    expect(validateCatalog(json).ok).toBe(false);
  });

  it("rejects duplicate ids, a code with two seasons in one year, and bad stages", () => {
    const json = miniCatalogJson();
    (json.entries as Record<string, unknown>[]).push(
      entry("6709-01", "6709", "Perencanaan Program (6709)", { season: "routine" }),
    );
    expect(errorsOf(json)).toEqual(["duplicateId id #5"]);

    const seasons = miniCatalogJson();
    (seasons.entries as Record<string, unknown>[]).push(
      entry("6709-02", "6709", "Perencanaan Program (6709)", { season: { stage: "kampanye-2024" }, years: [2024] }),
    );
    expect(errorsOf(seasons)).toEqual(["seasonConflict season #5"]);

    const stages = miniCatalogJson();
    stages.stages = [
      { id: "a", name: "A", windows: [{ from: "2024-02-30", to: "2024-03-01", basis: "official", source: "x" }] },
      { id: "a", name: "A again", windows: [] },
      { id: "b", name: "B", windows: [{ from: "2024-05-01", to: "2024-04-01", basis: "guess", source: "" }] },
    ];
    expect(errorsOf(stages)).toEqual([
      "date windows[0].from stage0",
      "duplicateStage id stage1",
      "noWindows windows stage1",
      "basis windows[0].basis stage2",
      "required windows[0].source stage2",
      "windowOrder windows[0].to stage2",
      "unknownStage season #1",
      "unknownStage season #2",
    ]);
  });

  it("checks the file's format, version and shape", () => {
    expect(errorsOf([])).toEqual(["notObject "]);
    expect(errorsOf({ format: "other", version: 2, entries: [] })).toEqual([
      "format format",
      "version version",
      "noEntries entries",
    ]);
    expect(errorsOf({ version: 1, entries: "x" })).toEqual(["notArray entries"]);
  });
});

describe("parseCatalogJson: errors carry the line they are on", () => {
  const text = [
    "{",
    '  "format": "rakit-katalog",',
    '  "version": 1,',
    '  "entries": [',
    JSON.stringify(entry("6709-01", "6709", "P (6709)", { season: "routine" })),
    ",",
    "    {",
    '      "id": "3355-01", "code": "3355", "name": "K", "indicator": "I", "satuan": "%", "target": 90,',
    '      "kegiatan": "K", "pelaksana": "P", "season": "routine", "sumberDana": "DIPA", "years": "all",',
    '      "months": [1, 2, 13]',
    "    }",
    "  ]",
    "}",
  ].join("\n");

  it("names the entry and the line of the bad field", () => {
    const r = parseCatalogJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(brief(r.errors)).toEqual(["months months #1 @10"]);
    expect(formatCatalogError("id", r.errors[0] as CatalogError)).toBe(
      'Entri ke-2 (baris 10), months: Bulan harus angka 1 sampai 12, mis. "1-12" atau "2, 3, 4", bukan [1,2,13].',
    );
    expect(formatCatalogError("en", r.errors[0] as CatalogError)).toMatch(/^Entry 2 \(line 10\), months: Months are/);
  });

  it("reports a syntax error with its line and column", () => {
    const r = parseCatalogJson('{\n  "version": 1,\n  "entries": [ { "id": "x", } ]\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { reason: "syntax", field: "", line: 3, params: { detail: 'expected """, found "}"', column: 29 } },
    ]);
    expect(formatCatalogError("en", r.errors[0] as CatalogError)).toBe(
      'Line 3: Not valid JSON at column 29: expected """, found "}".',
    );
  });
});

describe("parseJsonWithLines", () => {
  it("parses what JSON.parse parses, with the line of every value", () => {
    const text = '{\n "a": [1,\n  {"b": "x\\n\\u00e9"}],\n "c": -1.5e2, "d": [true, false, null]\n}';
    const r = parseJsonWithLines(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(JSON.parse(text));
    expect([r.lineOf([]), r.lineOf(["a"]), r.lineOf(["a", 1]), r.lineOf(["a", 1, "b"]), r.lineOf(["c"])]).toEqual([
      1, 2, 3, 3, 4,
    ]);
  });

  it.each(["", "{", "[1,]", '{"a" 1}', "01", '"\\x"', "nul", "{} x"])("refuses %j", (text) => {
    expect(parseJsonWithLines(text).ok).toBe(false);
    expect(() => JSON.parse(text)).toThrow();
  });
});
