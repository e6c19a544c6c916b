import { checkSheet, highlightFindings } from "../../../src/app/periksa";
import { previewTahunBaru, tahunBaru, type TahunBaruOptions, type TahunBaruResult } from "../../../src/app/tahunBaru";
import type { Finding } from "../../../src/core/findings";
import type { Plan } from "../../../src/core/model";
import { stageYearsFromCatalog } from "../../../src/core/rollover";
import { createHostFromXlsx, type ExcelHost } from "../../../src/host/host";
import { fixtureBytes } from "../../helpers/host";
import { hostFrom } from "../../host/grid";
import { smallPlan, stages } from "./seedGrid";
import { standardCatalog } from "../catalog/helpers";

/**
 * Tahun Baru on the in-memory Excel host, through the same adapter as in Excel, on the seed plan
 * ("RAK 2024": 9 blocks, 40 rows, title TAHUN 2024, Tahun Anggaran 2023, signature at N52).
 */
const bytes = fixtureBytes();
/** Stage-bound codes per the catalog Rakit ships: the Pemilu 2024 tahapan, 6709 (planning) among them. */
const stageYears = stageYearsFromCatalog(standardCatalog());
const maybe = bytes ? describe : describe.skip;

async function seedHost(): Promise<ExcelHost> {
  return createHostFromXlsx(bytes as Buffer);
}

