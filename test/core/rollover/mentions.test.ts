import { findYearMentions, isEventYear } from "../../../src/core/rollover/mentions";
import { Grid } from "../../../src/core/reader/grid";
import { sheet } from "../../helpers/sheet";
import { planOf } from "../validate/rakSheet";

/**
 * The mentions of 2024 in one kegiatan cell (E4) of a 2024 plan rolled to 2025: a KPU plan (its
 * sasaran carries a code), or another office's.
 */
function mentionsOf(text: string, sasaran = "Sasaran (3355)") {
  const s = sheet([
    ["RENCANA AKSI KINERJA TAHUN 2024"],
    [],
    ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "B1", "Pelaksana"],
    [1, sasaran, "Indikator", 100, text, "v", "Subbagian Umum"],
  ]);
  return findYearMentions(planOf(s), new Grid(s), 2024, 2025, [{ row: 0, col: 0 }]);
}

describe("year mentions: the plan's own year, or an election's", () => {
  it.each([
    "Penyusunan Laporan Pemilu Tahun 2024",
    "Pengumuman Pembentukan KPPS Pemilu 2024",
    "Bimtek KPPS Pilkada 2024",
    "Sosialisasi Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Fasilitasi Pemilu dan Pemilihan Serentak Tahun 2024",
  ])("%j names an election: listed apart, with no proposal", (text) => {
    const m = mentionsOf(text);
    expect(m.years).toEqual([]);
    expect(m.events.map((e) => [e.address, e.text, e.years])).toEqual([["E4", text, [2024]]]);
  });

  it.each([
    ["Penyusunan rencana kerja tahun 2024", "Penyusunan rencana kerja tahun 2025"],
    ["Laporan keuangan Tahun 2023", "Laporan keuangan Tahun 2024"],
    ["Tahun 2024: persiapan Pemilu", "Tahun 2025: persiapan Pemilu"],
  ])("%j is the plan's own year: proposed as %j", (text, suggestion) => {
    const m = mentionsOf(text);
    expect(m.events).toEqual([]);
    expect(m.years.map((y) => [y.text, y.suggestion, y.eventYears])).toEqual([[text, suggestion, []]]);
  });

  it("moves only the plan's year in a cell that names an election's year too", () => {
    const m = mentionsOf("Evaluasi Pemilu Tahun 2024 dalam rencana kerja tahun 2024");
    expect(m.years.map((y) => [y.suggestion, y.years, y.eventYears])).toEqual([
      ["Evaluasi Pemilu Tahun 2024 dalam rencana kerja tahun 2025", [2024], [2024]],
    ]);
    expect(m.events).toEqual([]);
  });

  it.each([
    ["Pemilihan Mahasiswa Berprestasi Tahun 2024", "Pemilihan Mahasiswa Berprestasi Tahun 2025"],
    ["Pemilihan duta wisata tahun 2024", "Pemilihan duta wisata tahun 2025"],
  ])("%j in another office's plan is a yearly selection, not an election: proposed as %j", (text, suggestion) => {
    const m = mentionsOf(text, "Meningkatnya prestasi mahasiswa");
    expect(m.events).toEqual([]);
    expect(m.years.map((y) => [y.text, y.suggestion])).toEqual([[text, suggestion]]);
  });

  it.each(["Fasilitasi Pilkada 2024", "Pengamanan Pemilihan Bupati dan Wakil Bupati Tahun 2024", "Pemilu 2024"])(
    "%j still names an election in another office's plan",
    (text) => {
      const m = mentionsOf(text, "Meningkatnya kondusivitas daerah");
      expect(m.years).toEqual([]);
      expect(m.events.map((e) => e.text)).toEqual([text]);
    },
  );

  it.each([
    "Reviu Renstra 2020-2024",
    "Evaluasi Renstra 2020 – 2024",
    "Capaian RPJMD 2019 s.d. 2024",
    "Penyusunan Renstra 2024-2029",
  ])("%j is a multi-year period, not the plan year: neither proposed nor listed", (text) => {
    const m = mentionsOf(text);
    expect([m.years, m.events]).toEqual([[], []]);
  });

  it("moves both years of a yearly span such as an academic year, and only the plan's year beside a period", () => {
    expect(mentionsOf("Wisuda Tahun Akademik 2023/2024").years.map((y) => y.suggestion)).toEqual([
      "Wisuda Tahun Akademik 2024/2025",
    ]);
    expect(mentionsOf("Rencana kerja tahun 2024 sesuai Renstra 2020-2024").years.map((y) => y.suggestion)).toEqual([
      "Rencana kerja tahun 2025 sesuai Renstra 2020-2024",
    ]);
  });

  it("looks for the election word in the same clause only", () => {
    expect(isEventYear("Pemilu. Rencana tahun 2024", 21)).toBe(false);
    expect(isEventYear("Pemilu Tahun 2024", 13)).toBe(true);
  });
});
