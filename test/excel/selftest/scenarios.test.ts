import { runSelfTest, SCENARIOS, scratchName, type ScenarioResult } from "../../../src/excel/selftest/scenarios";
import { ExcelHost, type HostOptions } from "../../../src/host/host";
import { dumpWorkbook } from "../../helpers/host";
import { hostFrom } from "../../host/grid";

/** Each result as pass/skip/fail with what a failure said, so a failing run names the scenario and why. */
function outcome(results: readonly ScenarioResult[]) {
  return results.map((r) => ({ name: r.name, status: r.status, why: r.status === "pass" ? "" : r.detail }));
}

async function run(options: HostOptions): Promise<{ host: ExcelHost; results: ScenarioResult[] }> {
  const host = new ExcelHost(undefined, options);
  const seen: ScenarioResult[] = [];
  const results = await runSelfTest(host, (r) => seen.push(r));
  expect(seen).toEqual(results);
  expect(results).toHaveLength(SCENARIOS.length);
  // Every scratch sheet, and every sheet a scenario made, is gone.
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  return { host, results };
}

describe("the self-test scenarios (the Bantuan button and selftest.html run these inside real Excel)", () => {
  it("all pass on the host with ExcelApi 1.20, the undo-group scenario included", async () => {
    const { results } = await run({ maxApiVersion: "1.20" });
    expect(outcome(results).filter((r) => r.status !== "pass")).toEqual([]);
  }, 60_000);

  it("on Office 2019 (ExcelApi 1.7) those needing newer sets are skipped with the set named; the rest pass", async () => {
    const { results } = await run({ maxApiVersion: "1.7" });
    expect(outcome(results).filter((r) => r.status === "fail")).toEqual([]);
    const skipped = results.filter((r) => r.status === "skipped");
    expect(skipped.map((r) => r.requirement).sort()).toEqual(["ExcelApi 1.13", "ExcelApi 1.20", "ExcelApi 1.9"]);
    for (const r of skipped) expect(r.detail).toContain(r.requirement);
  }, 60_000);

  it("pass whichever way the platform behaves, and say what they saw", async () => {
    const strict = await run({});
    const lenient = await run({
      quirks: { copyBesideItselfFails: false, fitToPagesIgnored: true },
      mergedAreas: "intersecting",
    });
    expect(outcome(lenient.results).filter((r) => r.status === "fail")).toEqual([]);
    const seen = (results: ScenarioResult[]) => results.flatMap((r) => (r.observed ? [r.observed] : []));
    expect(seen(strict.results)).toEqual([
      "copy('After', itself) fails here: InvalidArgument",
      "fit to 1 page wide took",
      "merges asked over B7:D12: D8:D9; over B4:D6: C4:C13,D6:D7",
    ]);
    expect(seen(lenient.results)).toEqual([
      "copy('After', itself) works here",
      "fit to 1 page wide did not take (Rakit gives the step by hand)",
      "merges asked over B7:D12: C4:C13,D6:D7,D8:D9; over B4:D6: C4:C13,D6:D7",
    ]);
  }, 60_000);
});

describe("scratch sheets never meet the user's", () => {
  it("scratchName takes the first name no sheet starts with, ignoring case", () => {
    expect(scratchName("Rakit Uji 1", ["RAK 2024"])).toBe("Rakit Uji 1");
    expect(scratchName("Rakit Uji 1", ["rakit uji 1"])).toBe("Rakit Uji 1-2");
    // A copy a scenario names after its sheet ("<sheet> (c)") counts as taken too.
    expect(scratchName("Rakit Uji 8", ["Rakit Uji 8 (c)", "Rakit Uji 8-2"])).toBe("Rakit Uji 8-3");
  });

  it("a workbook with sheets named like the scratch sheets keeps them, cell for cell", async () => {
    const user = { "Rakit Uji 1": [["punya pengguna"]], "Rakit Uji 8 (c)": [[42]], RAK: [["No"]] };
    const host = hostFrom(user);
    const before = dumpWorkbook(host);
    const results = await runSelfTest(host);
    expect(outcome(results).filter((r) => r.status === "fail")).toEqual([]);
    expect(dumpWorkbook(host)).toBe(before);
  }, 60_000);
});
