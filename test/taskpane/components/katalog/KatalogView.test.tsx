/** @jest-environment jsdom */
import "../../helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hostFrom, modelValues } from "../../../host/grid";
import { renderPane, selectedAddress } from "../../helpers/pane";
import { plannedWithProblems, SHEET } from "../../helpers/rakGrids";

const GAJI = /^Penyusunan Daftar Slip Gaji Pegawai dan Uang Kehormatan KPU Kota Prabumulih$/;

/** A Katalog sheet with one bad row: month 13. */
function badKatalog() {
  return [
    ["Kode", "Nama Kegiatan", "Indikator", "Satuan", "Target", "Kegiatan", "Bulan", "Pelaksana", "Jenis"],
    [
      "9001",
      "Layanan Informasi Publik",
      "Persentase permohonan informasi dijawab tepat waktu",
      "%",
      100,
      "Pelayanan PPID",
      "1-13",
      "Subbagian Rendatin",
      "Rutin",
    ],
  ];
}

async function openKatalog(host = hostFrom({ [SHEET]: plannedWithProblems() })) {
  const user = userEvent.setup();
  renderPane(host, { action: "katalog" });
  await screen.findByText(/^\d+ dari \d+ entri, Katalog standar Rakit/);
  return { user, host };
}

describe("Katalog view", () => {
  it("opened by the ribbon's Katalog: every entry, grouped by code with its season", async () => {
    await openKatalog();
    expect(screen.getByRole("tab", { name: "Katalog" }).getAttribute("aria-selected")).toBe("true");
    const routine = screen.getByRole("region", { name: /^3355 / });
    expect(within(routine).getByText("Rutin, sepanjang tahun")).toBeTruthy();
    const campaign = screen.getByRole("region", { name: "6870 Masa Kampanye Pemilu" });
    expect(
      within(campaign).getByText(
        /^Tahapan Masa Kampanye Pemilu dan Pemilihan 2024: 28 Nov 2023 – 10 Feb 2024; 11 Feb 2024 – 31 Mar 2024/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(/^Katalog dibaca: \d+ entri, 0 sudah ada di RAK\.$/);
  });

  it("searches ignoring case and accents, words in any order", async () => {
    const { user } = await openKatalog();
    const search = screen.getByRole("searchbox", { name: "Cari katalog" });
    for (const query of ["gaji", "SLIP gaji", "Gají Pegawai"]) {
      await user.clear(search);
      await user.type(search, query);
      expect(screen.getByRole("checkbox", { name: GAJI })).toBeTruthy();
      expect(screen.queryByRole("region", { name: "6870 Masa Kampanye Pemilu" })).toBeNull();
    }
    await user.clear(search);
    await user.type(search, "tidakadaentriini");
    expect(screen.getByText('Tidak ada entri yang cocok dengan "tidakadaentriini".')).toBeTruthy();
  });

  it("Sisipkan: the chosen entry goes into the sheet, its row selected; notes shown; Periksa runs again", async () => {
    const { user, host } = await openKatalog();
    const insert = screen.getByRole("button", { name: "Sisipkan" });
    expect(insert.getAttribute("aria-disabled")).toBe("true");
    await user.type(screen.getByRole("searchbox", { name: "Cari katalog" }), "gaji");
    await user.click(screen.getByRole("checkbox", { name: GAJI }));
    expect(insert.textContent).toBe("Sisipkan (1)");
    expect(insert.getAttribute("aria-disabled")).toBeNull();

    await user.click(insert);

    const rows = await screen.findByRole("list", { name: "Baris yang disisipkan" });
    const line = within(rows).getByRole("listitem").textContent ?? "";
    const m = /^Baris (\d+), sasaran (\d+): (.*)$/.exec(line);
    expect(m?.[3]).toMatch(GAJI);
    const row = Number(m?.[1]);
    // The new row holds the entry's kegiatan, and it is selected across the table.
    expect(modelValues(host, SHEET, `E${row}`)).toEqual([
      ["Penyusunan Daftar Slip Gaji Pegawai dan Uang Kehormatan KPU Kota Prabumulih"],
    ]);
    expect(await selectedAddress(host)).toBe(`'${SHEET}'!A${row}:K${row}`);
    expect(screen.getByRole("list", { name: "Catatan sisipan" })).toBeTruthy();
    expect(await screen.findByText(/^Diperiksa lagi: \d+ kesalahan, \d+ peringatan\.$/)).toBeTruthy();
    // Read again: the entry is now marked as in the plan (the search stays), and the choice is cleared.
    const box = await screen.findByRole("checkbox", { name: GAJI });
    expect((box as HTMLInputElement).checked).toBe(false);
    const hintId = box.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(hintId)?.textContent).toMatch(new RegExp(`^Sudah ada di RAK: baris ${row}\\.`));
    expect(screen.getByRole("button", { name: /^Sisipkan/ }).textContent).toBe("Sisipkan");
  });

  it("a refused Katalog sheet: says so with its rows' reasons, here and in Periksa", async () => {
    const host = hostFrom({ [SHEET]: plannedWithProblems(), Katalog: badKatalog() });
    const user = userEvent.setup();
    renderPane(host, { action: "katalog" });
    const bar = await screen.findByText('Lembar "Katalog" tidak dipakai');
    const list = screen.getByRole("list", { name: "Masalah lembar Katalog" });
    expect(list.textContent).toContain("Lembar Katalog, baris 2, Bulan:");
    expect(bar).toBeTruthy();
    expect(screen.queryByRole("checkbox")).toBeNull();

    await user.click(screen.getByRole("tab", { name: "Periksa" }));
    await screen.findByRole("region", { name: "Ringkasan RAK" });
    expect(screen.getByText('Lembar "Katalog" tidak dipakai')).toBeTruthy();
    expect(screen.getByRole("list", { name: "Masalah lembar Katalog" }).textContent).toContain("baris 2, Bulan:");
  });

  it("in English", async () => {
    renderPane(hostFrom({ [SHEET]: plannedWithProblems() }), { action: "katalog", displayLanguage: "en-US" });
    expect(await screen.findByRole("searchbox", { name: "Search the catalog" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Insert" })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Catalog read:/));
  });
});
