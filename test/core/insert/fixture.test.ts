import { insertEntries, standardCatalog } from "../../../src/app/katalog";
import { applyPlanned } from "../../../src/app/applyPlanned";
import type { RangeRef } from "../../../src/core/address";
import { a1, parseRangeA1, rangeA1 } from "../../../src/core/address";
import { planBudgetEdits, REKAP_SHEET } from "../../../src/core/budget";
import { seasonRules } from "../../../src/core/catalog";
import type { Plan } from "../../../src/core/model";
import { readPlan } from "../../../src/core/reader";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { validate } from "../../../src/core/validate";
import { readSnapshot } from "../../../src/excel/readSnapshot";
import { listSheets } from "../../../src/excel/readWorkbook";
import { createHostFromXlsx, type ExcelHost } from "../../../src/host/host";
import { fixtureBytes } from "../../helpers/host";

/**
 * The proof of Sisipkan on the seed workbook: insert through the adapter on the in-memory Excel
 * host, save to .xlsx, load the file again, and compare with the original cell by cell.
 */

const SHEET = "RAK 2024";
const bytes = fixtureBytes();
const maybe = bytes ? it : it.skip;

async function hostOf(data: Uint8Array | Buffer): Promise<ExcelHost> {
  return createHostFromXlsx(data);
}

async function snap(host: ExcelHost, sheet = SHEET): Promise<SheetSnapshot> {
  return host.run((context) => readSnapshot(context, sheet, { mergedAreas: true }));
}

/** Saved and loaded again, as a user would open the result. */
async function roundTrip(host: ExcelHost): Promise<ExcelHost> {
  return hostOf(await host.saveXlsx());
}

function planOf(s: SheetSnapshot): Plan {
  const read = readPlan(s);
  if (!read.ok) throw new Error("no RAK table");
  return read.plan;
}

function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? "";
}

function formulaAt(s: SheetSnapshot, row: number, col: number): string {
  return s.formulas[row - s.origin.row]?.[col - s.origin.col] ?? "";
}

/** "no code first-last rows", 1-based rows, one line per sasaran. */
function blockLines(plan: Plan): string[] {
  return plan.blocks.map((b) => `${b.no.value} ${b.code} ${b.firstRow + 1}-${b.lastRow + 1} ${b.rows.length}`);
}

const sortRanges = (ranges: readonly RangeRef[]): string[] => ranges.map(rangeA1).sort();

