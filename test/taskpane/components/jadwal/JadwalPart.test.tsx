/** @jest-environment jsdom */
import "../../helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as jadwal from "../../../../src/app/jadwal";
import * as periksa from "../../../../src/app/periksa";
import { hostFrom } from "../../../host/grid";
import { conditionalFormatCount, hostWith, renderPane, selectedAddress, typeInto } from "../../helpers/pane";
import { MONTH_SHEET, monthlyPlan } from "../../helpers/monthGrids";
import { plannedWithProblems, SHEET } from "../../helpers/rakGrids";

/** The pane on the Anggaran view's Jadwal part, once the schedule is read. */
async function openJadwal(host = hostFrom({ [MONTH_SHEET]: monthlyPlan() }), displayLanguage?: string) {
  const user = userEvent.setup();
  renderPane(host, { action: "anggaran", displayLanguage });
  await user.click(screen.getByRole("tab", { name: displayLanguage ? "Schedule" : "Jadwal" }));
  await screen.findByRole("heading", { name: displayLanguage ? /^Rows without a schedule/ : /^Baris tanpa jadwal/ });
  return { user, host };
}

/** The counts under each header of a period map, read through the cells' headers= attribute. */
function counts(name: string): Record<string, string> {
  const table = screen.getByRole("table", { name });
  const out: Record<string, string> = {};
  for (const td of Array.from(table.querySelectorAll("td"))) {
    const header = table.ownerDocument.getElementById(td.getAttribute("headers") ?? "");
    out[header?.textContent ?? "?"] = td.textContent ?? "";
  }
  return out;
}

function lastStatus(): string {
  return screen.getAllByRole("status").at(-1)?.textContent ?? "";
}

afterEach(() => jest.restoreAllMocks());

