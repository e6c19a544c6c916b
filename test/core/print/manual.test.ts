import { manualPrintSteps, manualPrintText, planPrintSetup } from "../../../src/core/print";
import { planOf } from "../validate/rakSheet";
import { smallPlan } from "../rollover/seedGrid";

describe("the setup by hand, where Excel lacks the page layout API", () => {
  const snapshot = smallPlan();
  const folio = planPrintSetup(planOf(snapshot), snapshot);

  test("every setting Rakit would make, with the sheet's own area and title rows", () => {
    const { intro, steps } = manualPrintSteps(folio, "id");
    expect(intro).toContain("ExcelApi 1.9");
    expect(steps).toEqual([
      "Tata Letak Halaman > Orientasi > Lanskap.",
      expect.stringContaining("Folio atau F4 (8,5 × 13 inci)"),
      "Pilih sel A1:S19, lalu Tata Letak Halaman > Area Cetak > Atur Area Cetak.",
      "Tata Letak Halaman > Cetak Judul > Baris yang diulang di atas: $6:$6.",
      "Tata Letak Halaman > Skalakan agar Pas: Lebar 1 halaman, Tinggi Otomatis.",
      expect.stringContaining("&[Page]"),
    ]);
    expect(steps[5]).toContain("&[Pages]");
  });

  test("in English, A4, numbered", () => {
    const a4 = planPrintSetup(planOf(snapshot), snapshot, { paper: "a4" });
    const text = manualPrintText(a4, "en");
    expect(text.split("\n")).toEqual([
      expect.stringContaining("ExcelApi 1.9"),
      "1. Page Layout > Orientation > Landscape.",
      "2. Page Layout > Size > A4.",
      "3. Select A1:S19, then Page Layout > Print Area > Set Print Area.",
      "4. Page Layout > Print Titles > Rows to repeat at top: $6:$6.",
      "5. Page Layout > Scale to Fit: Width 1 page, Height Automatic.",
      expect.stringMatching(/^6\. .*Custom Footer.*&\[Page\].*&\[Pages\]/),
    ]);
  });
});
