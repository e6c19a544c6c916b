/** @jest-environment jsdom */
import "../../helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hostFrom } from "../../../host/grid";
import { conditionalFormatCount, renderPane, selectedAddress } from "../../helpers/pane";
import { plannedWithProblems, SHEET } from "../../helpers/rakGrids";
import * as periksa from "../../../../src/app/periksa";

function layoutOf(host: ReturnType<typeof hostFrom>) {
  return host.workbook.sheetByName(SHEET)?.pageLayout;
}

afterEach(() => jest.restoreAllMocks());

describe("Cetak view", () => {
  it("stops on errors, lists them (a click selects the cell), and offers Cetak tetap", async () => {
    const user = userEvent.setup();
    const host = hostFrom({ [SHEET]: plannedWithProblems() });
    renderPane(host, { action: "cetak" });
    expect((screen.getByRole("radio", { name: "F4/Folio (8,5 × 13 inci)" }) as HTMLInputElement).checked).toBe(true);
    const before = JSON.stringify(layoutOf(host));

    await user.click(screen.getByRole("button", { name: "Siapkan cetak" }));

    expect(await screen.findByText('Lembar "RAK 2024" masih punya 2 kesalahan')).toBeTruthy();
    const list = screen.getByRole("list", { name: "Temuan yang menghalangi cetak" });
    const items = within(list).getAllByRole("button");
    expect(items.map((b) => b.querySelector("span")?.textContent)).toEqual(["Kesalahan di D8", "Kesalahan di F9:I9"]);
    expect(JSON.stringify(layoutOf(host))).toBe(before);
    await user.click(items[0] as HTMLElement);
    await waitFor(async () => expect(await selectedAddress(host)).toBe(`'${SHEET}'!D8`));

    await user.click(screen.getByRole("button", { name: "Cetak tetap" }));
    expect(await screen.findByText('Lembar "RAK 2024" siap dicetak')).toBeTruthy();
    expect(screen.getByText("Disiapkan walau lembar masih punya kesalahan.")).toBeTruthy();
    expect(
      screen.getByText(/^Siap dicetak: F4\/Folio \(8,5 × 13 inci\), lanskap, area cetak A1:K9, baris \$6:\$6/),
    ).toBeTruthy();
    expect(layoutOf(host)).toMatchObject({
      orientation: "Landscape",
      paperSize: "Folio",
      printTitleRows: { first: 5, last: 5 },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(screen.getByText("Halaman disiapkan. Cetak dari menu File > Cetak.")).toBeTruthy();
  });

  it("A4 when chosen; Rakit's highlights go first", async () => {
    const user = userEvent.setup();
    const host = hostFrom({ [SHEET]: plannedWithProblems() });
    const result = await periksa.checkSheet(host);
    await periksa.highlightFindings(host, result);
    expect(await conditionalFormatCount(host, SHEET)).toBeGreaterThan(0);
    renderPane(host, { action: "cetak" });
    await user.click(screen.getByRole("radio", { name: "A4" }));
    await user.click(screen.getByRole("button", { name: "Siapkan cetak" }));
    await user.click(await screen.findByRole("button", { name: "Cetak tetap" }));
    await screen.findByText('Lembar "RAK 2024" siap dicetak');
    expect(layoutOf(host)?.paperSize).toBe("A4");
    expect(await conditionalFormatCount(host, SHEET)).toBe(0);
  });

  it("where Excel has no page layout API (ExcelApi 1.7): the setup as steps by hand", async () => {
    const user = userEvent.setup();
    const host = hostFrom({ [SHEET]: plannedWithProblems() }, { maxApiVersion: "1.7" });
    renderPane(host, { action: "cetak" });
    await user.click(screen.getByRole("button", { name: "Siapkan cetak" }));
    await user.click(await screen.findByRole("button", { name: "Cetak tetap" }));
    expect(await screen.findByText("Atur halaman sendiri")).toBeTruthy();
    const steps = within(screen.getByRole("list", { name: "Langkah mengatur halaman" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(steps).toHaveLength(6);
    expect(steps[0]).toBe("Tata Letak Halaman > Orientasi > Lanskap.");
    expect(steps[1]).toMatch(/^Tata Letak Halaman > Ukuran > Folio atau F4/);
    expect(steps[3]).toBe("Tata Letak Halaman > Cetak Judul > Baris yang diulang di atas: $6:$6.");
  });

  it("in English", async () => {
    renderPane(hostFrom({ [SHEET]: plannedWithProblems() }), { action: "cetak", displayLanguage: "en-US" });
    expect(screen.getByRole("button", { name: "Prepare for printing" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Paper" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "F4/Folio (8.5 × 13 in)" })).toBeTruthy();
    // The check on open ends before the test does.
    await screen.findByText(/^One click/);
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });
});
