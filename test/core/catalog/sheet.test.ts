import type { CatalogError } from "../../../src/core/catalog";
import {
  catalogToJson,
  formatCatalogError,
  KATALOG_COLUMNS,
  planCatalogSheet,
  readCatalogSheet,
} from "../../../src/core/catalog";
import { applyToSnapshot } from "../../../src/core/insert";
import type { CellValue } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";
import { standardCatalog } from "./helpers";

type Cell = CellValue | null;
const HEAD = [
  "ID",
  "Kode",
  "Nama Kegiatan",
  "Indikator",
  "Satuan",
  "Target",
  "Kegiatan",
  "Bulan",
  "Pelaksana",
  "Jenis",
  "Tahapan",
  "Jendela",
  "Sumber Jendela",
  "Tahun",
];

function katalog(rows: readonly (readonly Cell[])[], head: readonly Cell[] = HEAD) {
  return sheet([["Katalog kantor"], [], head, ...rows], { name: "Katalog" });
}

const standard = standardCatalog();
const brief = (errors: readonly CatalogError[]): string[] => errors.map((e) => `${e.row} ${e.field}: ${e.reason}`);

describe("readCatalogSheet: an office's own Katalog sheet", () => {
  it("reads one entry per row, under a header found in the first rows; empty rows are skipped", () => {
    const r = readCatalogSheet(
      katalog([
        [
          "",
          3355,
          "Pengelolaan Keuangan",
          "Persentase SPM tepat waktu",
          "%",
          100,
          "Penerbitan SPM",
          "1-12",
          "Subbagian Keuangan",
          "Rutin",
        ],
        [],
        [
          "K-1",
          "6870",
          "Masa Kampanye",
          "Persentase APK terpasang",
          "%",
          "95",
          "Pemasangan APK",
          "1, 2",
          "Subbagian Teknis",
          "Tahapan",
          "kampanye-2024",
          "",
          "",
          "2024",
        ],
      ]),
      { known: standard },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b] = r.catalog.entries;
    expect([a?.id, a?.code, a?.sasaran, a?.months.length, a?.season, a?.sumberDana, a?.years]).toEqual([
      "3355-01",
      "3355",
      "Pengelolaan Keuangan (3355)",
      12,
      { kind: "routine" },
      "DIPA",
      "all",
    ]);
    // A stage named by its id, without a window: the shipped stage, with its PKPU 3/2022 window.
    expect([b?.id, b?.target, b?.months, b?.years]).toEqual(["K-1", 95, [1, 2], [2024]]);
    expect(b?.season.kind === "stage" && b.season.stage).toBe(standard.stages.find((s) => s.id === "kampanye-2024"));
  });

  it("takes an office's own window for a stage, shared by every row that names the stage", () => {
    const r = readCatalogSheet(
      katalog([
        [
          "",
          9001,
          "Pilkada",
          "Ind a",
          "%",
          100,
          "Keg a",
          "9-11",
          "Subbagian Teknis",
          "Tahapan",
          "Pilkada 2024",
          "2024-09-22 s.d. 2024-11-23; 2024-11-27",
          "PKPU 2/2024 (contoh) | PKPU 2/2024 (contoh)",
          2024,
        ],
        ["", 9001, "Pilkada", "Ind b", "%", 100, "Keg b", "11", "Subbagian Teknis", "Tahapan", "pilkada 2024"],
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const stages = r.catalog.entries.map((e) => (e.season.kind === "stage" ? e.season.stage : null));
    expect(stages[0]).toBe(stages[1]);
    expect(stages[0]).toEqual({
      id: "pilkada-2024",
      name: "Pilkada 2024",
      windows: [
        { from: "2024-09-22", to: "2024-11-23", basis: "office", source: "PKPU 2/2024 (contoh)" },
        { from: "2024-11-27", to: "2024-11-27", basis: "office", source: "PKPU 2/2024 (contoh)" },
      ],
    });
  });

  it("rejects the whole sheet for a bad row, with every bad cell's row and column", () => {
    const r = readCatalogSheet(
      katalog([
        ["", 3355, "Keuangan", "Ind", "%", 100, "Keg", "1-12", "P", "Rutin"],
        ["", "33a5", "Keuangan", "", "%", -1, "Keg", "0-3", "P", "Kadang"],
        ["", 6870, "Kampanye", "Ind", "%", 100, "Keg", "1", "P", "Tahapan", "tidak dikenal"],
        ["", 6870, "Kampanye", "Ind", "%", 100, "Keg", "1", "P", "Tahapan", "X", "2024-13-01", "s"],
        [
          "",
          6870,
          "Kampanye",
          "Ind",
          "%",
          100,
          "Keg",
          "1",
          "P",
          "Tahapan",
          "Y",
          "2024-01-01 s.d. 2024-02-01; 2024-03-01",
          "a | b | c",
          "20x4",
        ],
      ]),
      { known: standard },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(brief(r.errors)).toEqual([
      "5 Kode: code",
      "5 Indikator: required",
      "5 Target: notNumber",
      "5 Bulan: months",
      "5 Jenis: season",
      "6 Tahapan: unknownStage",
      "7 Jendela: date",
      "8 Tahun: years",
      "8 Sumber Jendela: sourceCount",
    ]);
    expect(formatCatalogError("id", r.errors[0] as CatalogError)).toBe(
      'Lembar Katalog, baris 5, Kode: Kode kegiatan harus 4 angka, mis. 3355, bukan "33a5".',
    );
  });

  it("rejects two rows giving one stage different windows, and a code with two seasons", () => {
    const r = readCatalogSheet(
      katalog([
        ["", 9001, "A", "I", "%", 1, "K", "1", "P", "Tahapan", "S", "2024-01-01 s.d. 2024-02-01", "x"],
        ["", 9001, "A", "I", "%", 1, "K", "1", "P", "Tahapan", "S", "2024-01-01 s.d. 2024-03-01", "x"],
      ]),
    );
    expect(!r.ok && brief(r.errors)).toEqual(["5 Jendela: stageConflict"]);
    const seasons = readCatalogSheet(
      katalog([
        ["", 9001, "A", "I", "%", 1, "K", "1", "P", "Rutin"],
        ["", 9001, "A", "I", "%", 1, "K", "1", "P", "Tahapan", "kampanye-2024"],
      ]),
      { known: standard },
    );
    expect(!seasons.ok && brief(seasons.errors)).toEqual(["5 Jenis: seasonConflict"]);
  });

  it("says what is missing from the header, or that there is none", () => {
    const noMonths = readCatalogSheet(
      katalog(
        [["", 3355]],
        HEAD.filter((h) => h !== "Bulan"),
      ),
    );
    expect(!noMonths.ok && brief(noMonths.errors)).toEqual(["3 Bulan: missingColumn"]);
    const none = readCatalogSheet(sheet([["Kode", "Nama"]], { name: "Katalog" }));
    expect(!none.ok && none.errors.map((e) => e.reason)).toEqual(["noHeader"]);
  });
});

describe("planCatalogSheet: the sheet `rakit catalog export` writes", () => {
  it("writes every column, and reads back into the same catalog, stages' sources and bases included", () => {
    const plan = planCatalogSheet(standard, { existingSheets: ["RAK 2024"] });
    expect(plan.edits[0]).toEqual({ kind: "addSheet", sheet: "Katalog" });
    const written = applyToSnapshot(sheet([[]], { name: "Katalog" }), plan.edits);
    expect(written.values[3]).toEqual(KATALOG_COLUMNS.map((c) => c.header));
    const back = readCatalogSheet(written, { known: standard });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const strip = (j: Record<string, unknown>) => ({ ...j, name: "", nameEn: undefined, description: undefined });
    expect(strip(catalogToJson(back.catalog))).toEqual(strip(catalogToJson(standard)));
  });

  it("clears and rewrites a Katalog sheet that is already there", () => {
    const plan = planCatalogSheet(standard, { existingSheets: ["katalog"] });
    expect([plan.sheet, plan.replaced, plan.edits[0]]).toEqual([
      "katalog",
      true,
      { kind: "clearSheet", sheet: "katalog" },
    ]);
  });
});
