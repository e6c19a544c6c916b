import { readPlan } from "../../../src/core/reader";
import { formatNoTable } from "../../../src/core/i18n/noTable";
import { sheet } from "../../helpers/sheet";

/** What the reader says of a sheet without a RAK table, in both languages. */
function why(rows: Parameters<typeof sheet>[0]): { id: string; en: string } {
  const result = readPlan(sheet(rows));
  if (result.ok) throw new Error("a table was found");
  return { id: formatNoTable(result.diagnosis, "id"), en: formatNoTable(result.diagnosis, "en") };
}

describe("why there is no RAK table", () => {
  it("names the header words read and the body column missing, never a column the sheet has", () => {
    expect(why([["Rencana"], ["No", "Sasaran strategis", "Ukuran", "Nilai", "Perkiraan Biaya (Rp)"]]).id).toBe(
      "Kepala kolom yang terbaca di baris 2: No, Sasaran strategis, Perkiraan Biaya (Rp). Belum ada kolom Indikator atau Kegiatan.",
    );
  });

  it("with Indikator and Target read, asks for one more kind of column, not for them", () => {
    expect(
      why([
        ["Indikator Kinerja", "Target"],
        ["Persentase", 100],
      ]),
    ).toEqual({
      id: "Kepala kolom yang terbaca di baris 1: Indikator Kinerja, Target. Perlu satu jenis kolom lagi, mis. bulan (B1–B12) atau triwulan (TW I–IV), No, Sasaran.",
      en: "Column headings read in row 1: Indikator Kinerja, Target. One more kind of column is needed, e.g. months (B1–B12) or quarters (TW I–IV), No, Sasaran.",
    });
  });

  it("says when no header word is there at all", () => {
    expect(why([["Daftar hadir"], ["Nama", "Tanda tangan"]]).en).toBe(
      "No RAK column headings found (No, Sasaran, Indikator, Target, Kegiatan, …).",
    );
  });
});
