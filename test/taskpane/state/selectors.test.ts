import { analyzeSheet } from "../../../src/core/analyze";
import type { Finding, Severity } from "../../../src/core/findings";
import { countFindings, groupFindings, planFacts } from "../../../src/taskpane/state/selectors";
import { sheet } from "../../helpers/sheet";
import { plannedWithProblems } from "../helpers/rakGrids";

function finding(severity: Severity, address: string): Finding {
  return { rule: "row.targetMissing", severity, address, range: { top: 0, left: 0, bottom: 0, right: 0 }, params: {} };
}

const FINDINGS = [
  finding("warning", "K8"),
  finding("error", "D8"),
  finding("info", "A1"),
  finding("error", "F9:I9"),
  finding("warning", "B9"),
];

const addresses = (groups: ReturnType<typeof groupFindings>) =>
  groups.map((g) => `${g.severity}: ${g.findings.map((f) => f.address).join(" ")}`);

describe("countFindings", () => {
  it("counts per severity and in all", () => {
    expect(countFindings(FINDINGS)).toEqual({ all: 5, error: 2, warning: 2, info: 1 });
    expect(countFindings([])).toEqual({ all: 0, error: 0, warning: 0, info: 0 });
  });
});

describe("groupFindings", () => {
  it("groups most severe first, keeping the sheet order within a group", () => {
    expect(addresses(groupFindings(FINDINGS, "all", 100))).toEqual(["error: D8 F9:I9", "warning: K8 B9", "info: A1"]);
  });

  it("filters to one severity", () => {
    expect(addresses(groupFindings(FINDINGS, "warning", 100))).toEqual(["warning: K8 B9"]);
    expect(
      groupFindings(
        FINDINGS.filter((f) => f.severity !== "info"),
        "info",
        100,
      ),
    ).toEqual([]);
  });

  it("stops at the limit, across groups", () => {
    expect(addresses(groupFindings(FINDINGS, "all", 3))).toEqual(["error: D8 F9:I9", "warning: K8"]);
    expect(addresses(groupFindings(FINDINGS, "all", 2))).toEqual(["error: D8 F9:I9"]);
  });
});

describe("planFacts", () => {
  it("reads unit, year, counts and the total budget of a plan", () => {
    const plan = analyzeSheet(sheet(plannedWithProblems().map((r) => r.map((v) => v ?? "")))).plan;
    expect(plan).not.toBeNull();
    expect(planFacts(plan!)).toEqual({
      unit: "Sekretariat KPU Kota Prabumulih",
      year: 2024,
      sasaran: 3,
      indikator: 3,
      totalBudget: 23142485000,
    });
  });

  it("falls back to Tahun Anggaran when the title has no year, and says when the unit is missing", () => {
    const rows = plannedWithProblems().map((r) => r.map((v) => v ?? ""));
    rows[1] = [""];
    rows[2] = [""];
    const plan = analyzeSheet(sheet(rows)).plan!;
    expect(planFacts(plan)).toMatchObject({ unit: null, year: 2024 });
  });
});
