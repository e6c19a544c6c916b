import { foldText, groupByCode, searchCatalog } from "../../../src/core/catalog";
import { catalogOf, entry, miniCatalogJson, standardCatalog } from "./helpers";

describe("searchCatalog: accents and case do not matter, words come in any order", () => {
  const standard = standardCatalog();
  const ids = (query: string) => searchCatalog(standard, query).map((e) => e.id);

  it('finds the salary entry of 3355 for "gaji", "GAJI slip" and "slip gaji"', () => {
    expect(ids("gaji")[0]).toBe("3355-06");
    expect(ids("GAJI slip")).toEqual(["3355-06"]);
    expect(ids("slip gaji")).toEqual(["3355-06"]);
  });

  it("ignores accents on either side", () => {
    const accented = catalogOf({
      ...miniCatalogJson(),
      entries: [
        entry("3355-01", "3355", "Keuangan (3355)", { season: "routine", kegiatan: "Rapat koordinasi évaluasi" }),
      ],
    });
    expect(searchCatalog(accented, "evaluasi").map((e) => e.id)).toEqual(["3355-01"]);
    expect(searchCatalog(standard, "pemungutàn SUARA ulang").length).toBe(0);
    expect(searchCatalog(standard, "pemungutàn SUARA").length).toBeGreaterThan(0);
  });

  it("needs every word somewhere in the entry: code, kegiatan, indicator, pelaksana", () => {
    expect(ids("3360 kendaraan")).toEqual(["3360-03"]);
    expect(ids("kendaraan 6709")).toEqual([]);
    expect(ids("rendatin IT")).toEqual(["6709-03"]);
  });

  it("matches the beginnings of words, not their middles", () => {
    expect(ids("keuang barang").length).toBeGreaterThan(0);
    expect(ids("335")).toEqual(standard.entries.filter((e) => e.code === "3355").map((e) => e.id));
    // "it" is in "memfasilitasi", but starts no word there.
    expect(ids("it")).toEqual(["6709-03"]);
  });

  it("ranks hits in the kegiatan or indicator above hits in the name or pelaksana, then catalog order", () => {
    const found = searchCatalog(standard, "logistik");
    // Every 6871 entry names logistik in its text; other entries only in their pelaksana ("... dan Logistik").
    expect(found.slice(0, 4).map((e) => e.code)).toEqual(["6871", "6871", "6871", "6871"]);
    expect(found.length).toBeGreaterThan(4);
  });

  it("gives every entry for an empty query", () => {
    expect(searchCatalog(standard, "  ").length).toBe(standard.entries.length);
  });

  it("folds text to lower case words without accents or punctuation", () => {
    expect(foldText("Pengucapan Sumpah/Janji (6981) — Présiden")).toBe("pengucapan sumpah janji 6981 presiden");
  });
});

describe("groupByCode", () => {
  it("groups entries under their code, in order of first appearance", () => {
    const standard = standardCatalog();
    const groups = groupByCode(searchCatalog(standard, "laporan"));
    expect(groups.map((g) => g.code)).toEqual([...new Set(searchCatalog(standard, "laporan").map((e) => e.code))]);
    for (const g of groups) for (const e of g.entries) expect(e.code).toBe(g.code);
    const all = groupByCode(standard.entries);
    expect(all.map((g) => `${g.code} ${g.entries.length}`)).toEqual([
      "6709 3",
      "6867 4",
      "6868 2",
      "6870 4",
      "6871 4",
      "6872 3",
      "6981 5",
      "6982 1",
      "3355 9",
      "3360 9",
    ]);
    expect(all[8]?.name).toBe("Pengelolaan Keuangan dan Barang Milik Negara");
  });
});
