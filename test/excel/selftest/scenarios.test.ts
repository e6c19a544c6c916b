import { runSelfTest, SCENARIOS } from "../../../src/excel/selftest/scenarios";
import { ExcelHost } from "../../../src/host/host";

describe("the self-test scenarios (the page runs these inside real Excel)", () => {
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
