/** @jest-environment jsdom */
import "../helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ExcelSession } from "../../../src/excel/session";
import { hostWith, renderPane, typeInto } from "../helpers/pane";
import { SHEET, plannedWithProblems } from "../helpers/rakGrids";

describe("errors are shown, in the user's language, never only logged", () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, "error");
  });
  afterEach(() => {
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("a check Excel refuses: what to do, and Office's code", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    host.failNext({ atCommand: 1, code: "InvalidOperationInCellEditMode" });
    renderPane(host, { action: "periksa" });

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Periksa gagal")).toBeTruthy();
    expect(alert.textContent).toContain(
      "Excel sedang dalam mode edit sel. Tekan Enter atau Esc untuk selesai mengetik di sel, lalu coba lagi.",
    );
    expect(alert.textContent).toContain("Kode: InvalidOperationInCellEditMode");
    expect(screen.getByRole("region", { name: "Hasil pemeriksaan" }).getAttribute("aria-busy")).toBe("false");

    await user.click(screen.getByRole("button", { name: "Ganti bahasa ke English" }));
    expect(screen.getByRole("alert").textContent).toContain("Excel is in cell-edit mode.");
    expect(screen.getByRole("alert").textContent).toContain("The check failed");

    // The user finishes editing and tries again: the error goes, the results come.
    await user.click(screen.getByRole("button", { name: "Check" }));
    await screen.findByRole("list", { name: "Findings" });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("highlighting a protected sheet", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.protect();
      await context.sync();
    });

    await user.click(screen.getByRole("button", { name: "Sorot di lembar" }));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Sel tidak dapat disorot")).toBeTruthy();
    expect(alert.textContent).toContain("Lembar ini diproteksi.");
    await user.click(within(alert).getByRole("button", { name: "Tutup pesan" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("highlighting after the sheet changed asks for a new check", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });
    await typeInto(host, SHEET, "D8", [[100]]);

    await user.click(screen.getByRole("button", { name: "Sorot di lembar" }));

    expect((await screen.findByRole("alert")).textContent).toContain(
      "Lembar berubah sejak diperiksa. Jalankan Periksa lagi",
    );
  });

  it("selecting a cell on a sheet that was deleted", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    const list = await screen.findByRole("list", { name: "Temuan" });
    await host.run(async (context) => {
      context.workbook.worksheets.add("Lain").activate();
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });

    await user.click(within(list).getAllByRole("button")[0] as HTMLElement);

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Sel tidak dapat dipilih")).toBeTruthy();
    expect(alert.textContent).toContain("Lembar atau rentang yang dicari tidak ada lagi");
  });

  it("a fault inside Rakit itself is shown too, marked as Rakit's", async () => {
    const broken: ExcelSession = {
      run: () => Promise.reject(new TypeError("snapshot is undefined")),
      isSetSupported: () => true,
    };
    renderPane(broken, { action: "periksa" });

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Terjadi kesalahan di Rakit (snapshot is undefined). Lembar tidak diubah.");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Periksa" }).getAttribute("aria-disabled")).toBeNull(),
    );
  });
});
