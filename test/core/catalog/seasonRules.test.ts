import { planYear, seasonRules } from "../../../src/core/catalog";
import { readPlan } from "../../../src/core/reader";
import { validate } from "../../../src/core/validate";
import { translateKey } from "../../../src/core/i18n";
import { fixturePresent, seedSnapshot } from "../budget/fixture";
import { brief, months, planOf, rak, rakMonths } from "../validate/rakSheet";
import { sheet } from "../../helpers/sheet";
import { MONTH_HEAD } from "../validate/rakSheet";
import { catalogOf, miniCatalogJson, standardCatalog } from "./helpers";

const mini = catalogOf(miniCatalogJson());
const seasonOnly = (findings: ReturnType<typeof validate>) =>
  brief(findings.filter((f) => f.rule.startsWith("season.")));

describe("season checks (validate with extraRules: seasonRules(catalog))", () => {
  it("notes a routine kegiatan planned in fewer than 12 months, naming the months left out", () => {
    const plan = planOf(
      rakMonths([
        [1, "Keuangan (3355)", "Ind a", 100, "Keg a", ...months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 9, "X"],
        [null, null, "Ind b", 100, "Keg b", ...months(1, 2, 3, 7), null, "X"],
        [null, null, "Ind c", 100, "Keg c", ...months(), null, "X"],
      ]),
    );
    const findings = validate(plan, { extraRules: seasonRules(mini) });
    // The row without months is row.noMonth's business, not a season note.
    expect(seasonOnly(findings)).toEqual(["season.routinePartial info F8:Q8"]);
    const f = findings.find((x) => x.rule === "season.routinePartial");
    expect(translateKey("id", `rule.${f?.rule}`, f?.params)).toBe(
      'Kegiatan rutin 3355 di baris 8 ("Keg b") hanya direncanakan 4 dari 12 periode; belum ada tanda di B4–B6, B8–B12. Kegiatan rutin biasanya berjalan setiap bulan.',
    );
  });

  it("warns of a stage kegiatan planned outside its window, naming the window and its source", () => {
    const plan = planOf(
      rakMonths([
        [1, "Kampanye (6870)", "Ind a", 100, "Keg a", ...months(1, 2), 9, "X"],
        [null, null, "Ind b", 100, "Keg b", ...months(2, 3, 4, 12), null, "X"],
      ]),
    );
    const findings = validate(plan, { extraRules: seasonRules(mini) });
    expect(seasonOnly(findings)).toEqual(["season.outsideWindow warning F8:Q8"]);
    const f = findings.find((x) => x.rule === "season.outsideWindow");
    expect(translateKey("en", `rule.${f?.rule}`, f?.params)).toBe(
      'Row 8 ("Keg b") is planned in B3, B4, B12, outside the window of the stage "Masa Kampanye Pemilu 2024" in 2024 (B1, B2). Window: 2023-11-28 – 2024-02-10 (PKPU 3/2022 Lampiran).',
    );
  });

  it("folds the window into quarters for a TW I..IV table", () => {
    const plan = planOf(
      rak([
        [1, "Kampanye (6870)", "Ind a", 100, "Keg a", "v", null, null, null, 9, "X"],
        [null, null, "Ind b", 100, "Keg b", "v", "v", null, null, null, "X"],
      ]),
    );
    expect(seasonOnly(validate(plan, { extraRules: seasonRules(mini) }))).toEqual([
      "season.outsideWindow warning F8:I8",
    ]);
  });

  it("notes a code the catalog does not have for the plan year (6870 is only for 2024)", () => {
    const rows = [
      [1, "Kampanye (6870)", "Ind a", 100, "Keg a", ...months(1), 9, "X"],
      [2, "Lain-lain (9999)", "Ind b", 100, "Keg b", ...months(1), 9, "X"],
    ];
    const in2025 = sheet([["RENCANA AKSI KINERJA TAHUN 2025"], [], MONTH_HEAD, ...rows]);
    expect(seasonOnly(validate(planOf(in2025), { extraRules: seasonRules(mini) }))).toEqual([
      "season.unknownCode info B4",
      "season.unknownCode info B5",
    ]);
    expect(planYear(planOf(in2025))).toBe(2025);
  });

  it("judges nothing without a plan year", () => {
    const noYear = sheet([
      ["RENCANA AKSI KINERJA"],
      [],
      MONTH_HEAD,
      [1, "Kampanye (6870)", "I", 1, "K", ...months(12), 9, "X"],
    ]);
    expect(seasonOnly(validate(planOf(noYear), { extraRules: seasonRules(mini) }))).toEqual([]);
  });

  (fixturePresent ? it : it.skip)(
    "on the seed plan: three warnings, all months truly outside their stage's 2024 window, and nothing else",
    async () => {
      const read = readPlan(await seedSnapshot());
      if (!read.ok) throw new Error("no plan");
      const findings = validate(read.plan, { extraRules: seasonRules(standardCatalog()) });
      // Row 18 (kampanye) plans B4, after the campaign, the silent period and the dana-kampanye
      // reports; rows 26 and 27 (pemungutan) plan B9-B12, after the recounts of mid-2024 (see
      // docs/katalog.md). Every routine row has all 12 months; every code is in the catalog.
      expect(seasonOnly(findings)).toEqual([
        "season.outsideWindow warning F18:Q18",
        "season.outsideWindow warning F26:Q26",
        "season.outsideWindow warning F27:Q27",
      ]);
      expect(findings.filter((f) => f.rule.startsWith("season.")).map((f) => f.params.outside)).toEqual([
        "B4",
        "B9–B12",
        "B9–B12",
      ]);
    },
  );
});
