/** @jest-environment jsdom */
import "./helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as periksa from "../../src/app/periksa";
import { gatedSession, hostWith, renderPane, selectedAddress, slowAnswers, typeInto } from "./helpers/pane";
import { SHEET, plannedWithProblems } from "./helpers/rakGrids";

/** The value next to a summary label ("Total anggaran" -> "Rp 23.142.485.000"). */
function summaryValue(label: string): string {
  const summary = screen.getByRole("region", { name: "Ringkasan RAK" });
  const term = within(summary).getByText(label, { selector: "dt" });
  return term.nextElementSibling?.textContent ?? "";
}

describe("Periksa pane on the in-memory host", () => {
  it("on open, reads the active sheet and shows the summary and the findings, without a click", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host);

    await screen.findByRole("region", { name: "Ringkasan RAK" });
    expect(summaryValue("Lembar")).toBe(SHEET);
    expect(summaryValue("Unit")).toBe("Sekretariat KPU Kota Prabumulih");
    expect(summaryValue("Tahun")).toBe("2024");
    expect(summaryValue("Sasaran")).toBe("3");
    expect(summaryValue("Indikator")).toBe("3");
    expect(summaryValue("Total anggaran")).toBe("Rp 23.142.485.000");
    expect(summaryValue("Kesalahan")).toBe("2");
    expect(summaryValue("Peringatan")).toBe("3");
    const list = await screen.findByRole("list", { name: "Temuan" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(5);
  });

  it("says a table without a budget column has none, never Rp 0", async () => {
    const host = hostWith("Lampiran", [
      ["RENCANA AKSI KINERJA DINAS PENDIDIKAN TAHUN 2024"],
      [],
      ["No", "Sasaran", "Indikator", "Target", "Kegiatan", "TW I", "TW II", "TW III", "TW IV", "Penanggung Jawab"],
      [1, "Akses pendidikan", "Angka partisipasi", "≥ 85", "Bantuan sekolah", "v", null, null, null, "Bidang SD"],
    ]);
    renderPane(host);
    await screen.findByRole("region", { name: "Ringkasan RAK" });
    expect(summaryValue("Total anggaran")).toBe("tanpa kolom anggaran");
    expect(summaryValue("Kesalahan")).toBe("0");
  });

  it("opened by the ribbon's Periksa (?action=periksa), shows the findings at once, grouped by severity", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });

    const list = await screen.findByRole("list", { name: "Temuan" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("span")?.textContent)).toEqual([
      "Kesalahan di D8",
      "Kesalahan di F9:I9",
      // The catalog's season check: the campaign runs in TW I of 2024 only.
      "Peringatan di F8:I8",
      "Peringatan di K8",
      "Peringatan di B9",
    ]);
    expect(items[0]?.textContent).toContain("Target baris 8 belum diisi.");
    // Each item is one button named by its severity, cell and message.
    expect(within(items[1] as HTMLElement).getByRole("button").textContent).toContain(
      "belum punya triwulan pelaksanaan",
    );
  });

  it("Periksa (one click) shows the findings", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host);
    await screen.findByRole("region", { name: "Ringkasan RAK" });

    await user.click(screen.getByRole("button", { name: "Periksa" }));

    const list = await screen.findByRole("list", { name: "Temuan" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(5);
  });

  it("a click on Periksa while the check on open waits for Excel is not lost: it checks once more, after", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    const session = gatedSession(host);
    renderPane(host, { session });
    await waitFor(() => expect(session.waiting).toBe(1));
    const results = screen.getByRole("region", { name: "Hasil pemeriksaan" });
    expect(results.getAttribute("aria-busy")).toBe("true");

    // Periksa can be pressed during a check; pressing it again while its run waits adds nothing.
    const button = screen.getByRole("button", { name: "Periksa" });
    expect(button.getAttribute("aria-disabled")).toBeNull();
    const check = jest.spyOn(periksa, "checkSheet");
    await user.click(button);
    await user.click(button);
    session.release();

    const list = await screen.findByRole("list", { name: "Temuan" });
    await waitFor(() => expect(results.getAttribute("aria-busy")).toBe("false"));
    expect(within(list).getAllByRole("listitem")).toHaveLength(5);
    expect(check).toHaveBeenCalledTimes(1); // the click's own check, after the one on open
    expect(screen.getByRole("status").textContent).toBe("Pemeriksaan selesai: 2 kesalahan, 3 peringatan.");
    check.mockRestore();
  });

  it("shows the first check's findings as soon as they come; the click's check then reads the sheet as changed", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    const session = slowAnswers(host);
    renderPane(host, { session });
    // The check on open has read the sheet; Excel's answer is slow to come back.
    await waitFor(() => expect(session.held).toBe(1));
    await typeInto(host, SHEET, "D8", [[100]]); // the user fills in the missing target...
    await user.click(screen.getByRole("button", { name: "Periksa" })); // ...and checks again at once
    const results = screen.getByRole("region", { name: "Hasil pemeriksaan" });

    // The check on open answers (its read, then its catalog look-up) with what it read: two errors, listed.
    session.answer();
    await waitFor(() => expect(session.held).toBe(1));
    session.answer();
    await screen.findByRole("list", { name: "Temuan" });
    expect(summaryValue("Kesalahan")).toBe("2");
    // The click's own check has read the sheet again meanwhile; the pane is still busy with it.
    await waitFor(() => expect(session.held).toBe(1));
    expect(session.runs).toBe(3);
    expect(results.getAttribute("aria-busy")).toBe("true");

    session.free();
    await waitFor(() => expect(results.getAttribute("aria-busy")).toBe("false"));
    expect(summaryValue("Kesalahan")).toBe("1");
    const items = within(screen.getByRole("list", { name: "Temuan" })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent).join("\n")).not.toContain("Target baris 8 belum diisi.");
  });

  it("clicking a finding selects its cell in the sheet, through selectRange", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    const spy = jest.spyOn(periksa, "selectRange");
    renderPane(host, { action: "periksa" });
    const list = await screen.findByRole("list", { name: "Temuan" });

    await user.click(within(list).getByRole("button", { name: /Peringatan di K8/ }));

    await waitFor(() => expect(spy).toHaveBeenCalledWith(host, SHEET, "K8"));
    expect(await selectedAddress(host)).toBe(`'${SHEET}'!K8`);
    spy.mockRestore();
  });
});

