import type { TahunBaruResult } from "../../../src/app/tahunBaru";
import type { DropReason } from "../../../src/core/rollover";
import {
  initialTahunBaru,
  parseYear,
  tahunBaruReducer,
  type TahunBaruAction,
  type TahunBaruState,
} from "../../../src/taskpane/state/tahunBaru";

function run(actions: readonly TahunBaruAction[], state: TahunBaruState = initialTahunBaru()): TahunBaruState {
  return actions.reduce(tahunBaruReducer, state);
}

function preview(
  drops: readonly number[],
  mentions: readonly string[],
  year = 2025,
  reason: DropReason = "stageEnded",
): TahunBaruResult {
  return {
    ok: true,
    source: "RAK 2024",
    newSheet: `RAK ${year}`,
    fromYear: 2024,
    year,
    edits: [],
    finishEdits: [],
    review: {
      proposedDrops: drops.map((no) => ({
        no,
        code: "6870",
        title: "Masa Kampanye Pemilu",
        reason,
        stageYears: [2023, 2024],
        firstRow: 0,
        lastRow: 0,
        rows: 1,
      })),
      yearMentions: mentions.map((address) => ({
        address,
        row: 0,
        col: 0,
        text: "Rencana kerja tahun 2024",
        suggestion: "Rencana kerja tahun 2025",
        years: [2024],
        eventYears: [],
        block: null,
      })),
      eventMentions: [],
    },
    changes: [],
    notes: [],
    applied: 0,
    periodKind: "month",
  };
}

describe("the Tahun Baru slice", () => {
  it("parseYear takes four digits only", () => {
    expect([parseYear("2025"), parseYear(" 2026 "), parseYear("20x"), parseYear(""), parseYear("12025")]).toEqual([
      2025,
      2026,
      null,
      null,
      null,
    ]);
  });

  it("starts with nothing cleared, dropped or changed: the user chooses", () => {
    const s = initialTahunBaru();
    expect([s.clear, s.drops, s.mentions, s.year, s.name]).toEqual([
      { months: false, targets: false, budget: false },
      [],
      [],
      "",
      "",
    ]);
  });

  it("the first preview fills in the year; a typed year stays", () => {
    const s = run([
      { type: "tahunBaru/previewStarted", id: 1 },
      { type: "tahunBaru/previewed", id: 1, year: 2025, result: preview([2], ["E9"]) },
    ]);
    expect([s.year, s.busy, s.notice]).toEqual(["2025", null, "previewed"]);
    const typed = run([
      { type: "tahunBaru/yearChanged", year: "2027" },
      { type: "tahunBaru/previewStarted", id: 2 },
      { type: "tahunBaru/previewed", id: 2, year: 2026, result: preview([], []) },
    ]);
    expect(typed.year).toBe("2027");
  });

  it("an ended stage starts ticked for removal, once: the user's untick stays; other proposals start unticked", () => {
    const s = run([
      { type: "tahunBaru/previewStarted", id: 1 },
      { type: "tahunBaru/previewed", id: 1, year: 2025, result: preview([1, 2], ["E9"]) },
    ]);
    expect([s.drops, s.mentions]).toEqual([[1, 2], []]);
    const again = run(
      [
        { type: "tahunBaru/dropToggled", no: 1, chosen: false },
        { type: "tahunBaru/previewStarted", id: 2 },
        { type: "tahunBaru/previewed", id: 2, year: 2025, result: preview([1, 2], ["E9"]) },
      ],
      s,
    );
    expect(again.drops).toEqual([2]);
    const notStarted = run([
      { type: "tahunBaru/previewStarted", id: 1 },
      { type: "tahunBaru/previewed", id: 1, year: 2027, result: preview([3], [], 2027, "stageNotStarted") },
    ]);
    expect(notStarted.drops).toEqual([]);
  });

  it("choices the new review no longer offers are forgotten; a stale preview is ignored", () => {
    const s = run([
      { type: "tahunBaru/previewStarted", id: 1 },
      { type: "tahunBaru/previewed", id: 1, year: 2025, result: preview([1, 2], ["E9", "E12"]) },
      { type: "tahunBaru/dropToggled", no: 1, chosen: true },
      { type: "tahunBaru/dropToggled", no: 2, chosen: true },
      { type: "tahunBaru/mentionToggled", address: "E12", chosen: true },
      { type: "tahunBaru/clearChanged", what: "months", value: true },
    ]);
    expect([s.drops, s.mentions, s.clear.months]).toEqual([[1, 2], ["E12"], true]);
    const next = run(
      [
        { type: "tahunBaru/previewStarted", id: 2 },
        { type: "tahunBaru/previewStarted", id: 3 },
        { type: "tahunBaru/previewed", id: 2, year: 2025, result: preview([], []) },
        { type: "tahunBaru/previewed", id: 3, year: 2026, result: preview([2], ["E9"], 2026) },
      ],
      s,
    );
    expect([next.drops, next.mentions, next.clear.months]).toEqual([[2], [], true]);
  });

  it("made: the choices start over, the result and its counts stay; a refusal keeps the choices", () => {
    const s = run([
      { type: "tahunBaru/previewStarted", id: 1 },
      { type: "tahunBaru/previewed", id: 1, year: 2025, result: preview([2], []) },
      { type: "tahunBaru/dropToggled", no: 2, chosen: true },
      { type: "tahunBaru/createStarted" },
    ]);
    expect(s.busy).toBe("tahunBaruCreate");
    const refusedResult = { ok: false, problem: { kind: "nameTaken", name: "RAK 2025" } } as const;
    const refused = run([{ type: "tahunBaru/created", result: refusedResult, counts: null }], s);
    expect([refused.busy, refused.preview, refused.drops]).toEqual([null, refusedResult, [2]]);
    const counts = { errors: 0, warnings: 1, infos: 2 };
    const made = run([{ type: "tahunBaru/created", result: preview([2], []), counts }], s);
    expect([made.made?.counts, made.drops, made.preview, made.notice]).toEqual([counts, [], null, "created"]);
    expect(run([{ type: "tahunBaru/restarted" }], made).made).toBeNull();
  });
});
