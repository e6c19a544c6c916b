/** @jest-environment jsdom */
import "../helpers/jsdomGlobals";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as periksa from "../../../src/app/periksa";
import * as findingsI18n from "../../../src/core/i18n/findings";
import { hostWith, renderPane, selectedAddress, typeInto } from "../helpers/pane";
import { SHEET, bigPlan, plannedWithProblems } from "../helpers/rakGrids";

function items(): HTMLElement[] {
  return within(screen.getByRole("list", { name: "Temuan" })).getAllByRole("listitem");
}

function filterButton(name: RegExp): HTMLElement {
  return within(screen.getByRole("group", { name: "Saring temuan menurut tingkat" })).getByRole("button", { name });
}

describe("findings list", () => {
  it("is operable by keyboard: Tab enters once, arrows move, Enter and Space select the cell", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });
    // Each finding's own button (a finding with details also has "Rincian" beside it).
    const buttons = items().map((li) => within(li).getAllByRole("button")[0] as HTMLElement);
    // One tab stop for the whole list.
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1]);

    buttons[0]?.focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(buttons[1]);
    await user.keyboard("{Enter}");
    await waitFor(async () => expect(await selectedAddress(host)).toBe(`'${SHEET}'!F9:I9`));

    await user.keyboard("{End}");
    expect(document.activeElement).toBe(buttons[4]);
    await user.keyboard(" ");
    await waitFor(async () => expect(await selectedAddress(host)).toBe(`'${SHEET}'!B9`));
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, -1, -1, -1, 0]);

    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(buttons[0]);
  });

  it("filters by severity, with counts on the filter buttons", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });

    expect(filterButton(/^Semua/).textContent).toBe("Semua (5)");
    expect(filterButton(/^Semua/).getAttribute("aria-pressed")).toBe("true");
    expect(filterButton(/^Kesalahan/).textContent).toBe("Kesalahan (2)");
    expect(filterButton(/^Peringatan/).textContent).toBe("Peringatan (3)");
    expect(filterButton(/^Catatan/).textContent).toBe("Catatan (0)");

    await user.click(filterButton(/^Peringatan/));
    expect(filterButton(/^Peringatan/).getAttribute("aria-pressed")).toBe("true");
    expect(filterButton(/^Semua/).getAttribute("aria-pressed")).toBe("false");
    expect(items().map((li) => li.querySelector("span")?.textContent)).toEqual([
      "Peringatan di F8:I8",
      "Peringatan di K8",
      "Peringatan di B9",
    ]);

    await user.click(filterButton(/^Catatan/));
    expect(screen.queryByRole("list", { name: "Temuan" })).toBeNull();
    expect(screen.getByText("Tidak ada temuan dengan tingkat ini.")).toBeTruthy();

    await user.click(filterButton(/^Semua/));
    expect(items()).toHaveLength(5);
  });

  it("counts update after every run", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });

    // The user fixes the target in D8 and the pelaksana in K8, then checks again.
    await typeInto(host, SHEET, "D8", [[100]]);
    await typeInto(host, SHEET, "K8", [["Subbagian Teknis"]]);
    await user.click(screen.getByRole("button", { name: "Periksa" }));

    await waitFor(() => expect(filterButton(/^Semua/).textContent).toBe("Semua (3)"));
    expect(filterButton(/^Kesalahan/).textContent).toBe("Kesalahan (1)");
    // B9's missing code, and the campaign planned in TW II (the catalog's season check).
    expect(filterButton(/^Peringatan/).textContent).toBe("Peringatan (2)");
    expect(items()).toHaveLength(3);
    expect(screen.getByRole("status").textContent).toBe("Pemeriksaan selesai: 1 kesalahan, 2 peringatan.");
  });

  it("keeps a finding's detail behind Rincian, a disclosure button; the finding itself still selects its cell", async () => {
    // A detail for the first finding shown only (its address taken from the first call).
    let withDetail: string | null = null;
    const detail = jest.spyOn(findingsI18n, "formatFindingDetail").mockImplementation((f, lang) => {
      withDetail ??= f.address;
      return f.address === withDetail ? `detail (${lang ?? "id"}) of ${f.rule}` : null;
    });
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });
    const first = items()[0] as HTMLElement;
    // Only the finding with a detail gets the toggle.
    expect(items().map((li) => within(li).queryByRole("button", { name: /Rincian/ }) !== null)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    const toggle = within(first).getByRole("button", { name: /Rincian/ });
    const panel = document.getElementById(toggle.getAttribute("aria-controls") ?? "") as HTMLElement;
    expect([toggle.getAttribute("aria-expanded"), panel.hidden]).toEqual(["false", true]);
    expect(panel.textContent).toMatch(/^detail \(id\) of /);

    await user.click(toggle);
    expect([toggle.getAttribute("aria-expanded"), panel.hidden]).toEqual(["true", false]);
    await user.click(toggle);
    expect(panel.hidden).toBe(true);

    await user.click(within(first).getAllByRole("button")[0] as HTMLElement);
    await waitFor(async () => expect(await selectedAddress(host)).toBe(`'${SHEET}'!${withDetail}`));
    detail.mockRestore();
  });

  it("says so when there is nothing to fix", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    await typeInto(host, SHEET, "D8", [[100]]);
    await typeInto(host, SHEET, "K8", [["Subbagian Teknis"]]);
    // The campaign's work moves to TW I, inside its stage (the catalog's season check).
    await typeInto(host, SHEET, "F8:G8", [["v", ""]]);
    await typeInto(host, SHEET, "B9:I9", [["Penetapan Hasil Pemilu (6982)", "x", 100, "Rapat", "v", null, null, null]]);
    renderPane(host);
    await screen.findByRole("region", { name: "Ringkasan RAK" });
    await user.click(screen.getByRole("button", { name: "Periksa" }));
    expect(await screen.findByText("Tidak ada temuan. RAK ini siap.")).toBeTruthy();
  });

  // How fast a re-run shows its list is measured in a real browser on the production build by
  // `npm run bench:pane` (Periksa on 2,000 rows, click to list), not timed here in jsdom.
  it("renders a 2,000-row plan's findings a page at a time, and a re-run shows the new counts", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, bigPlan(2000));
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" }, { timeout: 10_000 });

    expect(filterButton(/^Kesalahan/).textContent).toBe("Kesalahan (1.000)");
    expect(items()).toHaveLength(100);
    expect(screen.getByText("Menampilkan 100 dari 1.000 temuan.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Tampilkan 100 lagi" }));
    expect(items()).toHaveLength(200);

    // A re-run after a fix: the new counts, and still one page of findings (never every finding).
    await typeInto(host, SHEET, "D8", [[100]]);
    const check = jest.spyOn(periksa, "checkSheet");
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    // Polled with a cheap text check: role queries over a long list are slow in jsdom themselves.
    await waitFor(() => expect(document.body.textContent).toContain("Kesalahan (999)"), {
      timeout: 10_000,
      interval: 5,
    });
    expect(check).toHaveBeenCalledTimes(1);
    check.mockRestore();
    expect(items()).toHaveLength(100);

    // Filtering reuses the rendered items: it must not re-read the sheet.
    const runs = jest.spyOn(host, "run");
    await act(async () => filterButton(/^Peringatan/).click());
    expect(runs).not.toHaveBeenCalled();
  }, 30_000);
});
