import { runSelfTest, SCENARIOS, scratchName } from "../../../src/excel/selftest/scenarios";
import { ExcelHost } from "../../../src/host/host";
import { dumpWorkbook } from "../../helpers/host";
import { hostFrom } from "../../host/grid";

describe("the self-test scenarios (Bantuan runs these inside real Excel)", () => {
  it.each(["1.17", "1.7"])(
    "all pass on the in-memory host with ExcelApi %s, and clean up their scratch sheets",
    async (version) => {
      const host = new ExcelHost(undefined, { maxApiVersion: version });
      const results = await runSelfTest(host);
      expect(results).toHaveLength(SCENARIOS.length);
      for (const r of results)
        expect({ name: r.name, status: r.status, detail: r.status === "fail" ? r.detail : "" }).toEqual({
          name: r.name,
          status: "pass",
          detail: "",
        });
      expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    },
  );
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
    expect(results.filter((r) => r.status !== "pass")).toEqual([]);
    expect(dumpWorkbook(host)).toBe(before);
  });
});
