import { keepText, normalizeLabel } from "../../../src/core/reader/normalize";

describe("label normalization", () => {
  it.each([
    ["Perkiraan Biaya (Rp)", "perkiraanbiayarp"],
    ["Perkiraan\nBiaya\n(Rp)", "perkiraanbiayarp"],
    ["NO.", "no"],
    ["Sasaran / Kegiatan", "sasarankegiatan"],
    ["Kegiatan  yang akan dilaksanakan", "kegiatanyangakandilaksanakan"],
    ["Bulan ke-1", "bulanke1"],
    ["TW  I", "twi"],
    ["Pélaksana", "pelaksana"],
  ])("%j -> %j", (text, label) => {
    expect(normalizeLabel(text)).toBe(label);
  });

  it("returns nothing for text too long to be a label", () => {
    expect(normalizeLabel("x".repeat(32000))).toBe("");
  });

  it("keeps text exactly as written unless it is only whitespace", () => {
    expect(keepText("tepat sasaran ")).toBe("tepat sasaran ");
    expect(keepText("Persentase  Bimbingan")).toBe("Persentase  Bimbingan");
    expect(keepText("   ")).toBe("");
  });
});
