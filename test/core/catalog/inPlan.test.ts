import { entriesInPlan, textSimilarity } from "../../../src/core/catalog";
import { readPlan } from "../../../src/core/reader";
import { fixturePresent, seedSnapshot } from "../budget/fixture";
import { planOf, rakMonths, months } from "../validate/rakSheet";
import { catalogOf, entry, miniCatalogJson, standardCatalog } from "./helpers";

describe("entriesInPlan: which entries the plan already has", () => {
  (fixturePresent ? it : it.skip)("finds all 40 seed entries in the seed plan, each at its own row", async () => {
    const snapshot = await seedSnapshot();
    const read = readPlan(snapshot);
    if (!read.ok) throw new Error("no plan");
    const standard = standardCatalog();
    const found = entriesInPlan(read.plan, standard);
    const seed = standard.entries.filter((e) => e.origin?.startsWith("RAK 2024"));
    // The origin says which sheet row each seed entry came from; typos fixed in the catalog
    // ("difalisitasi") and office names as placeholders still match.
    expect(seed.map((e) => `${e.id}@${(found.get(e.id)?.row ?? -2) + 1}`)).toEqual(
      seed.map((e) => `${e.id}@${e.origin?.replace(/.*baris /, "")}`),
    );
    // The entries that are not from the seed are not in it.
    expect(standard.entries.filter((e) => !e.origin?.startsWith("RAK 2024")).filter((e) => found.has(e.id))).toEqual(
      [],
    );
  });

  it("looks only in blocks of the entry's code, and gives each row to one entry", () => {
    const s = rakMonths([
      [1, "Perencanaan Program (6709)", "Indikator 3355-01", 95, "Kegiatan 3355-01", ...months(1), 9, "X"],
      [2, "Keuangan (3355)", "Indikator 3355-01", 95, "Kegiatan 3355-01", ...months(1), 9, "X"],
    ]);
    const twins = catalogOf({
      ...miniCatalogJson(),
      entries: [
        entry("3355-01", "3355", "Keuangan (3355)", { season: "routine" }),
        entry("3355-02", "3355", "Keuangan (3355)", {
          season: "routine",
          indicator: "Indikator 3355-01",
          kegiatan: "Kegiatan 3355-01",
        }),
      ],
    });
    const found = entriesInPlan(planOf(s), twins);
    expect([...found.entries()].map(([id, m]) => `${id}@${m.row + 1} block ${m.blockNo}`)).toEqual([
      "3355-01@8 block 2",
    ]);
  });

  it("compares words, not characters: a typo or two leaves a long text similar", () => {
    expect(
      textSimilarity("Rapat yang pengadaannya difalisitasi oleh KPU", "Rapat yang pengadaannya difasilitasi oleh KPU"),
    ).toBeCloseTo(10 / 12);
    expect(textSimilarity("", "")).toBe(1);
    expect(textSimilarity("a b", "")).toBe(0);
  });
});
