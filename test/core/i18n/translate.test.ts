import { interpolate, makeT, shorten, translateKey } from "../../../src/core/i18n/translate";

describe("makeT", () => {
  it("translates a scoped key with its params, Indonesian and English", () => {
    const params = { tahunAnggaran: 2023, year: 2024 };
    expect(makeT("id", "rule.meta")("yearMismatch", params)).toBe(
      "Tahun Anggaran 2023 berbeda dengan tahun rencana 2024 pada judul. Samakan keduanya (biasanya Tahun Anggaran 2024).",
    );
    expect(makeT("en", "rule.meta")("yearMismatch", params)).toBe(
      "Tahun Anggaran 2023 differs from the plan year 2024 in the title. Make them the same (usually Tahun Anggaran 2024).",
    );
  });

  it("translates full keys without a scope", () => {
    expect(makeT("id")("severity.warning")).toBe("Peringatan");
    expect(makeT("en")("severity.warning")).toBe("Warning");
  });

  it("scopes nest", () => {
    expect(makeT("en", "severity")("info")).toBe("Note");
  });
});

describe("interpolate", () => {
  it("formats rupiah, numbers and short text", () => {
    expect(interpolate("{a:rupiah} / {b:number} / {c}", { a: 23142485000, b: 1234.5, c: 2024 }, "id")).toBe(
      "Rp 23.142.485.000 / 1.234,5 / 2024",
    );
    expect(interpolate("{b:number}", { b: 1234.5 }, "en")).toBe("1,234.5");
    const long =
      "Persentase KPU Kota Prabumulih yang mampu memfasilitasi pengelolaan perencanaan program dan anggaran Pemilu";
    const short = interpolate("{x:short}", { x: long }, "id");
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.endsWith("…")).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });

  it("leaves a placeholder without a param visible", () => {
    expect(interpolate("Tahun {year}", {}, "id")).toBe("Tahun {year}");
    expect(interpolate("{n|row|rows}", {}, "en")).toBe("{n|row|rows}");
  });

  it("chooses a plural's word by the number: one for 1, the other for anything else", () => {
    const rows = "{count:number} {count|row|rows} inserted";
    expect([0, 1, 2, 1000].map((count) => interpolate(rows, { count }, "en"))).toEqual([
      "0 rows inserted",
      "1 row inserted",
      "2 rows inserted",
      "1,000 rows inserted",
    ]);
    expect(interpolate("{n|row has|rows have} problems", { n: 1 }, "en")).toBe("row has problems");
  });

  it('the pane\'s English says 1 error, 2 warnings (no "1 errors")', () => {
    const t = makeT("en", "pane");
    expect(t("notice.checked", { errors: 1, warnings: 2 })).toBe("Check finished: 1 error, 2 warnings.");
    expect(t("katalog.action.insertCount", { count: 3 })).toBe("Insert (3)");
    expect(makeT("id", "pane")("notice.checked", { errors: 1, warnings: 2 })).toBe(
      "Pemeriksaan selesai: 1 kesalahan, 2 peringatan.",
    );
  });
});

describe("translateKey", () => {
  it("returns the key itself for an unknown key rather than throwing", () => {
    expect(translateKey("id", "rule.nonexistent")).toBe("rule.nonexistent");
  });
});

describe("shorten", () => {
  it("collapses whitespace and keeps short text whole", () => {
    expect(shorten("  Persentase  Bimbingan\nTeknis ")).toBe("Persentase Bimbingan Teknis");
  });
});
