import { isKpuPlan } from "../../../src/core/validate";
import { planOf } from "./rakSheet";
import { sheet } from "../../helpers/sheet";

/** A plan with one title line, a unit line and one-row sasaran titled as given. */
function plan(title: string, unit: string | null, ...sasaran: string[]) {
  return planOf(
    sheet([
      [title],
      unit === null ? [] : ["Nama /Unit Organisasi", `: ${unit}`],
      ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "B1"],
      ...sasaran.map((s, i) => [i + 1, s, "Indikator", 100, "Kegiatan", "v"]),
    ]),
  );
}

describe("isKpuPlan: the KPU conventions apply to a KPU office's plan only", () => {
  it.each([
    ["its unit names the KPU", plan("RENCANA AKSI KINERJA TAHUN 2024", "Sekretariat KPU Kota Prabumulih", "Sasaran")],
    ["its title names the Komisi Pemilihan Umum", plan("RAK KOMISI PEMILIHAN UMUM KABUPATEN CONTOH 2024", null, "A")],
    ["its unit is Aceh's KIP", plan("RENCANA AKSI KINERJA TAHUN 2024", "Sekretariat KIP Kabupaten Aceh Besar", "A")],
    ["most of its sasaran carry a code", plan("RAK 2024", "Subbagian Teknis", "A (6867)", "B (6870)", "C")],
  ])("when %s", (_why, p) => {
    expect(isKpuPlan(p)).toBe(true);
  });

  it.each([
    ["a Pemda's agency", plan("RAK DINAS PENDIDIKAN TAHUN 2024", "Dinas Pendidikan Kabupaten Contoh", "A", "B")],
    ["a faculty with one coded sasaran of three", plan("RAK FAKULTAS TEKNIK 2025", null, "A (1234)", "B", "C")],
    ["a unit whose name merely contains the letters", plan("RAK 2024", "Bagian Kepegawaian (SKPUD)", "A")],
  ])("not for %s", (_why, p) => {
    expect(isKpuPlan(p)).toBe(false);
  });
});
