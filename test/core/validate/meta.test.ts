import { formatFinding } from "../../../src/core/i18n/findings";
import { sheet } from "../../helpers/sheet";
import { QUARTER_HEAD, brief, check } from "./rakSheet";

const ROW = [
  1,
  "Masa Kampanye Pemilu (6870)",
  "Persentase APK terfasilitasi",
  95,
  "Rapat dengan Parpol",
  "v",
  null,
  null,
  null,
  911081000,
  "Subbagian Teknis",
];

describe("meta rules", () => {
  it("flags nothing when the title year and Tahun Anggaran agree", () => {
    const s = sheet([
      ["RENCANA AKSI KINERJA"],
      ["TAHUN 2024"],
      ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"],
      ["Tahun Anggaran", ": 2024"],
      [],
      QUARTER_HEAD,
      ROW,
    ]);
    expect(check(s)).toEqual([]);
  });

  describe("meta.yearMismatch", () => {
    it("is an error on the Tahun Anggaran value when it differs from the title year", () => {
      const s = sheet([
        ["RENCANA AKSI KINERJA"],
        ["TAHUN 2024"],
        ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"],
        ["Tahun Anggaran", ": 2023"],
        [],
        QUARTER_HEAD,
        ROW,
      ]);
      const findings = check(s);
      expect(brief(findings)).toEqual(["meta.yearMismatch error B4"]);
      expect(findings[0]?.params).toEqual({ tahunAnggaran: 2023, year: 2024 });
      expect(formatFinding(findings[0]!)).toBe(
        "Tahun Anggaran 2023 berbeda dengan tahun rencana 2024 pada judul. Samakan keduanya (biasanya Tahun Anggaran 2024).",
      );
      expect(formatFinding(findings[0]!, "en")).toBe(
        "Tahun Anggaran 2023 differs from the plan year 2024 in the title. Make them the same (usually Tahun Anggaran 2024).",
      );
    });

    it("reads the year from a one-line title too", () => {
      const s = sheet([
        ["RENCANA AKSI KINERJA SEKRETARIAT KPU KOTA PRABUMULIH TAHUN 2025"],
        ["Tahun Anggaran : 2024"],
        [],
        QUARTER_HEAD,
        ROW,
      ]);
      expect(brief(check(s))).toEqual(["meta.yearMismatch error A2"]);
    });
  });

  describe("meta.yearMissing / meta.titleYearMissing", () => {
    it("warns when neither the title nor a Tahun Anggaran line gives a year", () => {
      const s = sheet([
        ["RENCANA AKSI KINERJA"],
        ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"],
        [],
        QUARTER_HEAD,
        ROW,
      ]);
      expect(brief(check(s))).toEqual(["meta.yearMissing warning A1"]);
    });

    it("only notes the title when Tahun Anggaran gives the year", () => {
      const s = sheet([
        ["RENCANA AKSI KINERJA"],
        ["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"],
        ["Tahun Anggaran", ": 2024"],
        [],
        QUARTER_HEAD,
        ROW,
      ]);
      const findings = check(s);
      expect(brief(findings)).toEqual(["meta.titleYearMissing info A1"]);
      expect(formatFinding(findings[0]!)).toBe(
        'Judul tidak memuat tahun rencana; Tahun Anggaran 2024 yang dipakai. Tambahkan "TAHUN 2024" pada judul.',
      );
    });
  });

  describe("meta.unitMissing", () => {
    it("warns on the title when no unit line is written", () => {
      const s = sheet([["RENCANA AKSI KINERJA"], ["TAHUN 2024"], ["Tahun Anggaran", ": 2024"], [], QUARTER_HEAD, ROW]);
      expect(brief(check(s))).toEqual(["meta.unitMissing warning A1"]);
    });

    it("warns when the unit line has a label but no name", () => {
      const s = sheet([
        ["RENCANA AKSI KINERJA"],
        ["TAHUN 2024"],
        ["Nama /Unit Organisasi", ":"],
        ["Tahun Anggaran", ": 2024"],
        [],
        QUARTER_HEAD,
        ROW,
      ]);
      expect(brief(check(s))).toEqual(["meta.unitMissing warning A1"]);
    });

    it("accepts the office named in the title instead of a unit line", () => {
      const s = sheet([["RENCANA AKSI KINERJA SEKRETARIAT KPU KOTA PRABUMULIH TAHUN 2024"], [], QUARTER_HEAD, ROW]);
      expect(check(s)).toEqual([]);
    });

    it("points at the table's corner when there is nothing above the table", () => {
      const s = sheet([QUARTER_HEAD, ROW]);
      expect(brief(check(s))).toEqual(["meta.yearMissing warning A1", "meta.unitMissing warning A1"]);
    });
  });
});
