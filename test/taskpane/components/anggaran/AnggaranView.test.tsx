/** @jest-environment jsdom */
import "../../helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as anggaran from "../../../../src/app/anggaran";
import * as periksa from "../../../../src/app/periksa";
import { hostFrom, modelValues } from "../../../host/grid";
import { gatedSession, hostWith, renderPane } from "../../helpers/pane";
import { MONTH_SHEET, monthlyPlan } from "../../helpers/monthGrids";
import { plannedWithProblems, SHEET, unrecognisedHeader } from "../../helpers/rakGrids";

function monthlyHost() {
  return hostFrom({ [MONTH_SHEET]: monthlyPlan() });
}

/** A table's rows (body and foot) as text, cell by cell. */
function rowsOf(name: string): string[][] {
  const table = screen.getByRole("table", { name });
  return Array.from(table.querySelectorAll("tbody tr, tfoot tr")).map((tr) =>
    Array.from(tr.children).map((c) => c.textContent ?? ""),
  );
}

/** The grand total the budget part shows, once read. */
async function shownTotal(): Promise<string> {
  const results = await screen.findByRole("region", { name: "Hasil anggaran" });
  const term = await within(results).findByText("Total anggaran", { selector: "dt" });
  return term.nextElementSibling?.textContent ?? "";
}

afterEach(() => jest.restoreAllMocks());

