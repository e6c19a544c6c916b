import { Grid } from "../../../src/core/reader/grid";
import { readMetaAbove } from "../../../src/core/reader/meta";
import { sheet } from "../../helpers/sheet";

/** Reads the meta above a header said to start on the row after the given rows. */
function metaOf(rows: Parameters<typeof sheet>[0], options?: Parameters<typeof sheet>[1]) {
  return readMetaAbove(new Grid(sheet(rows, options)), rows.length);
}

describe("meta above the table", () => {
  it("reads the fixture's layout: title, year on its own line, unit and Tahun Anggaran in label cells", () => {
    const meta = metaOf(
      [
        ["RENCANA AKSI KINERJA"],
        ["TAHUN 2024"],
        [],
        ["Nama /Unit Organisasi", "", "", ": Sekretariat KPU Kota Prabumulih"],
        ["Tahun Anggaran", "", "", ": 2023"],
      ],
      { merges: ["A1:S1", "A2:S2", "A4:C4", "D4:J4", "A5:C5", "D5:J5"] },
    );
    expect(meta.title).toEqual({ value: "RENCANA AKSI KINERJA", address: "A1", row: 0, col: 0 });
    expect(meta.year).toEqual({ value: 2024, address: "A2", row: 1, col: 0 });
    expect(meta.unit).toEqual({ value: "Sekretariat KPU Kota Prabumulih", address: "D4", row: 3, col: 3 });
    expect(meta.tahunAnggaran).toEqual({ value: 2023, address: "D5", row: 4, col: 3 });
  });

  it("never takes the title year from the Tahun Anggaran line", () => {
    const meta = metaOf([["RENCANA AKSI KINERJA"], ["Tahun Anggaran : 2023"]]);
    expect(meta.year).toBeNull();
    expect(meta.tahunAnggaran?.value).toBe(2023);
  });

  it.each([
    ["TAHUN 2024", 2024],
    ["TAHUN ANGGARAN 2025", 2025],
    ["RENCANA AKSI KINERJA TAHUN 2025", 2025],
    ["Rencana Aksi Kinerja\nTahun 2026", 2026],
  ])("reads the plan year from the title %j", (title, year) => {
    expect(metaOf([[title]]).year?.value).toBe(year);
  });

  it.each([
    [[["Nama /Unit Organisasi : Sekretariat KPU Kota Prabumulih"]], "A1"],
    [[["Nama/Unit Organisasi", ":", "Sekretariat KPU Kota Prabumulih"]], "C1"],
    [[["Nama /Unit Organisasi", ": Sekretariat KPU Kota Prabumulih"]], "B1"],
    [[["Unit Organisasi:", "Sekretariat KPU Kota Prabumulih"]], "B1"],
    [[["Unit Kerja", "Sekretariat KPU Kota Prabumulih"]], "B1"],
  ])("reads the unit from a label line %j", (rows, address) => {
    const meta = metaOf(rows as Parameters<typeof sheet>[0]);
    expect(meta.unit?.value).toBe("Sekretariat KPU Kota Prabumulih");
    expect(meta.unit?.address).toBe(address);
  });

  it("reads the unit from a title line that names the office", () => {
    const meta = metaOf([["RENCANA AKSI KINERJA"], ["SEKRETARIAT KPU KOTA PRABUMULIH"], ["TAHUN 2024"]]);
    expect(meta.unit).toEqual({ value: "SEKRETARIAT KPU KOTA PRABUMULIH", address: "A2", row: 1, col: 0 });
    expect(meta.year?.value).toBe(2024);
    const oneLine = metaOf([["RENCANA AKSI KINERJA SEKRETARIAT KPU KOTA PRABUMULIH TAHUN 2025"]]);
    expect(oneLine.unit?.value).toBe("SEKRETARIAT KPU KOTA PRABUMULIH");
    expect(oneLine.year?.value).toBe(2025);
  });

  it("reads the office from the titles other offices give their indicator tables", () => {
    const unit = (title: string) => metaOf([[title]]).unit?.value ?? null;
    expect(unit("INDIKATOR KINERJA FAKULTAS TEKNIK UNIVERSITAS CONTOH TAHUN 2025")).toBe(
      "FAKULTAS TEKNIK UNIVERSITAS CONTOH",
    );
    expect(unit("Indikator Kinerja Utama Dinas Pendidikan Kabupaten Contoh")).toBe("Dinas Pendidikan Kabupaten Contoh");
    expect(unit("RENCANA KINERJA TAHUNAN BIRO UMUM TAHUN 2025")).toBe("BIRO UMUM");
    expect(unit("PERJANJIAN KINERJA INSPEKTORAT DAERAH")).toBe("INSPEKTORAT DAERAH");
    // A title that names no office still names none.
    expect(unit("INDIKATOR KINERJA TAHUN 2025")).toBeNull();
    expect(unit("Target capaian program prioritas")).toBeNull();
  });

  it("prefers the Nama/Unit Organisasi line to the title", () => {
    const meta = metaOf([["SEKRETARIAT KPU KOTA X"], ["Unit Organisasi : Subbagian Umum"]]);
    expect(meta.unit?.value).toBe("Subbagian Umum");
  });

  it("reads nothing from a sheet with nothing above the table, or only huge cells", () => {
    expect(metaOf([])).toEqual({ title: null, unit: null, year: null, tahunAnggaran: null });
    const huge = metaOf([["TAHUN 2024 " + "x".repeat(32000)]]);
    expect(huge.year).toBeNull();
  });
});
