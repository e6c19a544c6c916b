import {
  openSignatureDate,
  placeOfDateLine,
  replaceTitleYear,
  replaceYear,
  shiftYears,
  yearTokens,
} from "../../../src/core/rollover/yearText";

describe("years in text", () => {
  test("the title's year token changes, and nothing else in the title", () => {
    expect(replaceTitleYear("TAHUN 2024", 2025)).toBe("TAHUN 2025");
    expect(replaceTitleYear("RENCANA AKSI KINERJA TAHUN 2024", 2025)).toBe("RENCANA AKSI KINERJA TAHUN 2025");
    expect(replaceTitleYear("RAK Sekretariat KPU 2024 Tahun Anggaran 2024", 2025)).toBe(
      "RAK Sekretariat KPU 2024 Tahun Anggaran 2025",
    );
    expect(replaceTitleYear("Tahun: 2024", 2026)).toBe("Tahun: 2026");
    expect(replaceTitleYear("RENCANA AKSI KINERJA", 2025)).toBeNull();
  });

  test("the Tahun Anggaran value changes, in its own cell or after the label", () => {
    expect(replaceYear(": 2023", 2023, 2025)).toBe(": 2025");
    expect(replaceYear("Tahun Anggaran : 2023", 2023, 2025)).toBe("Tahun Anggaran : 2025");
    expect(replaceYear(": 2023", 2024, 2025)).toBeNull();
  });

  test("a year is a standalone 4-digit token: not a NIP, a code, an amount or a longer number", () => {
    expect(yearTokens("Pemilu Tahun 2024").map((t) => t.year)).toEqual([2024]);
    expect(yearTokens("NIP. 197001011990031001")).toEqual([]);
    expect(yearTokens("Masa Kampanye Pemilu (6870)")).toEqual([]);
    expect(yearTokens("Rp 12.024.000 dan 2.024,5")).toEqual([]);
    expect(yearTokens("20245 dan 12024")).toEqual([]);
    expect(yearTokens("2023/2024, 31-12-2024").map((t) => t.year)).toEqual([2023, 2024, 2024]);
  });

  test("a suggestion moves only the listed years", () => {
    expect(shiftYears("LKJ Tahun 2023 dan Pemilu 2024 (UU 7/2017)", new Set([2023, 2024]), 1)).toBe(
      "LKJ Tahun 2024 dan Pemilu 2025 (UU 7/2017)",
    );
  });

  test("the place of a place-and-date line; the new date leaves the day to the user", () => {
    expect(placeOfDateLine("Prabumulih, 25 Januari 2024")).toBe("Prabumulih");
    expect(placeOfDateLine("Prabumulih,      Januari 2024")).toBe("Prabumulih");
    expect(placeOfDateLine("Prabumulih, … Januari 2025")).toBe("Prabumulih");
    expect(placeOfDateLine("Kota Prabumulih, .. Desember 2024")).toBe("Kota Prabumulih");
    expect(placeOfDateLine("SEKRETARIS,")).toBeNull();
    expect(placeOfDateLine("Pemilu Tahun 2024")).toBeNull();
    expect(openSignatureDate("Prabumulih", 2025)).toBe("Prabumulih, … Januari 2025");
  });
});
