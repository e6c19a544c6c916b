import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../../../src/core/catalog";
import { parseCatalogJson, validateCatalog } from "../../../src/core/catalog";

export const STANDARD_PATH = join(
  __dirname,
  "..",
  "..",
  "..",
  "src",
  "core",
  "catalog",
  "data",
  "katalog-standar.json",
);

/** The shipped catalog, read and checked the way a file import is (with line numbers). */
export function standardCatalog(): Catalog {
  const result = parseCatalogJson(readFileSync(STANDARD_PATH, "utf8"));
  if (!result.ok) throw new Error(`the shipped catalog is invalid: ${JSON.stringify(result.errors)}`);
  return result.catalog;
}

/** A small catalog in the JSON form, for tests to change one field at a time. */
export function miniCatalogJson(): Record<string, unknown> {
  return {
    format: "rakit-katalog",
    version: 1,
    name: "Mini",
    stages: [
      {
        id: "kampanye-2024",
        name: "Masa Kampanye Pemilu 2024",
        windows: [
          { from: "2023-11-28", to: "2024-02-10", basis: "official", source: "PKPU 3/2022 Lampiran: Masa Kampanye" },
        ],
      },
    ],
    entries: [
      entry("6709-01", "6709", "Perencanaan Program (6709)", {
        season: "routine",
        kegiatan: "Revisi anggaran {satker}",
      }),
      entry("6868-01", "6868", "Pemutakhiran Data Pemilih (6868)", {
        season: { stage: "kampanye-2024" },
        months: [1],
        pelaksana: "Subbagian Rendatin",
        years: [2024],
      }),
      entry("6870-01", "6870", "Kampanye (6870)", {
        season: { stage: "kampanye-2024" },
        months: [1, 2],
        years: [2024],
      }),
      entry("6982-01", "6982", "Penetapan Hasil (6982)", { season: "routine", satuan: "laporan", target: 4 }),
      entry("3355-01", "3355", "Keuangan (3355)", { season: "routine", pelaksana: "Subbagian Hukum" }),
    ],
  };
}

export function entry(
  id: string,
  code: string,
  sasaran: string,
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    code,
    name: sasaran.replace(/\s*\(\d{4}\)$/, ""),
    sasaran,
    indicator: `Indikator ${id}`,
    satuan: "%",
    target: 100,
    kegiatan: `Kegiatan ${id}`,
    months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    pelaksana: "Subbagian Rendatin",
    sumberDana: "DIPA",
    years: "all",
    ...patch,
  };
}

export function catalogOf(json: unknown): Catalog {
  const result = validateCatalog(json);
  if (!result.ok) throw new Error(`invalid test catalog: ${JSON.stringify(result.errors)}`);
  return result.catalog;
}