describe("views", () => {
  it("has a tab per ribbon button; the ones not built yet say so", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host);
    await screen.findByRole("region", { name: "Ringkasan RAK" });

    const tabs = within(screen.getByRole("tablist", { name: "Fitur Rakit" })).getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual([
      "Periksa",
      "Anggaran",
      "Katalog",
      "Tahun Baru",
      "Cetak",
      "Bantuan",
    ]);
    expect(screen.getByRole("tab", { name: "Periksa" }).getAttribute("aria-selected")).toBe("true");

    await user.click(screen.getByRole("tab", { name: "Anggaran" }));
    const anggaran = screen.getByRole("tabpanel", { name: "Anggaran" });
    expect(within(anggaran).getByRole("button", { name: "Tulis ke lembar" })).toBeTruthy();
    await within(anggaran).findByText("Rp 23.142.485.000", { selector: "dd" });
    expect(screen.queryByRole("button", { name: "Periksa" })).toBeNull();

    // Arrow keys move between tabs (and select), as in a WAI-ARIA tab list.
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Periksa" }));
    expect(screen.getByRole("button", { name: "Periksa" })).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Bantuan" }));
    expect(
      within(screen.getByRole("tabpanel", { name: "Bantuan" })).getByRole("button", { name: "Uji Rakit di Excel ini" }),
    ).toBeTruthy();
  });

  it("opens on the view of the ribbon button that opened it", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "tahun-baru" });
    expect(screen.getByRole("tab", { name: "Tahun Baru" }).getAttribute("aria-selected")).toBe("true");
    // Its preview reads the sheet: next year's plan is offered.
    expect(await screen.findByRole("button", { name: "Buat RAK 2025" })).toBeTruthy();
    // The sheet is still read on open, so switching to Periksa shows its summary without a click on Periksa.
    await userEvent.setup().click(screen.getByRole("tab", { name: "Periksa" }));
    await screen.findByRole("region", { name: "Ringkasan RAK" });
  });
});

describe("Bantuan, opened by the manifest's help link (?action=bantuan)", () => {
  it("shows the help and the self-test, and Periksa still reads the sheet on open", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "bantuan" });
    expect(screen.getByRole("tab", { name: "Bantuan" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: "Mencetak di kertas F4" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Uji Rakit di Excel ini" })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole("tab", { name: "Periksa" }));
    await screen.findByRole("region", { name: "Ringkasan RAK" });
  });
});

describe("language", () => {
  it("is Bahasa Indonesia by default and English for an English Office", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    const { unmount } = renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });
    expect(screen.getByRole("button", { name: "Periksa" })).toBeTruthy();
    unmount();

    renderPane(host, { action: "periksa", displayLanguage: "en-US" });
    const list = await screen.findByRole("list", { name: "Findings" });
    expect(screen.getByRole("button", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Highlight on sheet" })).toBeTruthy();
    expect(within(list).getAllByRole("listitem")[0]?.textContent).toContain("The target in row 8 is empty.");
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
  });

  it("switches with the toggle, whose name is in the current language", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });

    await user.click(screen.getByRole("button", { name: "Ganti bahasa ke English" }));

    expect(screen.getByRole("list", { name: "Findings" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear highlights" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Plan summary" }).textContent).toContain("Total budget");
    expect(screen.getByRole("group", { name: "Filter findings by severity" }).textContent).toContain("All (5)");

    await user.click(screen.getByRole("button", { name: "Switch language to Bahasa Indonesia" }));
    expect(screen.getByRole("list", { name: "Temuan" })).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("id");
  });
});