describe("Jadwal: the schedule", () => {
  it("rows per month in two bands of six, per quarter, and the months no row plans", async () => {
    await openJadwal();

    const months = screen.getByRole("table", { name: "Baris per bulan" });
    const rows = within(months).getAllByRole("row");
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ["B1", "B2", "B3", "B4", "B5", "B6"],
      ["1", "1", "1", "1", "1", "1"],
      ["B7", "B8", "B9", "B10", "B11", "B12"],
      ["1", "1", "1", "1", "1", "0"],
    ]);
    // Every count names its own header, in the second band too.
    expect(counts("Baris per bulan")).toMatchObject({ B1: "1", B7: "1", B12: "0" });
    expect(screen.getByText("Bulan tanpa kegiatan: B12.")).toBeTruthy();

    // TW I counts a row once however many of its months it plans: rows 7 and 8.
    expect(counts("Baris per triwulan")).toEqual({ "TW I": "2", "TW II": "1", "TW III": "1", "TW IV": "1" });
    expect(screen.getByText("Setiap triwulan punya kegiatan.")).toBeTruthy();
    expect(screen.getByText("4 baris kegiatan di lembar RAK 2025.")).toBeTruthy();
    expect(lastStatus()).toBe("Jadwal dibaca: 1 baris tanpa jadwal.");
  });

  it("lists the rows with no period; choosing one selects its period cells, by mouse or keyboard", async () => {
    const { user, host } = await openJadwal();
    const spy = jest.spyOn(periksa, "selectRange");

    const list = screen.getByRole("list", { name: "Baris tanpa jadwal" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "Baris 9Persentase Penetapan Hasil Pemilu tepat waktuPenyusunan Laporan Pemilu",
    ]);

    await user.click(within(list).getByRole("button", { name: /^Baris 9/ }));
    await waitFor(() => expect(spy).toHaveBeenCalledWith(host, MONTH_SHEET, "F9:Q9"));
    expect(await selectedAddress(host)).toBe(`'${MONTH_SHEET}'!F9:Q9`);

    // Select another cell, then choose the row again from the keyboard.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(MONTH_SHEET).getRange("A1").select();
      await context.sync();
    });
    within(list).getByRole("button").focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    expect(await selectedAddress(host)).toBe(`'${MONTH_SHEET}'!F9:Q9`);
  });

  it('Sorot jadwal adds the rules; after "v" is typed Hitung ulang finds every row planned; Hapus sorotan jadwal removes them', async () => {
    const { user, host } = await openJadwal();

    await user.click(screen.getByRole("button", { name: "Sorot jadwal" }));
    await waitFor(() => expect(lastStatus()).toContain("Warna hilang sendiri begitu tanda"));
    expect(await conditionalFormatCount(host, MONTH_SHEET)).toBeGreaterThan(0);

    await typeInto(host, MONTH_SHEET, "K9", [["v"]]);
    await user.click(screen.getByRole("button", { name: "Hitung ulang" }));
    await screen.findByText("Setiap baris punya jadwal.");
    expect(screen.queryByRole("list", { name: "Baris tanpa jadwal" })).toBeNull();
    expect(counts("Baris per bulan")).toMatchObject({ B6: "2" });

    await user.click(screen.getByRole("button", { name: "Hapus sorotan jadwal" }));
    await waitFor(() => expect(lastStatus()).toContain("Warna jadwal dari Rakit dihapus"));
    expect(await conditionalFormatCount(host, MONTH_SHEET)).toBe(0);
  });

  it("Sorot jadwal failing is shown in the error bar; the schedule stays on screen", async () => {
    const { user } = await openJadwal();
    jest
      .spyOn(jadwal, "highlightSchedule")
      .mockRejectedValue(Object.assign(new Error("locked"), { code: "AccessDenied" }));

    await user.click(screen.getByRole("button", { name: "Sorot jadwal" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Jadwal tidak dapat disorot");
    expect(alert.textContent).toContain("Lembar ini diproteksi.");
    expect(screen.getByRole("table", { name: "Baris per bulan" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Hasil jadwal" }).getAttribute("aria-busy")).toBe("false");
  });

  it("a quarterly table has only the quarters", async () => {
    await openJadwal(hostWith(SHEET, plannedWithProblems()));
    expect(screen.queryByRole("table", { name: "Baris per bulan" })).toBeNull();
    expect(counts("Baris per triwulan")).toEqual({ "TW I": "1", "TW II": "1", "TW III": "0", "TW IV": "0" });
    expect(screen.getByText("Triwulan tanpa kegiatan: TW III, TW IV.")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Baris tanpa jadwal" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.slice(0, 7)),
    ).toEqual(["Baris 9"]);
  });

  it("a table without month or quarter columns says so: no maps, no row 'without a schedule', the sheet untouched", async () => {
    const host = hostWith("Lampiran", [
      ["RENCANA AKSI KINERJA DINAS PENDIDIKAN TAHUN 2025"],
      [],
      [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "Program/Kegiatan",
        "Anggaran (Rp)",
        "Penanggung Jawab",
      ],
      [
        1,
        "Meningkatnya akses pendidikan",
        "Angka Partisipasi Kasar SD",
        98,
        "Program wajib belajar",
        150000000,
        "Bidang Dikdas",
      ],
      [
        2,
        "Meningkatnya mutu pendidikan",
        "Opini BPK atas laporan",
        "WTP",
        "Program tata kelola",
        25000000,
        "Sekretariat",
      ],
    ]);
    const user = userEvent.setup();
    renderPane(host, { action: "anggaran" });
    await user.click(screen.getByRole("tab", { name: "Jadwal" }));
    const line = "Tabel ini tidak punya kolom bulan atau triwulan, jadi tidak ada jadwal untuk dibaca.";
    await within(screen.getByRole("region", { name: "Hasil jadwal" })).findByText(line);
    expect(screen.queryByRole("table", { name: "Baris per triwulan" })).toBeNull();
    expect(screen.queryByRole("heading", { name: /^Baris tanpa jadwal/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Sorot jadwal" }));
    await waitFor(() => expect(lastStatus()).toContain("Lembar tidak diubah."));
    expect(await conditionalFormatCount(host, "Lampiran")).toBe(0);
  });

  it("in English", async () => {
    await openJadwal(undefined, "en-US");
    expect(screen.getByRole("table", { name: "Rows per month" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Highlight schedule" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear schedule highlights" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Rows without a schedule" }).textContent).toContain("Row 9");
  });
});
