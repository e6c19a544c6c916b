import { readPlan } from "../../../src/core/reader";
import type { CellValue } from "../../../src/core/snapshot";
import { row, sheet } from "../../helpers/sheet";
import { HEAD } from "./table";

describe("readPlan", () => {
  it("says no-table for a sheet without a RAK table", () => {
    expect(readPlan(sheet([["Daftar hadir rapat"], ["Nama", "Tanda tangan"]]))).toMatchObject({
      ok: false,
      reason: "no-table",
      diagnosis: { row: null, found: [] },
    });
    expect(readPlan(sheet([[]]))).toMatchObject({ ok: false, reason: "no-table" });
  });

  it("reads from the header row the user chose", () => {
    const s = sheet([["catatan", "lain"], HEAD, [1, "S (6709)", "A", 95, "k", "v"]], { name: "RAK" });
    const result = readPlan(s, { headerRow: 1 });
    expect(result.ok && result.plan.sheet).toBe("RAK");
    expect(result.ok && result.plan.blocks[0]?.rows[0]?.periods).toEqual([1]);
    expect(readPlan(s, { headerRow: 0 })).toMatchObject({ ok: false, reason: "no-table" });
  });

  it("does not choke on a 32,000-character cell anywhere", () => {
    const huge = "Persentase ".repeat(2900) + "x,x.x ,- (6709".repeat(10);
    expect(huge.length).toBeGreaterThan(32000);
    const s = sheet([
      [huge],
      [huge, huge],
      HEAD,
      [1, huge, huge, huge, huge, huge, "v", "", "", "", "", "", "", "", "", "", "", huge, huge],
      [huge],
      [huge, "", "", "", "", "", "", "", "", "", "", "", "", huge],
    ]);
    const started = Date.now();
    const result = readPlan(s);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = result.plan.blocks[0]?.rows[0];
    expect(r?.indicator.value).toBe(huge);
    expect(r?.target.value.value).toBeNull();
    expect(r?.periodCells[0]?.kind).toBe("invalid");
    expect(result.plan.blocks[0]?.budget).toBeNull();
    expect(result.plan.blocks[0]?.code).toBeNull();
  });

  it("reads a 2,000-row, 200-block sheet with merges in linear time", () => {
    const rows: CellValue[][] = [["RENCANA AKSI KINERJA"], ["TAHUN 2024"], [], HEAD];
    const merges: string[] = [];
    for (let b = 0; b < 200; b++) {
      const first = rows.length + 1; // 1-based sheet row of the block's first row
      for (let i = 0; i < 10; i++) {
        rows.push([
          i === 0 ? b + 1 : "",
          i === 0 ? `Sasaran ${b + 1} (${1000 + b})` : "",
          `Indikator ${b}.${i}`,
          95,
          `Kegiatan ${b}.${i}`,
          ...Array.from({ length: 12 }, (_, m) => (m % 2 === i % 2 ? "v" : "")),
          i === 0 ? 1000000 : "",
          i < 5 ? "Subbagian Umum" : "",
        ]);
      }
      const last = first + 9;
      merges.push(`A${first}:A${last}`, `B${first}:B${last}`, `R${first}:R${last}`, `S${first}:S${first + 4}`);
    }
    const s = sheet(rows, { merges });
    const started = Date.now();
    const result = readPlan(s);
    const elapsed = Date.now() - started;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.blocks).toHaveLength(200);
    expect(result.plan.blocks.reduce((n, b) => n + b.rows.length, 0)).toBe(2000);
    expect(result.plan.totalBudget).toBe(200 * 1000000);
    expect(result.plan.lastDataRow).toBe(row(2004));
    expect(result.plan.blocks[199]?.code).toBe("1199");
    // Generous bound: the point is linear, not quadratic (which would take seconds here).
    expect(elapsed).toBeLessThan(1500);
  });
});
