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

  test("A new format gets the top priority; delete() removes it; getRange() gives its range", async () => {
    const host = hostFrom({ RAK: [["No"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      const first = sheet.getRange("A1:A5").conditionalFormats.add("Custom");
      first.custom.rule.formula = "=A1>1";
      const second = sheet.getRange("B1:B5").conditionalFormats.add("Custom");
      second.custom.rule.formula = "=B1>1";
      first.load("priority");
      second.load("priority");
      const range = first.getRange();
      range.load("address");
      await context.sync();
      expect([second.priority, first.priority]).toEqual([0, 1]);
      expect(range.address).toBe("RAK!A1:A5");
      second.delete();
      const all = sheet.getRange().conditionalFormats;
      all.load("items/custom/rule/formula");
      await context.sync();
      expect(all.items.map((c) => c.custom.rule.formula)).toEqual(["=A1>1"]);
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
