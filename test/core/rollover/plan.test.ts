import type { Edit } from "../../../src/core/edits";
import { planRollover } from "../../../src/core/rollover";
import type { RolloverOptions, RolloverPlan } from "../../../src/core/rollover";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { changeText } from "../../../src/core/rollover/describe";
import { planOf, rak } from "../validate/rakSheet";
import { smallPlan, stages } from "./seedGrid";

function roll(snapshot: SheetSnapshot, options: Partial<RolloverOptions> = {}): RolloverPlan {
  const result = planRollover(planOf(snapshot), snapshot, { year: 2025, ...options });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result;
}

/** Single-cell writes as "A1=value", in order. */
function writes(edits: readonly Edit[]): string[] {
  return edits.flatMap((e) =>
    e.kind === "setValues" ? [`${e.address}=${e.values.map((r) => r.join("|")).join("/")}`] : [],
  );
}

describe("planRollover", () => {
  test("copies the sheet, then edits only the copy: title year, Tahun Anggaran, signature date", () => {
    const r = roll(smallPlan(), { existingSheets: ["RAK 2024"] });
    expect(r.newSheet).toBe("RAK 2025");
    expect(r.fromYear).toBe(2024);
    expect(r.edits[0]).toEqual({ kind: "copySheet", sheet: "RAK 2024", newName: "RAK 2025" });
    expect(r.edits.slice(1).every((e) => e.sheet === "RAK 2025")).toBe(true);
    expect(r.finishEdits.every((e) => e.sheet === "RAK 2025")).toBe(true);
    expect(writes(r.edits)).toEqual(["A2=TAHUN 2025", "B4=: 2025", "N14=Prabumulih, … Januari 2025"]);
    expect(r.changes.map((c) => c.kind)).toEqual(["titleYear", "tahunAnggaran", "signatureDate"]);
    expect(r.notes).toEqual([]);
  });

  test("a one-line title keeps its words: only the year token changes", () => {
    const r = roll(smallPlan({ titleInOneLine: true }));
    expect(writes(r.edits)[0]).toBe("A1=RENCANA AKSI KINERJA TAHUN 2025");
  });

  test("the signature date is highlighted on the new sheet until its day is filled in", () => {
    const r = roll(smallPlan());
    expect(r.finishEdits).toEqual([
      { kind: "removeConditionalFormats", sheet: "RAK 2025" },
      {
        kind: "addConditionalFormat",
        sheet: "RAK 2025",
        address: "N14:S14",
        formula: '=N("rakit")+(ISNUMBER(SEARCH("…",$N$14)))',
        fill: "#FFF4CE",
      },
      { kind: "select", sheet: "RAK 2025", address: "A1" },
    ]);
  });

  test("year mentions are listed with a suggestion, and kept unless the user decides otherwise", () => {
    const r = roll(smallPlan());
    expect(r.review.yearMentions.map((m) => [m.address, m.suggestion, m.block])).toEqual([
      ["C7", "Laporan keuangan Tahun 2024 tepat waktu", 1],
    ]);
    // "Pemilu Tahun 2024" names the election, not the plan year: listed apart, nothing proposed.
    expect(r.review.eventMentions.map((m) => [m.address, m.text, m.years, m.block])).toEqual([
      ["E9", "Bimtek KPPS Pemilu Tahun 2024", [2024], 2],
    ]);
    // "UU No. 7 Tahun 2017" is a law's year, not the plan's: not listed.
    expect(r.review.yearMentions.some((m) => m.text.includes("2017"))).toBe(false);
    expect(writes(r.edits).some((w) => w.startsWith("C7") || w.startsWith("E9"))).toBe(false);
  });

  test("a mention the user decided on: the suggestion, or the user's own text", () => {
    const r = roll(smallPlan(), { yearMentions: { C7: "change", E9: { text: "Bimtek KPPS Pilkada 2025" } } });
    expect(writes(r.edits)).toEqual(
      expect.arrayContaining(["C7=Laporan keuangan Tahun 2024 tepat waktu", "E9=Bimtek KPPS Pilkada 2025"]),
    );
    expect(r.changes.filter((c) => c.kind === "yearMention")).toHaveLength(2);
  });

  test("an election's year has no suggestion to take: 'change' leaves it as written", () => {
    const r = roll(smallPlan(), { yearMentions: { E9: "change" } });
    expect(writes(r.edits).some((w) => w.startsWith("E9"))).toBe(false);
    expect(r.changes.some((c) => c.kind === "yearMention")).toBe(false);
  });

  test("stage blocks outside the new year are proposed, routine ones never; nothing is dropped unasked", () => {
    const r = roll(smallPlan(), { stageYears: stages });
    expect(r.review.proposedDrops).toEqual([
      expect.objectContaining({
        no: 2,
        code: "6872",
        reason: "stageEnded",
        stageYears: [2024],
        firstRow: 8,
        lastRow: 9,
      }),
    ]);
    expect(r.edits.some((e) => e.kind === "deleteRows")).toBe(false);
    // Without the catalog every block is routine.
    expect(roll(smallPlan()).review.proposedDrops).toEqual([]);
    // A stage still running (or not yet begun) in the new year is not proposed as ended.
    const later = roll(smallPlan(), { stageYears: () => [2026] });
    expect(later.review.proposedDrops.map((d) => d.reason)).toEqual([
      "stageNotStarted",
      "stageNotStarted",
      "stageNotStarted",
    ]);
    expect(roll(smallPlan(), { stageYears: () => [2024, 2025] }).review.proposedDrops).toEqual([]);
  });

  test("dropping a block deletes its rows after every other edit, renumbers the rest, and follows a typed total", () => {
    const r = roll(smallPlan(), { stageYears: stages, dropBlocks: [2] });
    const tail = r.edits.slice(-1)[0];
    expect(tail).toEqual({ kind: "deleteRows", sheet: "RAK 2025", row: 8, count: 2 });
    expect(writes(r.edits)).toEqual([
      "A2=TAHUN 2025",
      "B4=: 2025",
      "A11=2",
      "R12=3000000",
      "N14=Prabumulih, … Januari 2025",
    ]);
    expect(r.changes).toEqual(
      expect.arrayContaining([
        { kind: "dropped", no: 2, code: "6872", firstRow: 8, lastRow: 9 },
        { kind: "renumbered", from: 3, to: 2 },
        { kind: "totalUpdated", address: "R12", amount: 3_000_000 },
      ]),
    );
    // The mention in the dropped block is no longer anything to decide.
    expect(r.review.yearMentions.map((m) => m.address)).toEqual(["C7"]);
    // The signature moved up two rows with the deletion: the highlight is where it is then.
    expect(r.finishEdits[1]).toMatchObject({
      address: "N12:S12",
      formula: '=N("rakit")+(ISNUMBER(SEARCH("…",$N$12)))',
    });
  });

  test("several drops go bottom-up, so each deletion's rows are still where the plan says", () => {
    const r = roll(smallPlan(), { dropBlocks: [3, 1] });
    expect(r.edits.filter((e) => e.kind === "deleteRows")).toEqual([
      { kind: "deleteRows", sheet: "RAK 2025", row: 10, count: 1 },
      { kind: "deleteRows", sheet: "RAK 2025", row: 6, count: 2 },
    ]);
    expect(writes(r.edits)).toContain("A9=1");
  });

  test("a SUM total is left to follow the deletion by itself; an unknown block number is reported", () => {
    const r = roll(smallPlan({ totalFormula: "=SUM(R7:R11)" }), { dropBlocks: [2, 7] });
    expect(writes(r.edits).some((w) => w.startsWith("R12"))).toBe(false);
    expect(r.notes).toEqual([{ kind: "unknownBlock", no: 7 }]);
  });

  test("clearing months empties each marked run; targets and budgets cell by cell, the typed total with them", () => {
    const r = roll(smallPlan(), { clear: { months: true, targets: true, budget: true } });
    const monthClears = r.edits.flatMap((e) =>
      e.kind === "setValues" && /^[F-Q]\d/.test(e.address) && e.values.flat().every((v) => v === "") ? [e.address] : [],
    );
    expect(monthClears).toEqual(["F7:H7", "F8:Q8", "F9", "G10", "I11:J11"]);
    expect(writes(r.edits)).toEqual(
      expect.arrayContaining(["D7=", "D8=", "D9=", "D10=", "D11=", "R7=", "R9=", "R11=", "R12="]),
    );
    expect(r.changes).toEqual(
      expect.arrayContaining([
        { kind: "cleared", what: "months", cells: 3 + 12 + 1 + 1 + 2 },
        { kind: "cleared", what: "targets", cells: 5 },
        { kind: "cleared", what: "budget", cells: 3 },
        { kind: "totalUpdated", address: "R12", amount: null },
      ]),
    );
  });

  test("a quarterly plan's cleared marks are called quarters, in both languages", () => {
    const quarterly = rak([
      [
        1,
        "Pembentukan Badan Adhoc (6867)",
        "Persentase pelantikan",
        100,
        "Pelantikan KPPS",
        "v",
        "v",
        null,
        null,
        1000,
        "Subbagian Hukum",
      ],
    ]);
    const r = roll(quarterly, { clear: { months: true } });
    const cleared = r.changes.find((c) => c.kind === "cleared");
    expect(cleared).toEqual({ kind: "cleared", what: "months", cells: 2, quarters: true });
    expect(changeText(cleared!, "id")).toBe("Tanda triwulan dikosongkan (2 sel).");
    expect(changeText(cleared!, "en")).toBe("Quarter marks cleared (2 cells).");
    expect(changeText({ kind: "cleared", what: "months", cells: 1 }, "en")).toBe("Month marks cleared (1 cell).");
  });

  test("a budget that is a formula is left, with a note", () => {
    const snapshot = smallPlan();
    const withFormula: SheetSnapshot = {
      ...snapshot,
      formulas: snapshot.formulas.map((row, r) => row.map((f, c) => (r === 10 && c === 17 ? "=Rincian!B9" : f))),
    };
    const r = roll(withFormula, { clear: { budget: true } });
    expect(r.notes).toEqual([{ kind: "formulaKept", address: "R11", what: "budget" }]);
    expect(writes(r.edits)).not.toContain("R11=");
  });

  test("the name: RAK 2025 (2) when taken; the user's own name; refusals as values", () => {
    expect(roll(smallPlan(), { existingSheets: ["RAK 2024", "RAK 2025"] }).newSheet).toBe("RAK 2025 (2)");
    expect(roll(smallPlan(), { newName: "RAK 2025 Perubahan" }).newSheet).toBe("RAK 2025 Perubahan");
    const plan = planOf(smallPlan());
    expect(planRollover(plan, smallPlan(), { year: 2025, newName: "RAK 2024" })).toEqual({
      ok: false,
      problem: { kind: "nameTaken", name: "RAK 2024" },
    });
    expect(planRollover(plan, smallPlan(), { year: 2025, newName: "RAK/2025" })).toEqual({
      ok: false,
      problem: { kind: "invalidName", name: "RAK/2025", why: "badCharacter" },
    });
    expect(planRollover(plan, smallPlan(), { year: 25 })).toEqual({
      ok: false,
      problem: { kind: "invalidYear", year: 25 },
    });
  });

  test("text stays a string in the plan, even where it reads like a number (the adapter writes it as text)", () => {
    const snapshot = smallPlan();
    const odd: SheetSnapshot = {
      ...snapshot,
      values: snapshot.values.map((row, r) => row.map((v, c) => (r === 9 && c === 4 ? "2024" : v))),
    };
    const r = roll(odd, { yearMentions: { E10: "change" } });
    const e10 = r.edits.find((e) => e.kind === "setValues" && e.address === "E10");
    expect(e10?.kind === "setValues" && e10.values).toEqual([["2025"]]);
  });

  test("a plan without a title year, Tahun Anggaran or signature says so, and changes what it can", () => {
    const snapshot = smallPlan();
    const bare: SheetSnapshot = {
      ...snapshot,
      values: snapshot.values.map((row, r) => (r === 1 || r === 3 || r === 13 ? row.map(() => "") : row)),
    };
    const r = roll(bare);
    expect(r.notes).toEqual([{ kind: "noTitleYear" }, { kind: "noTahunAnggaran" }, { kind: "noSignatureDate" }]);
    expect(r.fromYear).toBeNull();
    expect(r.review.yearMentions).toEqual([]);
    expect(r.finishEdits.map((e) => e.kind)).toEqual(["removeConditionalFormats", "select"]);
  });
});
