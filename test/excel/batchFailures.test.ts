/**
 * Excel's batches are not transactional: when the k-th command of a batch fails, the commands
 * before it stay applied. Each of Rakit's real plans is failed here at many points of its write
 * batch (first, last, and every command or a spread of them between), on the in-memory host, which
 * keeps what ran before the failure as Excel does. After each failure the message must be true:
 * "not changed" or "undone" only when the workbook is as it was, cell for cell; otherwise the
 * changes that remain, named.
 */
import { writeBudget } from "../../src/app/anggaran";
import { cetak } from "../../src/app/cetak";
import { highlightSchedule } from "../../src/app/jadwal";
import { insertEntries, standardCatalog } from "../../src/app/katalog";
import { checkSheet, clearHighlights, highlightFindings } from "../../src/app/periksa";
import { tahunBaru } from "../../src/app/tahunBaru";
import { stageYearsFromCatalog } from "../../src/core/rollover";
import { RakitExcelError, type BatchOutcome } from "../../src/excel/errors";
import type { ExcelSession } from "../../src/excel/session";
import { ExcelHost, type HostOptions } from "../../src/host/host";
import { Workbook } from "../../src/host/model/workbook";
import { buildRakWorkbook } from "../../src/samples/buildRakWorkbook";
import { SEED_SPEC } from "../cli/helpers";
import { hostFromWorkbook } from "../helpers/host";

const SHEET = "RAK 2024";

type UseCase = (session: ExcelSession) => Promise<unknown>;

/**
 * Everything the model holds, as in dumpWorkbook, but blind to what Excel does not show either:
 * the host's internal rule ids, the order in which it lists merged areas, and the row edits the
 * package writer keeps to match rows with the file's (an insert undone by a delete is two entries).
 */
function dump(host: ExcelHost): string {
  return JSON.stringify(host.workbook.sheets, (key, value: unknown) => {
    if (value instanceof Map) return [...value.entries()];
    if (key === "source" && value !== null && typeof value === "object") return { ...value, edits: undefined };
    if (key === "conditionalFormats" && Array.isArray(value))
      return value.map((cf: Record<string, unknown>) => ({ ...cf, id: undefined }));
    if (key === "merges" && Array.isArray(value))
      return [...(value as { top: number; left: number }[])].sort((a, b) => a.top - b.top || a.left - b.left);
    return value;
  });
}

let base: ExcelHost;
beforeAll(async () => {
  base = await hostFromWorkbook(buildRakWorkbook(SEED_SPEC));
});

function fresh(options?: HostOptions): ExcelHost {
  const wb = new Workbook();
  wb.restore(base.workbook.snapshot());
  return new ExcelHost(wb, options);
}

/** The write batches a use case sends (restores aside) and how many commands each has. */
async function writeBatches(useCase: UseCase, prepare: (h: ExcelHost) => Promise<void>): Promise<number[]> {
  const host = fresh();
  await prepare(host);
  host.resetStats();
  await useCase(host);
  return host.stats.log.filter((l) => l.writes).map((l) => l.actions);
}

/** Commands to fail at: all of a small batch, else the first three, the last three and a spread. */
function points(n: number): number[] {
  if (n <= 12) return Array.from({ length: n }, (_, i) => i + 1);
  const spread = Array.from({ length: 5 }, (_, i) => Math.round(((i + 1) * n) / 6));
  return [...new Set([1, 2, 3, ...spread, n - 2, n - 1, n])].sort((a, b) => a - b);
}

interface Failed {
  readonly outcome: BatchOutcome | undefined;
  readonly message: string;
  readonly dump: string;
}

async function failAt(
  useCase: UseCase,
  prepare: (h: ExcelHost) => Promise<void>,
  writeSync: number,
  atCommand: number,
): Promise<Failed> {
  const host = fresh();
  await prepare(host);
  host.failNext({ writeSync, atCommand, code: "GeneralException" });
  const error = await useCase(host).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RakitExcelError)) throw new Error(`expected a RakitExcelError, got ${String(error)}`);
  expect(error.code).toBe("GeneralException");
  return { outcome: error.outcome, message: error.describe("id"), dump: dump(host) };
}

const none = async (): Promise<void> => undefined;

async function highlighted(host: ExcelHost): Promise<void> {
  await highlightFindings(host, await checkSheet(host, { sheet: SHEET }));
}

