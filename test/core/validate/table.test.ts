import { formatFinding } from "../../../src/core/i18n/findings";
import { sheet } from "../../helpers/sheet";
import { MONTH_HEAD, TITLE, brief, check, rak } from "./rakSheet";

describe("table.noRows", () => {
  it("is one error on the header when nothing is under it", () => {
    const findings = check(rak([]));
    expect(brief(findings)).toEqual(["table.noRows error A6:K6"]);
    expect(formatFinding(findings[0]!)).toBe(
      "Tabel belum punya baris data: isi sasaran, indikator dan kegiatan di bawah judul kolom (baris 6).",
    );
    expect(formatFinding(findings[0]!, "en")).toMatch(/^The table has no rows/);
  });

  it("covers a two-row header and its column-number row", () => {
    const s = sheet(
      [
        ...TITLE,
        [
          "No",
          "Sasaran strategis",
          "Indikator Kinerja strategis",
          "Target",
          "Kegiatan yang akan dilaksanakan",
          "Rencana Pelaksanaan",
          ...Array(11).fill(null),
          "Perkiraan Biaya (Rp)",
          "Pelaksana",
        ],
        [null, null, null, null, null, ...MONTH_HEAD.slice(5, 17), null, null],
        Array.from({ length: 19 }, (_, i) => i + 1),
      ],
      { merges: ["A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:Q6", "R6:R7", "S6:S7"] },
    );
    expect(brief(check(s))).toEqual(["table.noRows error A6:S8"]);
  });

  it("is not raised once the table has a row", () => {
    const s = rak([
      [
        1,
        "Masa Kampanye Pemilu (6870)",
        "Persentase laporan dana kampanye",
        100,
        "Sosialisasi",
        "v",
        null,
        null,
        null,
        911081000,
        "Subbagian Teknis",
      ],
    ]);
    expect(check(s)).toEqual([]);
  });
});