describe("Sisipkan on the seed fixture (adapter on the in-memory host, saved and read back)", () => {
  maybe("inserts into a middle block (3355, block 8) and as a new block (6868, after 6867)", async () => {
    const host = await hostOf(bytes as Buffer);
    const before = await snap(host);
    const beforePlan = planOf(before);

    const result = await insertEntries(host, { sheet: SHEET, entryIds: ["3355-09", "6868-01", "6868-02"] });
    expect(result.ok).toBe(true);
    const reopened = await roundTrip(host);
    const after = await snap(reopened);
    const plan = planOf(after);

    // The model: the new rows are in the right blocks, numbered in order.
    expect(blockLines(plan)).toEqual([
      "1 6709 10-12 3",
      "2 6867 13-16 4",
      "3 6868 17-18 2",
      "4 6870 19-22 4",
      "5 6871 23-26 4",
      "6 6872 27-29 3",
      "7 6981 30-34 5",
      "8 6982 35-35 1",
      "9 3355 36-44 9",
      "10 3360 45-52 8",
    ]);
    const block3 = plan.blocks[2];
    expect(block3?.title.value).toBe("Pemutakhiran Data Pemilih dan Penyusunan Daftar Pemilih (6868)");
    expect(block3?.budget).toBe(0);
    expect(block3?.rows.map((r) => [r.kegiatan.value, r.target.value.value, r.periods, r.pelaksana.value])).toEqual([
      [
        "Penyusunan daftar pemilih tambahan (DPTb) dan pelayanan pindah memilih Pemilu Tahun 2024",
        100,
        [1, 2],
        "Subbagian Rendatin",
      ],
      ["Koordinasi pelayanan pemilih khusus (DPK) bersama PPK dan PPS", 100, [2], "Subbagian Rendatin"],
    ]);
    const block9 = plan.blocks[8];
    const added = block9?.rows[8];
    expect([
      added?.row,
      added?.indicator.value,
      added?.target.value.value,
      added?.periods.length,
      added?.pelaksana.value,
    ]).toEqual([
      43,
      "Jumlah laporan rekonsiliasi keuangan yang disampaikan tepat waktu",
      12,
      12,
      "Subbagian Keuangan, Umum dan Logistik",
    ]);
    expect(block9?.budget).toBe(beforePlan.blocks[7]?.budget);
    expect(plan.totalBudget).toBe(beforePlan.totalBudget);
    expect(result.ok && result.newRows.map((r) => `${r.entryId}@${r.row + 1}#${r.blockNo}`)).toEqual([
      "6868-01@17#3",
      "6868-02@18#3",
      "3355-09@44#9",
    ]);

    // Rows at or below an insertion moved down by the rows inserted above them (0-based rows).
    const shift = (r: number): number => r + (r >= 16 ? 2 : 0) + (r >= 41 ? 1 : 0);

    // Every merge is intact: moved down, or (No / Sasaran / Biaya of block 8) grown over the new row;
    // the new block has its own, Pelaksana included (both rows name Subbagian Rendatin).
    const grown = new Set(["A34:A41", "B34:B41", "R34:R41"]);
    const expected = before.merges.map((m) =>
      grown.has(rangeA1(m))
        ? { ...m, top: shift(m.top), bottom: shift(m.bottom) + 1 }
        : { ...m, top: shift(m.top), bottom: shift(m.bottom) },
    );
    expected.push(...["A17:A18", "B17:B18", "R17:R18", "S17:S18"].map(parseRangeA1));
    expect(sortRanges(after.merges)).toEqual(sortRanges(expected));

    // Every cell keeps its value and formula at its new place, except the renumbered No cells.
    const renumbered = new Map<string, number>();
    for (const b of beforePlan.blocks.slice(2))
      renumbered.set(a1(shift(b.no.row), b.no.col), (b.no.value as number) + 1);
    const changed: string[] = [];
    for (let r = before.origin.row; r < before.origin.row + before.values.length; r++) {
      for (let c = before.origin.col; c < before.origin.col + (before.values[0]?.length ?? 0); c++) {
        const at = a1(shift(r), c);
        const want = renumbered.get(at) ?? valueAt(before, r, c);
        if (valueAt(after, shift(r), c) !== want || formulaAt(after, shift(r), c) !== formulaAt(before, r, c))
          changed.push(`${a1(r, c)}->${at}`);
      }
    }
    expect(changed).toEqual([]);
    expect([...renumbered.values()]).toEqual([4, 5, 6, 7, 8, 9, 10]);

    // Formats come from the neighbouring row: each new row looks like the data row above it.
    const sheet = reopened.workbook.sheetByName(SHEET);
    const styleOf = (r: number, c: number): string => JSON.stringify(sheet?.styleAt(r, c) ?? null);
    for (const [row, above] of [
      [16, 15],
      [17, 15],
      [43, 42],
    ] as const) {
      for (let c = 0; c <= 18; c++)
        expect(`${a1(row, c)} ${styleOf(row, c)}`).toBe(`${a1(row, c)} ${styleOf(above, c)}`);
    }

    // The new rows raise no finding of their own, not even a season check.
    const findings = validate(plan, { extraRules: seasonRules(standardCatalog()) });
    const onNewRows = findings.filter((f) => [16, 17, 43].some((r) => f.range.top <= r && f.range.bottom >= r));
    expect(onNewRows.map((f) => `${f.rule} ${f.address}`)).toEqual([]);
  });

  maybe("does the same on Excel 2019 (ExcelApi 1.7), which cannot report merged cells", async () => {
    const full = await hostOf(bytes as Buffer);
    const old = await createHostFromXlsx(bytes as Buffer, { maxApiVersion: "1.7" });
    const ids = ["3355-09", "6868-01", "6868-02"];
    const a = await insertEntries(full, { sheet: SHEET, entryIds: ids });
    const b = await insertEntries(old, { sheet: SHEET, entryIds: ids });
    expect(b.ok && b.notes.map((n) => n.key)).toContain("insert.note.mergesInferred");
    // Read back with merge information: the merges Rakit inferred and grew are the real ones.
    const [sa, sb] = [await snap(await roundTrip(full)), await snap(await roundTrip(old))];
    expect(sortRanges(sb.merges)).toEqual(sortRanges(sa.merges));
    expect(sb.values).toEqual(sa.values);
    expect(a.ok && b.ok && b.newRows).toEqual(a.ok && a.newRows);
  });

  maybe(
    "keeps the JUMLAH row and the Rekap sheet covering every row when rows go in at the end of the table",
    async () => {
      const host = await hostOf(bytes as Buffer);
      // Anggaran first: a JUMLAH row under the table (=SUM(R10:R49)) and the Rekap Anggaran sheet.
      const s0 = await snap(host);
      const budget = planBudgetEdits(planOf(s0), s0, { existingSheets: await listSheets(host) });
      await applyPlanned(host, SHEET, null, budget.edits);
      const s1 = await snap(host);
      const p1 = planOf(s1);
      expect([p1.total?.row, p1.total?.amount?.formula]).toEqual([49, "=SUM(R10:R49)"]);

      // 3360 is the last sasaran: its new row goes in at row 50, right above JUMLAH, which Excel
      // would not grow by itself.
      const result = await insertEntries(host, { sheet: SHEET, entryIds: ["3360-09", "6868-01"] });
      expect(result.ok).toBe(true);
      // A budget for the new sasaran, typed by the user afterwards: the totals must follow it.
      await applyPlanned(host, SHEET, null, [
        { kind: "setValues", sheet: SHEET, address: "R17", values: [[1_000_000]] },
      ]);

      const reopened = await roundTrip(host);
      const after = await snap(reopened);
      const plan = planOf(after);
      expect(plan.blocks.map((b) => b.code)).toEqual([
        "6709",
        "6867",
        "6868",
        "6870",
        "6871",
        "6872",
        "6981",
        "6982",
        "3355",
        "3360",
      ]);
      expect([plan.lastDataRow + 1, plan.total?.row]).toEqual([51, 51]);
      expect(plan.total?.amount?.formula).toBe("=SUM(R10:R51)");
      expect(plan.total?.amount?.amount).toBe(23_142_485_000 + 1_000_000);
      expect(result.ok && result.notes.map((n) => n.key)).toContain("insert.note.totalUpdated");

      // The Rekap sheet was written again from the sheet as it is now: ten sasaran, the new one
      // included, and its sums equal the table's.
      const rekap = await snap(reopened, REKAP_SHEET);
      const rows = rekap.values;
      const sasaranRow = rows.findIndex((line) =>
        line.includes("Pemutakhiran Data Pemilih dan Penyusunan Daftar Pemilih (6868)"),
      );
      expect(sasaranRow).toBeGreaterThan(0);
      expect(rows[sasaranRow]?.[2]).toBe(1_000_000);
      // Per sasaran, per pelaksana and per month: each section's Jumlah is the table's total.
      const sums = rows.filter((line) => line[1] === "Jumlah").map((line) => line[2]);
      expect(sums).toEqual([23_143_485_000, 23_143_485_000, 23_143_485_000]);
      // The code column of the per-sasaran section (Excel reads "6709" typed into a cell as a number).
      const codes = rows.map((line) => String(line[3])).filter((v) => /^\d{4}$/.test(v));
      expect(codes).toEqual(["6709", "6867", "6868", "6870", "6871", "6872", "6981", "6982", "3355", "3360"]);
    },
  );
});
