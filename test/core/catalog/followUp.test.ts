import { isFollowUpRow } from "../../../src/core/catalog/followUp";
import { HEAD, allRows, m, read } from "../reader/table";

describe("rows that follow their stage: reports and evaluations", () => {
  it("are known by their kegiatan, or by the indicator when the kegiatan is blank", () => {
    const plan = read([
      HEAD,
      [1, "S (6870)", "Persentase pelaporan dana kampanye", 100, "Sosialisasi dana kampanye", ...m(1)],
      ["", "", "I", 100, "Penyusunan Laporan Pemilu Tahun 2024", ...m(1)],
      ["", "", "I", 100, "Monev pelaksanaan kampanye", ...m(1)],
      ["", "", "Persentase pelaporan tepat waktu", 100, "", ...m(1)],
    ]);
    expect(allRows(plan).map(isFollowUpRow)).toEqual([false, true, true, true]);
  });
});
