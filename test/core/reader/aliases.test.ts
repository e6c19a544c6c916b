import { bareNumberLabel, periodOfLabel, roleOfLabel } from "../../../src/core/reader/aliases";
import { normalizeLabel } from "../../../src/core/reader/normalize";

const role = (text: string) => roleOfLabel(normalizeLabel(text));
const period = (text: string) => periodOfLabel(normalizeLabel(text));

describe("header aliases", () => {
  it("resolves by exact phrase, then by the longest alias the label starts with", () => {
    expect(role("Rencana Kegiatan")).toBe("kegiatan");
    expect(role("Rencana Aksi")).toBe("kegiatan");
    expect(role("Rencana Pelaksanaan")).toBe("periodGroup");
    expect(role("Rencana Pelaksanaan Kegiatan")).toBe("periodGroup");
    expect(role("Sasaran / Kegiatan")).toBe("sasaran");
    expect(role("Target Triwulan")).toBe("periodGroup");
    expect(role("Target Kinerja 2024")).toBe("target");
    expect(role("Indikator Kinerja Utama (IKU)")).toBe("indikator");
    expect(role("Keterangan")).toBe("other");
  });

  it("does not stretch short aliases over other words", () => {
    expect(role("Nominal")).toBeNull();
    expect(role("PJOK")).toBeNull();
    expect(role("Daftar Hadir")).toBeNull();
  });

  it.each([
    ["B1", "month", 1],
    ["B12", "month", 12],
    ["Jan", "month", 1],
    ["Mei", "month", 5],
    ["May", "month", 5],
    ["Agu", "month", 8],
    ["Agt", "month", 8],
    ["Agustus", "month", 8],
    ["Aug", "month", 8],
    ["Okt", "month", 10],
    ["Oct", "month", 10],
    ["Des", "month", 12],
    ["Dec", "month", 12],
    ["Bulan ke-7", "month", 7],
    ["TW I", "quarter", 1],
    ["TW IV", "quarter", 4],
    ["Triwulan III", "quarter", 3],
    ["Q2", "quarter", 2],
  ])("%j is %s %d", (text, kind, n) => {
    expect(period(text)).toEqual({ kind, period: n });
  });

  it("leaves plain numbers to the group check", () => {
    expect(period("1")).toBeNull();
    expect(bareNumberLabel("12")).toEqual({ n: 12, roman: false });
    expect(bareNumberLabel("13")).toBeNull();
    expect(bareNumberLabel("iv")).toEqual({ n: 4, roman: true });
  });
});
