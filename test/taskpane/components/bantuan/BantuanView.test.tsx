/** @jest-environment jsdom */
import "../../helpers/jsdomGlobals";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ExcelSession, SessionDiagnostics } from "../../../../src/excel/session";
import { SCENARIOS } from "../../../../src/excel/selftest/scenarios";
import type { ExcelHost } from "../../../../src/host";
import { WorkbenchSession } from "../../../../src/workbench/session";
import { dumpWorkbook } from "../../../helpers/host";
import { hostFrom } from "../../../host/grid";
import { renderPane } from "../../helpers/pane";
import { plannedWithProblems, SHEET } from "../../helpers/rakGrids";
import packageJson from "../../../../package.json";

/** The host as Excel on Windows would describe itself through Office.context.diagnostics. */
function excelOn(host: ExcelHost, diagnostics: Omit<SessionDiagnostics, "kind">): ExcelSession {
  return {
    run: (batch) => host.run(batch),
    isSetSupported: (name, version) => host.isSetSupported(name, version),
    diagnostics: () => ({ kind: "excel", ...diagnostics }),
  };
}

/** The value beside a term in a <dl> ("Versi Excel" -> "16.0.17928.20114"). */
function factOf(list: HTMLElement, term: string): string {
  return within(list).getByText(term, { selector: "dt" }).nextElementSibling?.textContent ?? "";
}

async function runSelfTestAndWait(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Uji Rakit di Excel ini" }));
  await screen.findByRole("textbox", { name: "Laporan uji (teks untuk disalin)" }, { timeout: 20_000 });
}

/**
 * The pane checks the sheet on its own when it opens. A test that looks only at Bantuan ends before
 * that check does; waiting here lets its result land inside act(), not after the test.
 */
async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
}

afterEach(() => jest.restoreAllMocks());

