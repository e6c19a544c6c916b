/**
 * Conditional formats through Range.conditionalFormats (ExcelApi 1.6): "Apply conditional
 * formatting to Excel ranges" and the ConditionalFormatCollection / ConditionalFormat reference.
 */
import { hostFrom, rejection, thrown } from "../grid";

const MARK = 'N("rakit")+';

describe("conditional formats", () => {
  test("add('Custom') with rule.formula, format.fill.color and format.font.color; read back through the sheet's collection", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      const cf = sheet.getRange("F10:Q49").conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${MARK}COUNTA($F10:$Q10)=0`;
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      cf.load("id, type, priority");
      await context.sync();
      expect(cf.type).toBe("Custom");
      expect(cf.priority).toBe(0);
      expect(typeof cf.id).toBe("string");
      const all = sheet.getRange().conditionalFormats;
      all.load("items/type, items/custom/rule/formula, items/custom/format/fill/color, items/custom/format/font/color");
      const count = all.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      const item = all.items[0];
      expect(item?.custom.rule.formula).toBe(`=${MARK}COUNTA($F10:$Q10)=0`);
      expect(item?.custom.format.fill.color).toBe("#FFC7CE");
      expect(item?.custom.format.font.color).toBe("#9C0006");
    });
  });

  test("Range.conditionalFormats holds the formats that intersect the range (docs: 'The collection of ConditionalFormats that intersect the range')", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
      sheet.getRange("C1:C5").conditionalFormats.add("Custom").custom.rule.formula = "=C1>1";
      const left = sheet.getRange("A3:B3").conditionalFormats.getCount();
      const both = sheet.getRange("A1:C1").conditionalFormats.getCount();
      const none = sheet.getRange("E1").conditionalFormats.getCount();
      await context.sync();
      expect([left.value, both.value, none.value]).toEqual([1, 2, 0]);
    });
  });

  test("A new format gets the top priority; its id is its priority in the collection it is reached through (docs: ConditionalFormat.id)", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
      sheet.getRange("B1:B5").conditionalFormats.add("Custom").custom.rule.formula = "=B1>1";
      const all = sheet.getRange().conditionalFormats;
      all.load("items/id, items/priority, items/custom/rule/formula");
      // The collection of column A holds only the rule that intersects it: there it is "0".
      const onA = sheet.getRange("A1:A5").conditionalFormats;
      onA.load("items/id, items/custom/rule/formula");
      const range = all.getItem("1").getRange();
      range.load("address");
      await context.sync();
      expect(all.items.map((c) => [c.id, c.priority, c.custom.rule.formula])).toEqual([
        ["0", 0, "=B1>1"],
        ["1", 1, "=A1>1"],
      ]);
      expect(onA.items.map((c) => [c.id, c.custom.rule.formula])).toEqual([["0", "=A1>1"]]);
      expect(range.address).toBe("RAK!A1:A5");
    });
  });

  test("Ids shift when rules are deleted: deleting by ids collected earlier, in one batch, deletes the wrong rule or fails ItemNotFound (office-js#5222)", async () => {
    const rules = ["=A1=1", "=A1=2", "=A1=3"];
    const setUp = async () => {
      const host = hostFrom({ RAK: [["No"]] });
      await host.run(async (context) => {
        const cfs = context.workbook.worksheets.getItem("RAK").getRange("A1:A5").conditionalFormats;
        // Added last to first, so they read in this order.
        for (const f of [...rules].reverse()) cfs.add("Custom").custom.rule.formula = f;
        await context.sync();
      });
      return host;
    };
    const remaining = (host: Awaited<ReturnType<typeof setUp>>) =>
      host.workbook.sheetByName("RAK")!.conditionalFormats.map((c) => c.formula);

    // Meant: delete "=A1=1" and "=A1=2" (ids 0 and 1). Deleting 0 first makes the old 2 the new 1.
    const wrong = await setUp();
    await wrong.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("RAK").getRange().conditionalFormats;
      for (const id of ["0", "1"]) cfs.getItem(id).delete();
      await context.sync();
    });
    expect(remaining(wrong)).toEqual(["=A1=2"]);

    // Meant: delete ids 0 and 2. After deleting 0 there is no 2 any more.
    const failing = await setUp();
    const error = await rejection(
      failing.run(async (context) => {
        const cfs = context.workbook.worksheets.getItem("RAK").getRange().conditionalFormats;
        for (const id of ["0", "2"]) cfs.getItem(id).delete();
        await context.sync();
      }),
    );
    expect([error.code, error.debugInfo?.errorLocation]).toEqual([
      "ItemNotFound",
      "ConditionalFormatCollection.getItem",
    ]);
    // Not transactional: the first delete stays done.
    expect(remaining(failing)).toEqual(["=A1=2", "=A1=3"]);

    // Highest priority number first: the positions still to delete don't move.
    const right = await setUp();
    await right.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("RAK").getRange().conditionalFormats;
      for (const id of ["2", "0"]) cfs.getItem(id).delete();
      await context.sync();
    });
    expect(remaining(right)).toEqual(["=A1=2"]);
  });

  test("A format object stands for a position: after add() in the same batch it reaches the rule now there", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    await host.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("RAK").getRange().conditionalFormats;
      const first = cfs.add("Custom");
      first.custom.rule.formula = "=A1>1";
      const second = cfs.add("Custom");
      second.custom.rule.formula = "=B1>1";
      first.load("priority, custom/rule/formula");
      await context.sync();
      expect([first.priority, first.custom.rule.formula]).toEqual([0, "=B1>1"]);
    });
  });

  test("priority moves a rule within its collection and shifts the others; delete() removes the rule at the position", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    await host.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("RAK").getRange().conditionalFormats;
      for (const f of ["=C1", "=B1", "=A1"]) {
        cfs.add("Custom").custom.rule.formula = f;
        await context.sync();
      }
      cfs.getItemAt(0).priority = 2;
      await context.sync();
      cfs.load("items/custom/rule/formula");
      await context.sync();
      expect(cfs.items.map((c) => c.custom.rule.formula)).toEqual(["=B1", "=C1", "=A1"]);
      cfs.getItemAt(1).delete();
      cfs.load("items/custom/rule/formula");
      await context.sync();
      expect(cfs.items.map((c) => c.custom.rule.formula)).toEqual(["=B1", "=A1"]);
    });
  });

  test("clearAll() removes conditional formatting from the range's cells", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
      sheet.getRange().conditionalFormats.clearAll();
      const count = sheet.getRange().conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
  });

  test("Only custom formats are implemented by the host: other types fail NotImplemented at sync", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("RAK").getRange("A1").conditionalFormats.add("DataBar");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotImplemented");
  });

  test("conditionalFormats needs ExcelApi 1.6", async () => {
    const host = hostFrom({ RAK: [["No"]] }, { maxApiVersion: "1.5" });
    await host.run(async (context) => {
      expect(thrown(() => context.workbook.worksheets.getItem("RAK").getRange("A1").conditionalFormats).code).toBe(
        "ApiNotFound",
      );
      await context.sync();
    });
  });
});
