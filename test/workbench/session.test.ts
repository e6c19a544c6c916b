import { WorkbenchSession } from "../../src/workbench/session";
import { hostFrom } from "../host/grid";

describe("WorkbenchSession: the host as the pane's session, with a change signal", () => {
  it("runs batches on the host and tells listeners after each one", async () => {
    const session = new WorkbenchSession(hostFrom({ RAK: [[1]] }));
    const heard: number[] = [];
    const stop = session.subscribe(() => heard.push(session.getRevision()));
    const value = await session.run(async (context) => {
      const range = context.workbook.worksheets.getItem("RAK").getRange("A1");
      range.load("values");
      await context.sync();
      return range.values[0]?.[0];
    });
    expect(value).toBe(1);
    expect(heard).toEqual([1]);
    stop();
    await session.run(async (context) => context.sync());
    expect(heard).toEqual([1]);
    expect(session.getRevision()).toBe(2);
  });

  it("tells listeners after a failed batch too: what ran before the failure stays applied", async () => {
    const session = new WorkbenchSession(hostFrom({ RAK: [[1]] }));
    let heard = 0;
    session.subscribe(() => heard++);
    await expect(
      session.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(heard).toBe(1);
  });

  it("answers isSetSupported as the host does", () => {
    const session = new WorkbenchSession(hostFrom({ RAK: [] }, { maxApiVersion: "1.7" }));
    expect(session.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(session.isSetSupported("ExcelApi", "1.13")).toBe(false);
  });
});
