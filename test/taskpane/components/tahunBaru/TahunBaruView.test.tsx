/** @jest-environment jsdom */
import "../../helpers/jsdomGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hostFrom, modelValues } from "../../../host/grid";
import { renderPane, typeInto } from "../../helpers/pane";
import { plannedWithProblems, SHEET } from "../../helpers/rakGrids";

/**
 * The test plan with the plan's year written in the text of sasaran 3's kegiatan (E9), and an
 * election's year in sasaran 1's (E7).
 */
async function planWithMention(extra: Record<string, unknown[][]> = {}) {
  const host = hostFrom({ [SHEET]: plannedWithProblems(), ...extra });
  await typeInto(host, SHEET, "E9", [["Rapat pleno penetapan hasil tahun 2024"]]);
  await typeInto(host, SHEET, "E7", [["Pelantikan KPPS Pemilu Tahun 2024"]]);
  return host;
}

const checkbox = (name: string | RegExp) => screen.getByRole("checkbox", { name }) as HTMLInputElement;

function hintOf(element: HTMLElement): string {
  return document.getElementById(element.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
}

describe("Tahun Baru view", () => {
  it("previews next year's plan: the year, the default name, ended stages ticked for removal, year mentions not", async () => {
    renderPane(await planWithMention(), { action: "tahun-baru" });
    expect(await screen.findByRole("button", { name: "Buat RAK 2025" })).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "Tahun rencana baru" }) as HTMLInputElement).value).toBe("2025");
    const name = screen.getByRole("textbox", { name: "Nama lembar baru" });
    expect(hintOf(name)).toBe('Kosongkan untuk nama "RAK 2025".');
    expect(screen.getByText(/^RAK tahun berikutnya dari lembar "RAK 2024"/)).toBeTruthy();

    // Both Pemilu 2024 stage blocks are proposed, ticked (their stages have ended), each with the
    // catalog's reason.
    const drops = screen.getByRole("group", { name: "Diusulkan dihapus (2)" });
    const boxes = within(drops).getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.map((b) => [b.labels?.[0]?.textContent, b.checked])).toEqual([
      ["Hapus sasaran 1 (6867)", true],
      ["Hapus sasaran 2 (6870)", true],
    ]);
    expect(hintOf(boxes[1] as HTMLElement)).toContain("2025");
    const mention = checkbox('E9: ganti menjadi "Rapat pleno penetapan hasil tahun 2025"');
    expect(mention.checked).toBe(false);
    expect(hintOf(mention)).toBe('Sekarang: "Rapat pleno penetapan hasil tahun 2024"');
    // An election's year is listed apart, with nothing to tick.
    const events = screen.getByRole("region", { name: "Tahun pemilu dalam teks (1)" });
    expect(within(events).getByText('E7: "Pelantikan KPPS Pemilu Tahun 2024"')).toBeTruthy();
    expect(within(events).queryByRole("checkbox")).toBeNull();
    // Nothing cleared; the plan is quarterly, so its marks are "Tanda triwulan".
    for (const what of ["Tanda triwulan", "Target", "Perkiraan biaya"]) expect(checkbox(what).checked).toBe(false);
  });

  it("Buat RAK 2025 with the choices ticked: the new sheet, its changes, and how it checks", async () => {
    const user = userEvent.setup();
    const host = await planWithMention();
    renderPane(host, { action: "tahun-baru" });
    await screen.findByRole("button", { name: "Buat RAK 2025" });
    // Sasaran 2 is dropped as proposed; sasaran 1 is kept.
    await user.click(checkbox("Hapus sasaran 1 (6867)"));
    await user.click(checkbox(/^E9: ganti menjadi/));
    await user.click(checkbox("Target"));
    await user.click(screen.getByRole("button", { name: "Buat RAK 2025" }));

    expect(await screen.findByText('Lembar "RAK 2025" dibuat dari "RAK 2024"')).toBeTruthy();
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([SHEET, "RAK 2025"]);
    const changes = within(screen.getByRole("list", { name: "Perubahan" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Sasaran 2 \(6870\) dihapus/),
        'Sel E9: "Rapat pleno penetapan hasil tahun 2024" menjadi "Rapat pleno penetapan hasil tahun 2025".',
        expect.stringMatching(/^Target dikosongkan/),
      ]),
    );
    expect(
      screen.getByText(/^Lembar "RAK 2025" diperiksa: \d+ kesalahan, \d+ peringatan, \d+ catatan\.$/),
    ).toBeTruthy();
    // Sasaran 2 (row 8) is gone: sasaran 3 moved up to row 8, renumbered 2, its year changed.
    expect(modelValues(host, "RAK 2025", "A8:E8")).toEqual([
      [
        2,
        "Penetapan Hasil Pemilu",
        "Persentase penetapan hasil tepat waktu",
        "",
        "Rapat pleno penetapan hasil tahun 2025",
      ],
    ]);
    expect(modelValues(host, SHEET, "E9")).toEqual([["Rapat pleno penetapan hasil tahun 2024"]]);
    // Periksa follows the new (active) sheet.
    await user.click(screen.getByRole("tab", { name: "Periksa" }));
    await waitFor(() =>
      expect(within(screen.getByRole("region", { name: "Ringkasan RAK" })).getByText("RAK 2025")).toBeTruthy(),
    );
  });

  it("the result links to the new sheet's findings: Lihat n kesalahan opens them in Periksa, filtered", async () => {
    const user = userEvent.setup();
    renderPane(await planWithMention(), { action: "tahun-baru" });
    await user.click(await screen.findByRole("button", { name: "Buat RAK 2025" }));
    const line = await screen.findByText(/^Lembar "RAK 2025" diperiksa: /);
    const errors = Number(/(\d+) kesalahan/.exec(line.textContent ?? "")?.[1]);
    expect(errors).toBeGreaterThan(0);
    const links = screen.getByRole("group", { name: 'Temuan di lembar "RAK 2025"' });
    await user.click(within(links).getByRole("button", { name: `Lihat ${errors} kesalahan` }));

    expect(screen.getByRole("tab", { name: "Periksa" }).getAttribute("aria-selected")).toBe("true");
    const list = await screen.findByRole("list", { name: "Temuan" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(errors);
    const filter = screen.getByRole("group", { name: "Saring temuan menurut tingkat" });
    expect(
      within(filter)
        .getByRole("button", { name: /^Kesalahan/ })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    expect(within(screen.getByRole("region", { name: "Ringkasan RAK" })).getByText("RAK 2025")).toBeTruthy();
  });

  it("a taken name gets (2); a name typed that is taken is refused before anything is written", async () => {
    const user = userEvent.setup();
    const host = await planWithMention({ "RAK 2025": [["lain"]] });
    renderPane(host, { action: "tahun-baru" });
    expect(await screen.findByRole("button", { name: "Buat RAK 2025 (2)" })).toBeTruthy();

    await user.type(screen.getByRole("textbox", { name: "Nama lembar baru" }), "RAK 2024");
    await screen.findByText('Lembar "RAK 2024" sudah ada; pilih nama lain.');
    const create = screen.getByRole("button", { name: /^Buat / });
    expect(create.getAttribute("aria-disabled")).toBe("true");
    await user.click(create);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([SHEET, "RAK 2025"]);
  });

  it("another year: the preview follows it; a year that is not one is said so", async () => {
    const user = userEvent.setup();
    renderPane(await planWithMention(), { action: "tahun-baru" });
    await screen.findByRole("button", { name: "Buat RAK 2025" });
    const year = screen.getByRole("textbox", { name: "Tahun rencana baru" });
    await user.clear(year);
    await user.type(year, "20x");
    expect(screen.getByText("Tulis tahun empat angka, mis. 2025.")).toBeTruthy();
    await user.clear(year);
    await user.type(year, "2026");
    expect(await screen.findByRole("button", { name: "Buat RAK 2026" })).toBeTruthy();
    expect(screen.getByText('Kosongkan untuk nama "RAK 2026".')).toBeTruthy();
  });

  it("in English", async () => {
    renderPane(await planWithMention(), { action: "tahun-baru", displayLanguage: "en-US" });
    expect(await screen.findByRole("button", { name: "Create RAK 2025" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Proposed for removal (2)" })).toBeTruthy();
  });
});
