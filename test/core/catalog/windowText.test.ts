import { regulationOf, windowListEn, windowListId } from "../../../src/core/catalog/windowText";
import type { StageWindow } from "../../../src/core/catalog";
import { readableWindowSpan } from "../../../src/core/catalog/dates";

describe("a window's source, as the details of a season finding name it", () => {
  it.each([
    ["PKPU 3/2022 Lampiran (Tahapan dan Jadwal Penyelenggaraan Pemilu 2024): Masa Kampanye", "PKPU 3/2022"],
    ["PKPU 2/2024 (Tahapan dan Jadwal Pemilihan ...): Pelaksanaan Kampanye", "PKPU 2/2024"],
    ["Peraturan KPU Nomor 8 Tahun 2022: badan adhoc", "Peraturan KPU Nomor 8 Tahun 2022"],
    ["Perkiraan Rakit: persiapan", null],
  ])("%j names %j", (source, regulation) => {
    expect(regulationOf(source)).toBe(regulation);
  });

  it("lists windows with their sources in Indonesian, and in English with no Indonesian prose", () => {
    const windows: StageWindow[] = [
      { from: "2024-09-25", to: "2024-11-23", basis: "official", source: "PKPU 2/2024 (Tahapan ...): Kampanye" },
      { from: "2024-11-24", to: "2024-12-31", basis: "approximation", source: "Perkiraan Rakit: penertiban APK" },
      { from: "2024-03-01", to: "2024-03-01", basis: "office", source: "SK Ketua KPU Kota" },
    ];
    expect(windowListId(windows)).toBe(
      "2024-09-25 – 2024-11-23 (PKPU 2/2024 (Tahapan ...): Kampanye); 2024-11-24 – 2024-12-31 (Perkiraan Rakit: penertiban APK); 2024-03-01 (SK Ketua KPU Kota)",
    );
    expect(windowListEn(windows)).toBe(
      "2024-09-25 – 2024-11-23 (PKPU 2/2024); 2024-11-24 – 2024-12-31 (Rakit's estimate); 2024-03-01 (the office's Katalog sheet: SK Ketua KPU Kota)",
    );
  });
});

describe("readable window dates (the Katalog view's season line)", () => {
  it("reads 28 Nov 2023 – 10 Feb 2024, with each language's month names, one date for a one-day window", () => {
    const w = (from: string, to: string): StageWindow => ({ from, to, source: "", basis: "official" });
    expect(readableWindowSpan(w("2023-11-28", "2024-02-10"), "id")).toBe("28 Nov 2023 – 10 Feb 2024");
    expect(readableWindowSpan(w("2024-05-01", "2024-12-31"), "id")).toBe("1 Mei 2024 – 31 Des 2024");
    expect(readableWindowSpan(w("2024-05-01", "2024-12-31"), "en")).toBe("1 May 2024 – 31 Dec 2024");
    expect(readableWindowSpan(w("2024-02-14", "2024-02-14"), "en")).toBe("14 Feb 2024");
  });
});
