import { readFileSync } from "node:fs";
import standardJson from "../../../src/core/catalog/data/katalog-standar.json";
import type { CatalogEntry } from "../../../src/core/catalog";
import { codeOrder, parseCatalogJson, stageMonths, validateCatalog } from "../../../src/core/catalog";
import { STANDARD_PATH, standardCatalog } from "./helpers";

describe("the shipped catalog (data/katalog-standar.json)", () => {
  const catalog = standardCatalog();
  const seedEntries = catalog.entries.filter((e) => e.origin?.startsWith("RAK 2024"));

  it("passes its schema, as text with line numbers and as the imported JSON module", () => {
    expect(parseCatalogJson(readFileSync(STANDARD_PATH, "utf8")).ok).toBe(true);
    expect(validateCatalog(standardJson).ok).toBe(true);
  });

  it("holds all 40 rows of the seed plan, under its 9 codes, in the seed's order", () => {
    expect(seedEntries).toHaveLength(40);
    expect([...new Set(seedEntries.map((e) => e.code))]).toEqual([
      "6709",
      "6867",
      "6870",
      "6871",
      "6872",
      "6981",
      "6982",
      "3355",
      "3360",
    ]);
    expect(seedEntries.map((e) => e.origin)).toEqual(
      Array.from({ length: 40 }, (_, i) => `RAK 2024 Sekretariat KPU Kota Prabumulih, baris ${i + 10}`),
    );
  });

  it("places the extra code 6868 between 6867 and 6870, marked as not from the seed", () => {
    expect(codeOrder(catalog)).toEqual([
      "6709",
      "6867",
      "6868",
      "6870",
      "6871",
      "6872",
      "6981",
      "6982",
      "3355",
      "3360",
    ]);
    const extra = catalog.entries.filter((e) => e.code === "6868");
    expect(extra.length).toBeGreaterThan(0);
    for (const e of extra) {
      expect(e.origin).toMatch(/^Tambahan Rakit/);
      expect(e.note).toMatch(/belum dicocokkan/);
    }
  });

  it("makes 3355 and 3360 routine for every year, and every other code a stage of 2024", () => {
    const seasonOf = (e: CatalogEntry): string => (e.season.kind === "routine" ? "routine" : e.season.stage.id);
    for (const e of catalog.entries) {
      if (e.code === "3355" || e.code === "3360") {
        expect([e.id, seasonOf(e), e.years]).toEqual([e.id, "routine", "all"]);
      } else {
        expect(e.season.kind).toBe("stage");
        expect(e.years).toContain(2024);
      }
    }
  });

  it("names a source for every stage window, and says whether it is PKPU 3/2022, PKPU 2/2024 or Rakit's estimate", () => {
    for (const s of catalog.stages) {
      for (const w of s.windows) {
        if (w.basis === "official")
          expect(w.source).toMatch(/^(?:PKPU 3\/2022 Lampiran|PKPU 2\/2024) \(Tahapan dan Jadwal/);
        else expect([w.basis, w.source]).toEqual(["approximation", expect.stringMatching(/^Perkiraan Rakit: /)]);
      }
    }
  });

  // Every election stage of 2024: Pemilu 2024 (PKPU 3/2022) and the Pilkada serentak (PKPU 2/2024,
  // voting on 27 November 2024).
  it("has the PKPU 3/2022 and PKPU 2/2024 dates of 2024's two elections", () => {
    const windows = (id: string): string[] =>
      (catalog.stages.find((s) => s.id === id)?.windows ?? [])
        .filter((w) => w.basis === "official")
        .map((w) => `${w.from}..${w.to}`);
    expect(windows("kampanye-2024")).toEqual(["2023-11-28..2024-02-10", "2024-09-25..2024-11-23"]);
    expect(windows("pemungutan-2024")).toEqual([
      "2024-02-14..2024-02-15",
      "2024-02-15..2024-03-20",
      "2024-11-27..2024-11-27",
      "2024-11-27..2024-12-16",
    ]);
    expect(windows("badan-adhoc-2024")).toEqual(["2024-04-17..2024-11-05"]);
    expect(windows("pemutakhiran-2024")).toEqual([
      "2022-10-14..2023-06-21",
      "2024-04-24..2024-05-31",
      "2024-05-31..2024-09-23",
    ]);
    expect(windows("sumpah-janji-2024")).toEqual(["2024-10-01..2024-10-01", "2024-10-20..2024-10-20"]);
  });

  it("names every stage in English too, for English messages", () => {
    for (const s of catalog.stages) expect([s.id, s.nameEn]).toEqual([s.id, expect.stringMatching(/^[A-Z]/)]);
    expect(catalog.nameEn).toMatch(/^Rakit's standard catalog/);
  });

  // Inserting an entry must not give a season note at once: where the seed plans a row outside its
  // stage (6870-02 in B4), the entry's default months are cut to the window and its note says so.
  it("keeps every entry's default months inside its stage's months of 2024", () => {
    for (const e of catalog.entries) {
      if (e.season.kind !== "stage") continue;
      const allowed = stageMonths(e.season.stage, 2024);
      const outside = e.months.filter((m) => !allowed.includes(m));
      expect([e.id, outside]).toEqual([e.id, []]);
    }
  });

  it("writes office names as placeholders, not Prabumulih's", () => {
    for (const e of catalog.entries) {
      expect(`${e.indicator} ${e.kegiatan} ${e.sasaran}`).not.toMatch(/Prabumulih|Sumsel|Sumatera/);
    }
  });
});