describe("Bantuan view", () => {
  it("says what each tab does and how to print on F4, with no placeholder left", async () => {
    const host = hostFrom({ [SHEET]: plannedWithProblems() });
    renderPane(host, { action: "bantuan" });
    const panel = screen.getByRole("tabpanel", { name: "Bantuan" });
    const tabs = within(panel).getByRole("region", { name: "Tab Rakit" });
    expect(
      within(tabs)
        .getAllByRole("term")
        .map((dt) => dt.textContent),
    ).toEqual(["Periksa", "Anggaran", "Katalog", "Tahun Baru", "Cetak", "Bantuan"]);
    const steps = within(panel).getByRole("list", { name: "Langkah mencetak di kertas F4" });
    expect(within(steps).getAllByRole("listitem")[1]?.textContent).toBe(
      "Di tab Cetak, pilih F4/Folio (8,5 × 13 inci), lalu tekan Siapkan cetak.",
    );
    expect(panel.textContent).not.toMatch(/segera hadir|sedang disiapkan/);
    expect(within(panel).getByRole("link", { name: "Panduan lengkap" }).getAttribute("href")).toBe("./bantuan.html");
    await settle();
  });

  it("names Rakit's and Excel's versions, the platform and ExcelApi level, and what 1.7 leaves out and why", async () => {
    const host = hostFrom({ [SHEET]: plannedWithProblems() }, { maxApiVersion: "1.7" });
    renderPane(host, {
      action: "bantuan",
      session: excelOn(host, { platform: "PC", version: "16.0.10730.20102" }),
    });
    const facts = screen.getByRole("region", { name: "Excel ini" });
    expect(factOf(facts, "Versi Rakit")).toBe(packageJson.version);
    expect(factOf(facts, "Versi Excel")).toBe("16.0.10730.20102");
    expect(factOf(facts, "Platform")).toBe("Windows (PC)");
    expect(factOf(facts, "ExcelApi")).toBe("1.7");
    const features = within(screen.getByRole("list", { name: "Fitur menurut tingkat ExcelApi" })).getAllByRole(
      "listitem",
    );
    expect(features.map((li) => li.textContent)).toEqual([
      "Mengatur halaman cetak: tidak tersedia: perlu ExcelApi 1.9" +
        "Cetak menghapus sorotan Rakit lalu memberi langkah-langkah untuk mengatur halaman sendiri.",
      "Membaca sel gabungan: tidak tersedia: perlu ExcelApi 1.13" +
        "Rakit menganggap sel No, Sasaran, Perkiraan Biaya dan Pelaksana yang kosong di bawah isinya sebagai satu sel gabungan; Sisipkan memberi tahu bila memakai anggapan itu.",
      "Satu tindakan Rakit, satu Urungkan: tidak tersedia: perlu ExcelApi 1.20" +
        "Perubahan Rakit tidak digabung menjadi satu langkah Urungkan (Ctrl+Z). Simpan buku kerja sebelum Sisipkan, Tulis ke lembar atau Tahun Baru.",
    ]);
    // Inside Excel, the way out for an Excel that cannot run the pane is offered.
    expect(screen.getByRole("link", { name: "Buka Rakit tanpa Excel" }).getAttribute("href")).toBe("./index.html");
    await settle();
  });

  it("says 'unknown' for what the session cannot tell, and that all features are there at ExcelApi 1.20", async () => {
    const host = hostFrom({ [SHEET]: plannedWithProblems() }, { maxApiVersion: "1.20" });
    const session: ExcelSession = {
      run: (batch) => host.run(batch),
      isSetSupported: (n, v) => host.isSetSupported(n, v),
    };
    renderPane(host, { action: "bantuan", session });
    const facts = screen.getByRole("region", { name: "Excel ini" });
    expect(factOf(facts, "Versi Excel")).toBe("tidak diketahui");
    expect(factOf(facts, "Platform")).toBe("tidak diketahui");
    expect(factOf(facts, "ExcelApi")).toBe("1.20");
    expect(screen.getByText("Semua fitur Rakit tersedia di Excel ini.")).toBeTruthy();
    await settle();
  });

  it("runs the self-test on scratch sheets: pass per scenario, a report to copy, the user's sheets untouched", async () => {
    const user = userEvent.setup();
    // ExcelApi 1.20: every scenario can run, the undo-group one included.
    const host = hostFrom(
      { [SHEET]: plannedWithProblems(), "Rakit Uji 1": [["punya pengguna"]] },
      { maxApiVersion: "1.20" },
    );
    const before = dumpWorkbook(host);
    renderPane(host, { action: "bantuan", session: new WorkbenchSession(host) });
    expect(screen.getByText(/Lembar Anda tidak disentuh/)).toBeTruthy();

    await runSelfTestAndWait(user);

    expect(screen.getByText("Semua uji lulus")).toBeTruthy();
    const results = within(screen.getByRole("list", { name: "Hasil uji" })).getAllByRole("listitem");
    expect(results.map((li) => li.textContent)).toEqual(SCENARIOS.map((s) => `Lulus: ${s.name}`));
    const report = (screen.getByRole("textbox", { name: "Laporan uji (teks untuk disalin)" }) as HTMLTextAreaElement)
      .value;
    const lines = report.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Laporan uji Rakit",
      `Versi Rakit: ${packageJson.version}`,
      "Versi Excel: Rakit tanpa Excel (buku kerja di peramban)",
      "Platform: Rakit tanpa Excel (buku kerja di peramban)",
      "ExcelApi: 1.20",
    ]);
    expect(lines[5]).toMatch(/^Peramban: .+/);
    expect(lines[6]).toMatch(/^Waktu: \d{4}-\d\d-\d\dT/);
    expect(lines[7]).toBe(`${SCENARIOS.length} lulus, 0 gagal, 0 dilewati.`);
    for (const s of SCENARIOS) expect(report).toContain(`[LULUS] ${s.name} (`);
    expect(dumpWorkbook(host)).toBe(before);
    expect(screen.getByRole("button", { name: "Uji lagi" })).toBeTruthy();
  });

  it("shows a failing scenario with Office's error, and those skipped for the ExcelApi level, in the report", async () => {
    const user = userEvent.setup();
    const host = hostFrom({ [SHEET]: plannedWithProblems() }, { maxApiVersion: "1.7" });
    type Mutable = { name: string; needs?: string; run: unknown };
    const [first, second] = SCENARIOS as unknown as [Mutable, Mutable];
    const saved = [{ ...first }, { ...second }] as const;
    // One scenario finds Excel different from what the host assumes; another needs page layout (1.9).
    first.run = async () => {
      throw Object.assign(new Error("The argument is invalid or missing."), { code: "InvalidArgument" });
    };
    delete first.needs;
    second.needs = "pageLayout";
    // At ExcelApi 1.7 every scenario that needs a newer set is skipped too.
    const skipped = SCENARIOS.filter((s) => s.needs !== undefined).length;
    try {
      renderPane(host, { action: "bantuan" });
      await runSelfTestAndWait(user);
    } finally {
      for (const [scenario, original] of [
        [first, saved[0]],
        [second, saved[1]],
      ] as const) {
        delete scenario.needs;
        Object.assign(scenario, original);
      }
    }
    expect(screen.getByText("1 uji gagal")).toBeTruthy();
    const items = within(screen.getByRole("list", { name: "Hasil uji" })).getAllByRole("listitem");
    expect(items[0]?.textContent).toBe(`Gagal: ${first.name}InvalidArgument: The argument is invalid or missing.`);
    expect(items[1]?.textContent).toBe(`Dilewati: ${second.name}needs ExcelApi 1.9, which this Excel lacks`);
    const report = (screen.getByRole("textbox") as HTMLTextAreaElement).value;
    expect(report).toContain(`[GAGAL] ${first.name} (`);
    expect(report).toContain("    InvalidArgument: The argument is invalid or missing.");
    expect(report).toContain(`[DILEWATI] ${second.name} (0 ms)\n    needs ExcelApi 1.9, which this Excel lacks`);
    expect(report).toContain(`${SCENARIOS.length - 1 - skipped} lulus, 1 gagal, ${skipped} dilewati.`);
  });

  it("copies the report with the Clipboard API", async () => {
    const user = userEvent.setup();
    const host = hostFrom({ [SHEET]: plannedWithProblems() });
    renderPane(host, { action: "bantuan" });
    await runSelfTestAndWait(user);
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });

    await user.click(screen.getByRole("button", { name: "Salin laporan" }));

    expect(await screen.findByText(/^Laporan disalin\./)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith((screen.getByRole("textbox") as HTMLTextAreaElement).value);
  });

  it("where the clipboard is refused, selects the report's text and asks for Ctrl+C", async () => {
    const user = userEvent.setup();
    const host = hostFrom({ [SHEET]: plannedWithProblems() });
    renderPane(host, { action: "bantuan" });
    await runSelfTestAndWait(user);
    const writeText = jest.fn(async () => {
      throw new DOMException("Write permission denied.", "NotAllowedError");
    });
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    // jsdom has no copy command: document.execCommand("copy") is false, as in a webview that refuses it.
    Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });

    await user.click(screen.getByRole("button", { name: "Salin laporan" }));

    expect(await screen.findByText(/^Teks laporan sudah dipilih: tekan Ctrl\+C/)).toBeTruthy();
    const field = screen.getByRole("textbox") as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it("keeps a run's results when the user looks at another tab and comes back", async () => {
    const user = userEvent.setup();
    const host = hostFrom({ [SHEET]: plannedWithProblems() });
    renderPane(host, { action: "bantuan" });
    await user.click(screen.getByRole("button", { name: "Uji Rakit di Excel ini" }));
    await user.click(screen.getByRole("tab", { name: "Periksa" }));
    await user.click(screen.getByRole("tab", { name: "Bantuan" }));
    await waitFor(() => expect(screen.getByText("Semua uji lulus")).toBeTruthy(), { timeout: 20_000 });
  });

  it("is in English under an English Office", async () => {
    const host = hostFrom({ [SHEET]: plannedWithProblems() });
    renderPane(host, { action: "bantuan", displayLanguage: "en-US" });
    expect(screen.getByRole("button", { name: "Test Rakit in this Excel" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Printing on F4 paper" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "This Excel" })).toBeTruthy();
    await settle();
  });
});
