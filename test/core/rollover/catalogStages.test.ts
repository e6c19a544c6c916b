import type { Catalog, CatalogEntry, Stage } from "../../../src/core/catalog";
import { stageYearsFromCatalog } from "../../../src/core/rollover";
import { standardCatalog } from "../catalog/helpers";

describe("stage years from the catalog", () => {
  test("the shipped catalog: Pemilu 2024 stages by the years their windows touch; routine codes are not stage-bound", () => {
    const years = stageYearsFromCatalog(standardCatalog());
    expect(years("6709")).toEqual([2022, 2023, 2024]);
    expect(years("6867")).toEqual([2022, 2023, 2024]);
    expect(years("6870")).toEqual([2023, 2024]);
    expect(years("6872")).toEqual([2023, 2024]);
    expect(years("6981")).toEqual([2024]);
    expect(years("3355")).toBeNull();
    expect(years("3360")).toBeNull();
    expect(years("9999")).toBeNull();
  });

  test("a code the catalog also lists as routine is never stage-bound", () => {
    const stage: Stage = {
      id: "s",
      name: "S",
      windows: [{ from: "2024-01-01", to: "2024-03-31", basis: "official", source: "x" }],
    };
    const entry = (id: string, season: CatalogEntry["season"]): CatalogEntry => ({
      id,
      code: "7000",
      name: "K",
      sasaran: "K (7000)",
      indicator: "I",
      satuan: "%",
      target: 100,
      kegiatan: "K",
      months: [1],
      pelaksana: "P",
      season,
      sumberDana: "DIPA",
      years: "all",
    });
    const catalog: Catalog = {
      name: "c",
      stages: [stage],
      entries: [entry("a", { kind: "stage", stage }), entry("b", { kind: "routine" })],
    };
    expect(stageYearsFromCatalog(catalog)("7000")).toBeNull();
  });
});
