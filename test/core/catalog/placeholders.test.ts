import { fillPlaceholders, officeNames } from "../../../src/core/catalog";

describe("office names for {satker} and {wilayah}", () => {
  it.each([
    ["Sekretariat KPU Kota Prabumulih", "KPU Kota Prabumulih", "Kota Prabumulih"],
    [": Sekretariat KPU Provinsi Sumatera Selatan", "KPU Provinsi Sumatera Selatan", "Provinsi Sumatera Selatan"],
    ["KPU Kabupaten Muara Enim", "KPU Kabupaten Muara Enim", "Kabupaten Muara Enim"],
    ["Sekretariat Bawaslu Kota Palembang", "Bawaslu Kota Palembang", "Bawaslu Kota Palembang"],
  ])("%j", (unit, satker, wilayah) => {
    expect(officeNames(unit)).toEqual({ satker, wilayah, fromPlan: true });
  });

  it("falls back to generic names without a unit", () => {
    expect(officeNames(null)).toEqual({ satker: "KPU Kabupaten/Kota", wilayah: "Kabupaten/Kota", fromPlan: false });
    expect(
      fillPlaceholders("Rapat {satker} dan Bawaslu {wilayah}", officeNames("Sekretariat KPU Kota Prabumulih")),
    ).toBe("Rapat KPU Kota Prabumulih dan Bawaslu Kota Prabumulih");
  });
});
