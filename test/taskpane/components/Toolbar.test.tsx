/** @jest-environment jsdom */
import "../helpers/jsdomGlobals";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as periksa from "../../../src/app/periksa";
import { conditionalFormatCount, gatedSession, hostWith, renderPane } from "../helpers/pane";
import { SHEET, plannedWithProblems } from "../helpers/rakGrids";

describe("Sorot di lembar / Hapus sorotan", () => {
  it("shades the cells of the findings, then removes Rakit's shading", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    const highlight = jest.spyOn(periksa, "highlightFindings");
    const clear = jest.spyOn(periksa, "clearHighlights");
    renderPane(host, { action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });

    await user.click(screen.getByRole("button", { name: "Sorot di lembar" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Sel bertemuan disorot di lembar."));
    expect(highlight).toHaveBeenCalledTimes(1);
    const checked = highlight.mock.calls[0]?.[1];
    expect(checked?.analysis.findings).toHaveLength(5);
    expect(await conditionalFormatCount(host, SHEET)).toBe(5);

    await user.click(screen.getByRole("button", { name: "Hapus sorotan" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Sorotan Rakit dihapus dari lembar."));
    expect(clear).toHaveBeenCalledWith(host, SHEET);
    expect(await conditionalFormatCount(host, SHEET)).toBe(0);
    highlight.mockRestore();
    clear.mockRestore();
  });

  it("shows progress while Excel works, and the buttons wait", async () => {
    const user = userEvent.setup();
    const host = hostWith(SHEET, plannedWithProblems());
    const session = gatedSession(host);
    session.release();
    renderPane(host, { session, action: "periksa" });
    await screen.findByRole("list", { name: "Temuan" });
    const results = screen.getByRole("region", { name: "Hasil pemeriksaan" });
    expect(results.getAttribute("aria-busy")).toBe("false");

    session.hold();
    await user.click(screen.getByRole("button", { name: "Sorot di lembar" }));

    expect(screen.getByRole("progressbar", { name: "Menyorot sel bertemuan…" })).toBeTruthy();
    expect(results.getAttribute("aria-busy")).toBe("true");
    for (const name of ["Periksa", "Sorot di lembar", "Hapus sorotan"]) {
      expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).toBe("true");
    }
    // A click on a waiting button does nothing (and focus stays on it).
    await user.click(screen.getByRole("button", { name: "Periksa" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Periksa" }));
    // The findings stay on screen meanwhile.
    expect(screen.getByRole("list", { name: "Temuan" })).toBeTruthy();

    session.release();
    await waitFor(() => expect(results.getAttribute("aria-busy")).toBe("false"));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("button", { name: "Periksa" }).getAttribute("aria-disabled")).toBeNull();
    expect(await conditionalFormatCount(host, SHEET)).toBe(5);
  });

  it("shows the check's progress on open", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    const session = gatedSession(host);
    renderPane(host, { session });

    expect(await screen.findByRole("progressbar", { name: "Memeriksa lembar…" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Hasil pemeriksaan" }).getAttribute("aria-busy")).toBe("true");
    session.release();
    await screen.findByRole("region", { name: "Ringkasan RAK" });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