describe("Anggaran view: the budget", () => {
  it("says a table without a budget column has none: no Rp 0, no tables of zeros", async () => {
    const host = hostFrom({
      Lampiran: [
        ["RENCANA AKSI KINERJA DINAS PENDIDIKAN TAHUN 2024"],
        [],
        ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "TW I", "TW II", "TW III", "TW IV", "Penanggung Jawab"],
        [1, "Akses pendidikan", "Angka partisipasi", "≥ 85", "Bantuan sekolah", "v", null, null, null, "Bidang SD"],
      ],
    });
    renderPane(host, { action: "anggaran" });
    expect(await shownTotal()).toBe("tanpa kolom anggaran");
    expect(screen.queryByRole("table", { name: "Per sasaran" })).toBeNull();
    expect(screen.queryByText(/Rp 0/)).toBeNull();
  });

  it("a table with a budget but no month or quarter columns: no period table, nothing 'belum terjadwal', no RPD draft to offer", async () => {
    const host = hostFrom({
      Lampiran: [
        ["RENCANA AKSI KINERJA DINAS PENDIDIKAN TAHUN 2024"],
        [],
        ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "Anggaran (Rp)", "Penanggung Jawab"],
        [1, "Akses pendidikan", "Angka partisipasi", "≥ 85", "Bantuan sekolah", 150000000, "Bidang SD"],
        [2, "Mutu pendidikan", "Opini BPK", "WTP", "Tata kelola", 25000000, "Sekretariat"],
      ],
    });
    renderPane(host, { action: "anggaran" });
    expect(await shownTotal()).toBe("Rp 175.000.000");
    expect(screen.getByRole("table", { name: "Per sasaran" })).toBeTruthy();
    expect(screen.queryByRole("table", { name: /^Per (bulan|triwulan)$/ })).toBeNull();
    expect(screen.queryByText(/Belum terjadwal|belum punya jadwal/)).toBeNull();
    expect(screen.queryByRole("checkbox", { name: /RPD/ })).toBeNull();
  });

  it("opened by the ribbon's Anggaran, totals the sheet at once: per sasaran, code, pelaksana and month", async () => {
    renderPane(monthlyHost(), { action: "anggaran" });

    expect(screen.getByRole("tab", { name: "Anggaran" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tab", { name: "Rincian anggaran" }).getAttribute("aria-selected")).toBe("true");
    expect(await shownTotal()).toBe("Rp 2.000.000");
    expect(screen.getByText("Lembar RAK 2025")).toBeTruthy();

    // The code under each sasaran, not a column of its own: a 320 px pane has no room for four.
    expect(rowsOf("Per sasaran")).toEqual([
      ["1", "Perencanaan Program dan Anggaran Kode 6709", "Rp 1.200.000"],
      ["2", "Penetapan Hasil Pemilu Kode 6982", "Rp 300.000"],
      ["3", "Operasional Perkantoran Kode 3360", "Rp 500.000"],
      ["Jumlah", "Rp 2.000.000"],
    ]);
    // Each amount is read with its row's sasaran and its column.
    const sasaran = screen.getByRole("table", { name: "Per sasaran" });
    expect(within(sasaran).getByRole("rowheader", { name: "Penetapan Hasil Pemilu Kode 6982" })).toBeTruthy();
    expect(
      within(sasaran)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["No", "Sasaran", "Anggaran"]);
    expect(rowsOf("Per kode kegiatan")[0]).toEqual(["6709", "1", "Rp 1.200.000"]);

    // Sasaran 1 is split between two pelaksana by row count: both rows say so, the third does not.
    expect(rowsOf("Per pelaksana")).toEqual([
      ["Subbagian Rendatintermasuk bagian anggaran sasaran 1, dibagi menurut jumlah baris", "Rp 600.000"],
      ["Subbagian Keuangantermasuk bagian anggaran sasaran 1, dibagi menurut jumlah baris", "Rp 1.100.000"],
      ["Subbagian Teknis", "Rp 300.000"],
      ["Jumlah", "Rp 2.000.000"],
    ]);
    const notes = screen.getByRole("list", { name: "Catatan anggaran" });
    expect(
      within(notes)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Anggaran sasaran 1 dibagi ke beberapa pelaksana menurut jumlah baris masing-masing.",
      "Sasaran 2 (Rp 300.000) belum punya jadwal pelaksanaan, jadi belum masuk pembagian per bulan atau triwulan.",
    ]);

    const months = rowsOf("Per bulan");
    expect(months).toHaveLength(14);
    expect(months[0]).toEqual(["B1", "Rp 400.000"]);
    expect(months[11]).toEqual(["B12", "Rp 0"]);
    expect(months[12]).toEqual(["Belum terjadwal (Sasaran 2)", "Rp 300.000"]);
    expect(months[13]).toEqual(["Jumlah", "Rp 2.000.000"]);
    expect(screen.getByRole("status").textContent).toBe("Anggaran dihitung: total Rp 2.000.000.");
  });

  it("Bulan / Triwulan: the quarters are the months folded (B1-B3 is TW I)", async () => {
    const user = userEvent.setup();
    renderPane(monthlyHost(), { action: "anggaran" });
    await shownTotal();
    const group = screen.getByRole("group", { name: "Anggaran per periode" });
    expect(within(group).getByRole("button", { name: "Bulan" }).getAttribute("aria-pressed")).toBe("true");

    await user.click(within(group).getByRole("button", { name: "Triwulan" }));

    expect(screen.queryByRole("table", { name: "Per bulan" })).toBeNull();
    expect(rowsOf("Per triwulan")).toEqual([
      ["TW I", "Rp 1.200.000"],
      ["TW II", "Rp 187.500"],
      ["TW III", "Rp 187.500"],
      ["TW IV", "Rp 125.000"],
      ["Belum terjadwal (Sasaran 2)", "Rp 300.000"],
      ["Jumlah", "Rp 2.000.000"],
    ]);
    expect(within(group).getByRole("button", { name: "Triwulan" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("a quarterly table: its quarters only, and the draft RPD shifts by a quarter", async () => {
    renderPane(hostWith(SHEET, plannedWithProblems()), { action: "anggaran" });
    expect(await shownTotal()).toBe("Rp 23.142.485.000");
    expect(screen.queryByRole("group", { name: "Anggaran per periode" })).toBeNull();
    expect(rowsOf("Per triwulan").map((r) => r[0])).toEqual([
      "TW I",
      "TW II",
      "TW III",
      "TW IV",
      "Belum terjadwal (Sasaran 3)",
      "Jumlah",
    ]);
    expect(screen.getByRole("checkbox", { name: "Geser 1 triwulan" })).toBeTruthy();
  });

  it("shows its progress while it reads, and keeps the buttons focusable but inert", async () => {
    const host = monthlyHost();
    const session = gatedSession(host);
    renderPane(host, { action: "anggaran", session });

    const progress = await screen.findByRole("progressbar", { name: "Menghitung anggaran…" });
    expect(progress).toBeTruthy();
    expect(screen.getByRole("region", { name: "Hasil anggaran" }).getAttribute("aria-busy")).toBe("true");
    const write = screen.getByRole("button", { name: "Tulis ke lembar" });
    expect(write.getAttribute("aria-disabled")).toBe("true");

    session.release();
    expect(await shownTotal()).toBe("Rp 2.000.000");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(write.getAttribute("aria-disabled")).toBeNull();
  });

  it("a sheet with no RAK says so, and offers nothing to write", async () => {
    renderPane(hostWith("Catatan", unrecognisedHeader()), { action: "anggaran" });
    const alert = await screen.findByText(/Rakit tidak menemukan tabel RAK di lembar "Catatan"/);
    expect(alert.closest('[role="status"]')?.textContent).toContain("Tidak ada RAK di lembar ini");
    expect(screen.getByRole("button", { name: "Tulis ke lembar" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("Anggaran view and Periksa", () => {
  it("reads the table at the header row the user pointed at in Periksa", async () => {
    const user = userEvent.setup();
    const host = hostWith("Lembar1", unrecognisedHeader());
    const compute = jest.spyOn(anggaran, "computeBudget");
    renderPane(host, { action: "periksa" });
    await screen.findByText("Tidak ada RAK di lembar ini");
    await user.type(screen.getByRole("spinbutton", { name: "Baris judul kolom" }), "3");
    await user.click(screen.getByRole("button", { name: "Baca ulang" }));
    await screen.findByRole("region", { name: "Ringkasan RAK" });

    await user.click(screen.getByRole("tab", { name: "Anggaran" }));

    expect(await shownTotal()).toBe("Rp 15.048.000");
    expect(compute).toHaveBeenCalledWith(host, { headerRow: 2 });
  });
});

describe("Tulis ke lembar", () => {
  it("writes JUMLAH and the Rekap sheet as formulas, shows every note of the write, then runs Periksa again", async () => {
    const user = userEvent.setup();
    const host = monthlyHost();
    const check = jest.spyOn(periksa, "checkSheet");
    renderPane(host, { action: "anggaran" });
    await shownTotal();
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1)); // the read on open

    await user.click(screen.getByRole("button", { name: "Tulis ke lembar" }));

    const bar = await screen.findByText("Ditulis ke lembar: RAK 2025, Rekap Anggaran");
    const notes = within(bar.closest('[role="status"]') as HTMLElement).getByRole("list", { name: "Catatan anggaran" });
    expect(
      within(notes)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Baris JUMLAH disisipkan di baris 11 dengan rumus =SUM(R7:R10); baris di bawahnya (tanda tangan) bergeser ke bawah.",
      'Lembar "Rekap Anggaran" dibuat.',
      "Anggaran sasaran 1 dibagi ke beberapa pelaksana menurut jumlah baris masing-masing.",
      "Sasaran 2 (Rp 300.000) belum punya jadwal pelaksanaan, jadi belum masuk pembagian per bulan atau triwulan.",
    ]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([MONTH_SHEET, "Rekap Anggaran"]);
    expect(host.workbook.sheetByName(MONTH_SHEET)?.getCell(10, 17)?.formula).toBe("=SUM(R7:R10)");
    expect(modelValues(host, MONTH_SHEET, "R11")).toEqual([[2_000_000]]);
    expect(await shownTotal()).toBe("Rp 2.000.000");
    await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(screen.getAllByRole("status").at(-1)?.textContent).toBe(
        "Anggaran ditulis ke lembar sebagai rumus, lalu lembar diperiksa lagi.",
      ),
    );
  });

  it("with Draf RPD and Geser 1 bulan, also the RPD Draf sheet, drawn a month later", async () => {
    const user = userEvent.setup();
    const host = monthlyHost();
    const write = jest.spyOn(anggaran, "writeBudget");
    renderPane(host, { action: "anggaran" });
    await shownTotal();

    // Geser 1 bulan only means something with the draft: until then it does nothing.
    const lag = screen.getByRole("checkbox", { name: "Geser 1 bulan" });
    expect(lag.getAttribute("aria-disabled")).toBe("true");
    await user.click(lag);
    expect((lag as HTMLInputElement).checked).toBe(false);

    await user.click(screen.getByRole("checkbox", { name: "Draf RPD" }));
    expect(lag.getAttribute("aria-disabled")).toBeNull();
    // Keyboard: Tab to the lag and Space ticks it.
    (screen.getByRole("checkbox", { name: "Draf RPD" }) as HTMLInputElement).focus();
    await user.tab();
    expect(document.activeElement).toBe(lag);
    await user.keyboard(" ");
    expect((lag as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole("button", { name: "Tulis ke lembar" }));
    await screen.findByText("Ditulis ke lembar: RAK 2025, Rekap Anggaran, RPD Draf");
    expect(write).toHaveBeenCalledWith(host, { sheet: MONTH_SHEET, rpd: { lag: 1 } });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([MONTH_SHEET, "Rekap Anggaran", "RPD Draf"]);
    expect(screen.getByText(/Penarikan dana digeser satu bulan sesudah kegiatan/)).toBeTruthy();
  });

  it("a failed write is shown in the error bar, worded for the user, and nothing is claimed written", async () => {
    const user = userEvent.setup();
    const host = monthlyHost();
    jest
      .spyOn(anggaran, "writeBudget")
      .mockRejectedValue(Object.assign(new Error("The sheet is protected"), { code: "AccessDenied" }));
    const check = jest.spyOn(periksa, "checkSheet");
    renderPane(host, { action: "anggaran" });
    await shownTotal();
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));

    await user.click(screen.getByRole("button", { name: "Tulis ke lembar" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Anggaran tidak dapat ditulis ke lembar");
    expect(alert.textContent).toContain("Lembar ini diproteksi.");
    expect(alert.textContent).toContain("Kode: AccessDenied");
    expect(screen.queryByText(/Ditulis ke lembar/)).toBeNull();
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([MONTH_SHEET]);
    expect(check).toHaveBeenCalledTimes(1); // no re-check after a failed write
    // The numbers read before stay on screen.
    expect(await shownTotal()).toBe("Rp 2.000.000");

    await user.click(within(alert).getByRole("button", { name: "Tutup pesan" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("Anggaran view in English", () => {
  it("words the totals and the controls in English; rupiah stay Indonesian", async () => {
    renderPane(monthlyHost(), { action: "anggaran", displayLanguage: "en-US" });
    const results = await screen.findByRole("region", { name: "Budget results" });
    const term = await within(results).findByText("Total budget", { selector: "dt" });
    expect(term.nextElementSibling?.textContent).toBe("Rp 2.000.000");
    expect(screen.getByRole("button", { name: "Write to sheet" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Draft RPD" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Schedule" })).toBeTruthy();
    expect(rowsOf("By sasaran")[1]).toEqual(["2", "Penetapan Hasil Pemilu Code 6982", "Rp 300.000"]);
  });
});
