import { codeOrder, codeSeason, entriesForYear, mergeCatalogs } from "../../../src/core/catalog";
import { catalogOf, entry, standardCatalog } from "./helpers";

describe("catalog lookups", () => {
  const standard = standardCatalog();

  it("knows each code's season in a year, and which entries apply", () => {
    expect(codeSeason(standard, "3355", 2031)).toEqual({ kind: "routine" });
    const s = codeSeason(standard, "6870", 2024);
    expect(s?.kind === "stage" && s.stage.id).toBe("kampanye-2024");
    expect(codeSeason(standard, "6870", 2025)).toBeNull();
    expect(new Set(entriesForYear(standard, 2025).map((e) => e.code))).toEqual(new Set(["3355", "3360"]));
    expect(entriesForYear(standard, null).length).toBe(standard.entries.length);
  });

  it("merges an office catalog over the shipped one: its entries in place or after, its seasons and stages winning", () => {
    const office = catalogOf({
      format: "rakit-katalog",
      version: 1,
      name: "Kantor",
      stages: [
        {
          id: "kampanye-2024",
          name: "Kampanye (kantor)",
          windows: [{ from: "2023-11-28", to: "2024-04-30", basis: "office", source: "SK KPU Kota" }],
        },
      ],
      entries: [
        entry("3355-06", "3355", "Keuangan (3355)", { season: "routine", kegiatan: "Gaji, versi kantor" }),
        entry("9001-01", "9001", "Kegiatan Kantor (9001)", { season: "routine" }),
        entry("6709-09", "6709", "Perencanaan (6709)", { season: "routine", years: [2024] }),
      ],
    });
    const merged = mergeCatalogs(standard, office);
    expect(merged.entries.length).toBe(standard.entries.length + 2);
    expect(merged.entries.find((e) => e.id === "3355-06")?.kegiatan).toBe("Gaji, versi kantor");
    expect(codeOrder(merged).at(-1)).toBe("9001");
    expect(codeOrder(merged).slice(0, 10)).toEqual(codeOrder(standard));
    // 6709 is routine for the office in 2024: the shipped 6709 entries follow it.
    expect(codeSeason(merged, "6709", 2024)).toEqual({ kind: "routine" });
    expect(merged.entries.filter((e) => e.code === "6709").every((e) => e.season.kind === "routine")).toBe(true);
    const kampanye = merged.entries.find((e) => e.id === "6870-01");
    expect(kampanye?.season.kind === "stage" && kampanye.season.stage.name).toBe("Kampanye (kantor)");
  });
});
