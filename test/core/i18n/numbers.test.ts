import { formatNumber, formatNumberId, formatRupiah } from "../../../src/core/i18n/numbers";

describe("formatRupiah", () => {
  it.each([
    [23142485000, "Rp 23.142.485.000"],
    [1565914000, "Rp 1.565.914.000"],
    [15048000, "Rp 15.048.000"],
    [5000, "Rp 5.000"],
    [999, "Rp 999"],
    [0, "Rp 0"],
    [-5000, "-Rp 5.000"],
    [-18729000, "-Rp 18.729.000"],
  ])("%p is %s", (n, text) => {
    expect(formatRupiah(n)).toBe(text);
  });

  it("counts whole rupiah", () => {
    expect(formatRupiah(1234.5)).toBe("Rp 1.235");
    expect(formatRupiah(999.4)).toBe("Rp 999");
    expect(formatRupiah(-0.4)).toBe("Rp 0");
  });
});

describe("formatNumberId", () => {
  it.each([
    [23142485000, "23.142.485.000"],
    [1000, "1.000"],
    [100, "100"],
    [0, "0"],
    [-1234567, "-1.234.567"],
    [95.5, "95,5"],
    [1234.25, "1.234,25"],
  ])("%p is %s", (n, text) => {
    expect(formatNumberId(n)).toBe(text);
  });
});

describe("formatNumber in English", () => {
  it("groups with commas and uses a decimal point", () => {
    expect(formatNumber(23142485000, "en")).toBe("23,142,485,000");
    expect(formatNumber(150.5, "en")).toBe("150.5");
    expect(formatNumber(-0.001, "en")).toBe("0");
  });
});