const CASES: [name: string, useCase: UseCase, prepare: (h: ExcelHost) => Promise<void>][] = [
  [
    "Katalog: insert entries (rows inserted, merges grown, renumbered)",
    (s) => insertEntries(s, { sheet: SHEET, entryIds: ["3355-09", "6868-01"], catalog: standardCatalog() }),
    none,
  ],
  [
    "Tahun Baru (sheet copied, texts and years, blocks dropped; then highlights and the new sheet shown)",
    (s) =>
      tahunBaru(s, {
        sheet: SHEET,
        year: 2025,
        stageYears: stageYearsFromCatalog(standardCatalog()),
        dropEnded: true,
        changeAllYears: true,
      }),
    none,
  ],
  ["Tulis ke lembar: totals, Rekap sheet and chart, first run", (s) => writeBudget(s, { sheet: SHEET }), none],
  ["Sorot: highlight the findings", (s) => checkSheet(s, { sheet: SHEET }).then((r) => highlightFindings(s, r)), none],
  ["Hapus sorotan after Sorot", (s) => clearHighlights(s, SHEET), highlighted],
  ["Sorot jadwal", (s) => highlightSchedule(s, { sheet: SHEET }), highlighted],
  ["Cetak: highlights off, page set up", (s) => cetak(s, { sheet: SHEET, force: true }), highlighted],
];

describe("a write batch that fails part-way tells the truth about the workbook", () => {
  it.each(CASES)(
    "%s",
    async (_name, useCase, prepare) => {
      const batches = await writeBatches(useCase, prepare);
      expect(batches.length).toBeGreaterThan(0);
      for (const [w, count] of batches.entries()) {
        // The workbook before this batch: the same run failed at the batch's first command.
        const reference = await failAt(useCase, prepare, w + 1, 1);
        expect(reference.outcome).toEqual({ kind: "unchanged" });
        for (const k of points(count)) {
          const failed = await failAt(useCase, prepare, w + 1, k);
          const where = `batch ${w + 1} of ${batches.length}, command ${k} of ${count}`;
          expect({ where, outcome: failed.outcome?.kind }).toEqual({
            where,
            outcome: expect.stringMatching(/unchanged|restored/),
          });
          expect({ where, same: failed.dump === reference.dump }).toEqual({ where, same: true });
          expect(failed.message).toMatch(/tidak berubah|mengembalikannya/);
        }
      }
    },
    120_000,
  );
});

describe("what cannot be undone is named, with the step to undo it", () => {
  const insert: UseCase = (s) =>
    insertEntries(s, { sheet: SHEET, entryIds: ["3355-09", "6868-01"], catalog: standardCatalog() });

  it("when the undo fails too, the rows inserted and cells written are listed, read from the sheet", async () => {
    const [count] = await writeBatches(insert, none);
    const host = fresh();
    // The write batch fails at its last command; then the undo batch fails at its first.
    host.failNext({ writeSync: 1, atCommand: count!, code: "GeneralException" });
    host.failNext({ writeSync: 1, atCommand: 1, code: "GeneralException" });
    const error = (await insert(host).catch((e: unknown) => e)) as RakitExcelError;
    expect(error.outcome?.kind).toBe("changed");
    if (error.outcome?.kind !== "changed") return;
    expect(error.outcome.changes).toContainEqual({ kind: "rowsInserted", sheet: SHEET });
    const message = error.describe("id");
    expect(message).toContain("tidak dapat dikembalikan otomatis");
    expect(message).toContain('Baris baru sudah disisipkan di lembar "RAK 2024"');
    expect(error.describe("en")).toContain('New rows were inserted on sheet "RAK 2024"');
  });

  it("on Office 2019 (no merged-areas API) the merges Rakit can't read back are named as possibly changed", async () => {
    const host = fresh({ maxApiVersion: "1.7" });
    const before = dump(host);
    host.failNext({ writeSync: 1, atCommand: 1, code: "GeneralException" });
    const error = (await insert(host).catch((e: unknown) => e)) as RakitExcelError;
    // Nothing ran, but Excel 2019 can't show merges: Rakit does not claim what it cannot see.
    expect(dump(host)).toBe(before);
    expect(error.outcome?.kind).toBe("changed");
    if (error.outcome?.kind !== "changed") return;
    expect(new Set(error.outcome.changes.map((c) => c.kind))).toEqual(new Set(["merges"]));
  });

  it("a Rekap sheet emptied and partly rewritten on a second run says so, and how to make it anew", async () => {
    const prepare = async (h: ExcelHost) => {
      await writeBudget(h, { sheet: SHEET });
    };
    const [count] = await writeBatches((s) => writeBudget(s, { sheet: SHEET }), prepare);
    const failed = await failAt((s) => writeBudget(s, { sheet: SHEET }), prepare, 1, Math.round(count! / 2));
    expect(failed.outcome?.kind).toBe("changed");
    if (failed.outcome?.kind !== "changed") return;
    expect(failed.outcome.changes).toContainEqual({ kind: "cleared", sheet: "Rekap Anggaran" });
    expect(failed.message).toContain('Lembar "Rekap Anggaran" buatan Rakit sempat dikosongkan');
    expect(failed.message).toContain("Jalankan perintah ini lagi");
  });
});
