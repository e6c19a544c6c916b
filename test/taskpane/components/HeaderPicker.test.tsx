/** @jest-environment jsdom */
import "../helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as periksa from "../../../src/app/periksa";
import { parseRowNumber } from "../../../src/taskpane/components/HeaderPicker";
import { hostWith, renderPane } from "../helpers/pane";
import { unrecognisedHeader } from "../helpers/rakGrids";

describe("no RAK on the sheet", () => {
  it("says so, and reads again at the header row the user points at", async () => {
    const user = userEvent.setup();
    const host = hostWith("Lembar1", unrecognisedHeader());
    const check = jest.spyOn(periksa, "checkSheet");
    renderPane(host, { action: "periksa" });

    const warning = await screen.findByText("Tidak ada RAK di lembar ini");
    expect(warning.closest("[role=status]")?.textContent).toContain('tabel RAK di lembar "Lembar1"');
    // What was read, and what a header still needs: never a column the sheet has.
    expect(warning.closest("[role=status]")?.textContent).toContain(
      "Kepala kolom yang terbaca di baris 3: No, Sasaran strategis, Perkiraan Biaya (Rp). Belum ada kolom Indikator atau Kegiatan.",
    );
    expect(screen.queryByRole("region", { name: "Ringkasan RAK" })).toBeNull();
    expect(screen.getByRole("button", { name: "Sorot di lembar" }).getAttribute("aria-disabled")).toBe("true");

    const row = screen.getByRole("spinbutton", { name: "Baris judul kolom" });
    await user.type(row, "3");
    await user.click(screen.getByRole("button", { name: "Baca ulang" }));

    // The 1-based row 3 is the reader's 0-based header row 2.
    await waitFor(() => expect(check).toHaveBeenLastCalledWith(host, { headerRow: 2 }));
    const summary = await screen.findByRole("region", { name: "Ringkasan RAK" });
    expect(within(summary).getByText("Rp 15.048.000")).toBeTruthy();
    expect(screen.queryByText("Tidak ada RAK di lembar ini")).toBeNull();

    // Later checks keep using the row the user chose.
    await user.click(screen.getByRole("button", { name: "Periksa" }));
    await waitFor(() => expect(check).toHaveBeenCalledTimes(3));
    expect(check).toHaveBeenLastCalledWith(host, { headerRow: 2 });
    check.mockRestore();
  });

  it("says when the row pointed at is not a header either", async () => {
    const user = userEvent.setup();
    const host = hostWith("Lembar1", unrecognisedHeader());
    renderPane(host);
    const row = await screen.findByRole("spinbutton", { name: "Baris judul kolom" });

    await user.type(row, "2{Enter}");

    expect(
      await screen.findByText(
        'Baris 2 lembar "Lembar1" bukan judul kolom tabel RAK. Periksa nomor barisnya, lalu baca ulang.',
      ),
    ).toBeTruthy();
    expect((screen.getByRole("spinbutton", { name: "Baris judul kolom" }) as HTMLInputElement).value).toBe("2");
  });

  it("refuses a row number that isn't one, and says why", async () => {
    const user = userEvent.setup();
    const host = hostWith("Lembar1", unrecognisedHeader());
    const check = jest.spyOn(periksa, "checkSheet");
    renderPane(host);
    const row = await screen.findByRole("spinbutton", { name: "Baris judul kolom" });
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));

    await user.click(screen.getByRole("button", { name: "Baca ulang" }));

    expect(row.getAttribute("aria-invalid")).toBe("true");
    expect(row.getAttribute("aria-describedby")).toBeTruthy();
    const described = (row.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("Isi nomor baris, 1 sampai 1.048.576.");
    expect(check).toHaveBeenCalledTimes(1);
    check.mockRestore();
  });
});

describe("parseRowNumber", () => {
  it.each([
    ["7", 7],
    [" 12 ", 12],
    ["1048576", 1048576],
  ])("%j -> %d", (text, row) => expect(parseRowNumber(text)).toBe(row));

  it.each(["", "0", "-3", "2.5", "1e3", "1048577", "tujuh"])("%j -> null", (text) => {
    expect(parseRowNumber(text)).toBeNull();
  });
});
