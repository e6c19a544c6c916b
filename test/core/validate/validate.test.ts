import { cellRange } from "../../../src/core/address";
import type { Finding } from "../../../src/core/findings";
import { formatFinding } from "../../../src/core/i18n/findings";
import type { Rule } from "../../../src/core/validate";
import { RULE_CODES, customFinding, defaultRules } from "../../../src/core/validate";
import { brief, check, months, rakMonths } from "./rakSheet";

const SASARAN = "Penetapan Hasil Pemilu (6982)";

/** Row 7 has no month, row 8 no pelaksana; the Tahun Anggaran line (row 4) is right. */
const twoProblems = () =>
  rakMonths(
    [
      [
        1,
        SASARAN,
        "Persentase laporan tepat waktu",
        100,
        "Penyusunan Laporan",
        ...months(),
        18729000,
        "Semua Subbagian",
      ],
      [null, null, "Persentase rapat pleno terlaksana", 100, "Rapat pleno", ...months(4), null, null],
    ],
    { merges: ["A7:A8", "B7:B8", "R7:R8"] },
  );

describe("validate", () => {
  it("lists findings top to bottom, left to right", () => {
    expect(brief(check(twoProblems()))).toEqual(["row.noMonth error F7:Q7", "row.pelaksanaMissing warning S8"]);
  });

  it("leaves out ignored rule codes", () => {
    expect(brief(check(twoProblems(), { ignore: ["row.pelaksanaMissing"] }))).toEqual(["row.noMonth error F7:Q7"]);
  });

  it("runs extra rules after the built-in ones and merges their findings in sheet order", () => {
    // A later issue's kind of rule: kegiatan of "Penetapan Hasil" belong after the vote (month 3 on).
    const season: Rule = (plan) => {
      const out: Finding[] = [];
      for (const block of plan.blocks) {
        if (block.code !== "6982") continue;
        for (const row of block.rows) {
          const early = row.periods.filter((m) => m < 3);
          if (early.length > 0)
            out.push(customFinding("season.tooEarly", "info", cellRange(row.row, 4), { months: early.join(", ") }));
        }
      }
      return out;
    };
    const s = rakMonths([
      [
        1,
        SASARAN,
        "Persentase laporan tepat waktu",
        100,
        "Penyusunan Laporan",
        ...months(1, 4),
        18729000,
        "Semua Subbagian",
      ],
    ]);
    const findings = check(s, { extraRules: [season] });
    expect(brief(findings)).toEqual(["season.tooEarly info E7"]);
    // A rule without a catalog message still formats to something a user can locate.
    expect(formatFinding(findings[0]!)).toBe("season.tooEarly (E7)");
  });

  it("emits only codes listed in RULE_CODES", () => {
    const codes = new Set<string>(RULE_CODES);
    const messy = rakMonths([
      [2, "Tanpa kode", null, "tinggi", null, "?", ...months().slice(1), "Rp 5.000", null],
      [2, null, "Persentase x", 150, "Kegiatan", ...months(1), -5, "Subbagian"],
      ["JUMLAH", null, null, null, null, ...months(), { error: "#REF!" }, null],
    ]);
    const findings = check(messy);
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(codes.has(f.rule)).toBe(true);
  });

  it("keeps the built-in rule list open: defaultRules is a plain list of functions", () => {
    expect(defaultRules.length).toBeGreaterThan(0);
    for (const rule of defaultRules) expect(typeof rule).toBe("function");
  });
});