/** One sheet of the host's model, every cell, style, merge, rule and print setting, as a string. */
function dumpSheet(host: ExcelHost, name: string): string {
  const sheet = host.workbook.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return JSON.stringify(sheet, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
}

async function made(host: ExcelHost, options: Partial<TahunBaruOptions> = {}): Promise<TahunBaruResult> {
  const result = await tahunBaru(host, { year: 2025, stageYears, ...options });
  if (!result.ok) throw new Error(`not made: ${JSON.stringify(result)}`);
  return result as TahunBaruResult;
}

/**
 * Periksa's reading of the new sheet, with the built-in checks' findings: the catalog's season
 * checks (which Periksa also runs) judge the stages kept or dropped, not the rollover, and have
 * their own tests (test/core/catalog).
 */
async function reread(host: ExcelHost, sheet: string): Promise<{ plan: Plan; findings: readonly Finding[] }> {
  const { analysis } = await checkSheet(host, { sheet });
  if (!analysis.plan) throw new Error(`${sheet} holds no RAK table`);
  return { plan: analysis.plan, findings: analysis.findings.filter((f) => !f.rule.startsWith("season.")) };
}

const rows = (plan: Plan): number => plan.blocks.reduce((n, b) => n + b.rows.length, 0);
const brief = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.address}`);

maybe("Tahun Baru on the seed plan", () => {
  test("a new sheet RAK 2025 after RAK 2024, which stays as it was, cell for cell", async () => {
    const host = await seedHost();
    const before = dumpSheet(host, "RAK 2024");
    const result = await made(host);
    expect(result.newSheet).toBe("RAK 2025");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["RAK 2024", "RAK 2025"]);
    expect(dumpSheet(host, "RAK 2024")).toBe(before);
    expect(host.workbook.activeSheet?.name).toBe("RAK 2025");
  });

  test("it re-reads with the same 9 blocks and 40 rows, the year 2025, and only the seed's own empty-month row", async () => {
    const host = await seedHost();
    await made(host);
    const { plan, findings } = await reread(host, "RAK 2025");
    expect(plan.blocks).toHaveLength(9);
    expect(rows(plan)).toBe(40);
    expect(plan.meta.year?.value).toBe(2025);
    expect(plan.meta.tahunAnggaran?.value).toBe(2025);
    expect(plan.totalBudget).toBe(23_142_485_000);
    // The 2023/2024 mismatch is gone; row 33 (block 7, 6982) never had a month.
    expect(brief(findings)).toEqual(["row.noMonth F33:Q33"]);
    const cells = host.workbook.sheetByName("RAK 2025");
    expect(cells?.getCell(51, 13)?.value).toBe("Prabumulih, … Januari 2025");
    // Year mentions are only listed: the text is as it was.
    expect(cells?.getCell(12, 4)?.value).toBe("Pengumuman Pembentukan KPPS Pemilu Tahun 2024");
  });

  test("the preview lists the year mentions and proposes the Pemilu 2024 stage blocks, writing nothing", async () => {
    const host = await seedHost();
    const preview = await previewTahunBaru(host, { year: 2025, stageYears });
    if (!preview.ok || !("review" in preview)) throw new Error("no preview");
    expect(preview.applied).toBe(0);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["RAK 2024"]);
    // 3355 and 3360 are routine; every other block is a Pemilu 2024 stage (6709: its planning stage).
    expect(preview.review.proposedDrops.map((d) => `${d.no}:${d.code}`)).toEqual([
      "1:6709",
      "2:6867",
      "3:6870",
      "4:6871",
      "5:6872",
      "6:6981",
      "7:6982",
    ]);
    // Every "2024" in the seed's text names an election ("Pemilu Tahun 2024"): there is no Pemilu in
    // 2025, so none is proposed for change; they are listed apart.
    expect(preview.review.yearMentions).toEqual([]);
    expect(preview.review.eventMentions).toHaveLength(13);
    expect(preview.review.eventMentions.every((m) => /Pemilu/.test(m.text) && m.years.includes(2024))).toBe(true);
  });

  test("dropping the ended stages leaves the routine blocks, numbered 1-2, that validate clean", async () => {
    const host = await seedHost();
    const result = await made(host, { dropEnded: true });
    expect(result.changes.filter((c) => c.kind === "dropped")).toHaveLength(7);
    const { plan, findings } = await reread(host, "RAK 2025");
    expect(plan.blocks.map((b) => [b.no.value, b.code, b.rows.length])).toEqual([
      [1, "3355", 8],
      [2, "3360", 8],
    ]);
    expect(plan.totalBudget).toBe(2_885_908_000 + 2_623_928_000);
    expect(findings).toEqual([]);
    // The signature (row 52) moved up 24 rows with the dropped ones, and is highlighted there until its day is filled in.
    const sheet = host.workbook.sheetByName("RAK 2025");
    expect(sheet?.getCell(27, 13)?.value).toBe("Prabumulih, … Januari 2025");
    expect(sheet?.conditionalFormats.map((cf) => [cf.formula, cf.ranges])).toEqual([
      ['=N("rakit")+(ISNUMBER(SEARCH("…",$N$28)))', [{ top: 27, left: 13, bottom: 27, right: 18 }]],
    ]);
  });

  test.each([
    ["months", { months: true }, "row.noMonth", 40],
    ["targets", { targets: true }, "row.targetMissing", 40],
    ["budget", { budget: true }, "block.budgetMissing", 9],
  ] as const)("clearing %s: the only new findings are the cleared fields", async (_what, clear, rule, count) => {
    const host = await seedHost();
    await made(host, { clear });
    const { findings } = await reread(host, "RAK 2025");
    const cleared = findings.filter((f) => f.rule === rule);
    expect(cleared).toHaveLength(count);
    expect(brief(findings.filter((f) => f.rule !== rule))).toEqual(
      rule === "row.noMonth" ? [] : ["row.noMonth F33:Q33"],
    );
  });

  test("only text the user writes replaces an election's year; the rest keep their text", async () => {
    const host = await seedHost();
    const result = await made(host, {
      yearMentions: { E13: "change", E16: { text: "Sosialisasi pendaftaran KPPS Pilkada 2025" } },
    });
    expect(result.changes.filter((c) => c.kind === "yearMention").map((c) => c.address)).toEqual(["E16"]);
    const sheet = host.workbook.sheetByName("RAK 2025");
    expect(sheet?.getCell(12, 4)?.value).toBe("Pengumuman Pembentukan KPPS Pemilu Tahun 2024");
    expect(sheet?.getCell(15, 4)?.value).toBe("Sosialisasi pendaftaran KPPS Pilkada 2025");
    expect(sheet?.getCell(13, 4)?.value).toBe("Pelantikan dan Pengambilan Sumpah/Janji Anggota KPPS Pemilu Tahun 2024");
  });

  test("Rakit's highlights stay on the old sheet and are not carried onto the new one", async () => {
    const host = await seedHost();
    const checked = await checkSheet(host, { sheet: "RAK 2024" });
    await highlightFindings(host, checked);
    const rules = host.workbook.sheetByName("RAK 2024")?.conditionalFormats.length ?? 0;
    expect(rules).toBeGreaterThan(0);
    await made(host);
    expect(host.workbook.sheetByName("RAK 2024")?.conditionalFormats).toHaveLength(rules);
    expect(host.workbook.sheetByName("RAK 2025")?.conditionalFormats.map((cf) => cf.formula)).toEqual([
      '=N("rakit")+(ISNUMBER(SEARCH("…",$N$52)))',
    ]);
  });

  test('a second run makes "RAK 2025 (2)"; a name the user chose that is taken is refused, nothing written', async () => {
    const host = await seedHost();
    await made(host);
    expect((await made(host, { sheet: "RAK 2024" })).newSheet).toBe("RAK 2025 (2)");
    const refused = await tahunBaru(host, { sheet: "RAK 2024", year: 2025, newName: "rak 2025" });
    expect(refused).toEqual({ ok: false, problem: { kind: "nameTaken", name: "rak 2025" } });
    expect(host.workbook.sheets).toHaveLength(3);
  });

  test("rolling the new sheet over again finds the reopened signature date", async () => {
    const host = await seedHost();
    await made(host);
    const next = await made(host, { sheet: "RAK 2025", year: 2026 });
    expect(next.changes.find((c) => c.kind === "signatureDate")).toMatchObject({
      from: "Prabumulih, … Januari 2025",
      to: "Prabumulih, … Januari 2026",
    });
    expect(next.notes).toEqual([]);
  });
});

describe("Tahun Baru with a JUMLAH formula", () => {
  test("dropping a block shrinks the SUM with the deleted rows: the total still adds up the kept blocks", async () => {
    const snapshot = smallPlan();
    const rowsOf = snapshot.values.map((r, i) =>
      r.map((v, c) => (i === 11 && c === 17 ? "=SUM(R7:R11)" : v === "" ? null : v)),
    );
    const host = hostFrom({
      "RAK 2024": {
        rows: rowsOf as (string | number | null)[][],
        merges: ["A7:A8", "B7:B8", "R7:R8", "A9:A10", "B9:B10", "R9:R10", "N14:S14"],
      },
    });
    const result = await tahunBaru(host, { year: 2025, stageYears: stages, dropEnded: true });
    if (!result.ok || !("newSheet" in result)) throw new Error("not made");
    const sheet = host.workbook.sheetByName("RAK 2025");
    expect(sheet?.getCell(9, 17)).toMatchObject({ formula: "=SUM(R7:R9)", value: 3_000_000 });
    expect(host.workbook.sheetByName("RAK 2024")?.getCell(11, 17)).toMatchObject({
      formula: "=SUM(R7:R11)",
      value: 3_500_000,
    });
    const { findings } = await reread(host, "RAK 2025");
    expect(findings).toEqual([]);
  });
});
