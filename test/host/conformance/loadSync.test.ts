/**
 * Load/sync semantics, from "Application-specific API model" (learn.microsoft.com/office/dev/
 * add-ins/develop/application-specific-api-model) and office.js's ClientObject.
 */
import { hostFrom, modelValues, rejection, thrown } from "../grid";

describe("load and sync", () => {
  test("PropertyNotLoaded: reading range.values before load+sync throws (docs: load())", async () => {
    const host = hostFrom({ Sheet1: [[1, 2]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      const error = thrown(() => range.values);
      expect(error.name).toBe("RichApi.Error");
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect(error.debugInfo).toMatchObject({ code: "PropertyNotLoaded", errorLocation: "Range.values" });
    });
  });

  test("PropertyNotLoaded: load() without sync is not enough (docs: load() queues, sync() fetches)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  test("PropertyNotLoaded: only the loaded properties are readable (docs: 'myRange.values not ok as it was not loaded')", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B2");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
    });
  });

  test("Proxy objects: writes are queued and reach the workbook only at sync (docs: Proxy objects)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[42]];
      expect(modelValues(host, "Sheet1", "A1")).toEqual([[1]]);
      await context.sync();
      expect(modelValues(host, "Sheet1", "A1")).toEqual([[42]]);
    });
  });

  test("Queued commands run in order: a load after a write sees the write (docs: sync runs the queue)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      const again = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      again.values = [[7]];
      again.load("values");
      await context.sync();
      expect(range.values).toEqual([[1]]);
      expect(again.values).toEqual([[7]]);
    });
  });

  test("A property set on a proxy reads back without load (office.js setters keep the value)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      await context.sync();
    });
  });

  test("Loaded values are a snapshot: they do not change until the next load and sync", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1");
      range.load("values");
      await context.sync();
      sheet.getRange("A1").values = [[2]];
      await context.sync();
      expect(range.values).toEqual([[1]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  test("ClientResult: value is readable only after sync (docs: ClientResult)", async () => {
    const host = hostFrom({ A: [[1]], B: [[2]] });
    await host.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe("ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  test("Excel.run sends what is still queued when the batch ends (docs example: 'dataSheet.position = 1' without sync)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["tail"]];
    });
    expect(modelValues(host, "Sheet1", "B1")).toEqual([["tail"]]);
  });

  test("RunMustReturnPromise: the batch function must return a promise (office.js resource string)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    const error = await rejection(host.run((() => undefined) as unknown as () => Promise<void>));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  test("Collections: items throw PropertyNotLoaded before load; load('items/name') loads the names (docs: load paths)", async () => {
    const host = hostFrom({ RAK: [[1]], Data: [[2]] });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrown(() => sheets.items).code).toBe("PropertyNotLoaded");
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["RAK", "Data"]);
      expect(thrown(() => sheets.items[0]?.position).code).toBe("PropertyNotLoaded");
    });
  });

  test("Collections: load('name') on a collection loads each item's name (office.js collection load)", async () => {
    const host = hostFrom({ RAK: [[1]], Data: [[2]] });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("name, position");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["RAK", 0],
        ["Data", 1],
      ]);
    });
  });

  test("Navigation paths: load('format/font/bold') loads a leaf through navigation properties (docs: Scalar and navigation properties)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.format.font.bold = true;
      range.load("format/font/bold, address");
      await context.sync();
      expect(range.format.font.bold).toBe(true);
      expect(range.address).toBe("Sheet1!A1");
      expect(thrown(() => range.format.font.name).code).toBe("PropertyNotLoaded");
    });
  });

  test("load() without arguments loads every scalar property (docs: Calling load without parameters)", async () => {
    const host = hostFrom({ Sheet1: [[1, "a"]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load();
      await context.sync();
      expect(range.values).toEqual([[1, "a"]]);
      expect(range.rowCount).toBe(1);
      expect(range.columnCount).toBe(2);
      expect(range.numberFormat).toEqual([["General", "General"]]);
    });
  });

  test("set(): sets several properties, nested ones too (docs: set())", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.set({
        values: [[5]],
        format: { fill: { color: "#4472C4" }, font: { bold: true } },
      } as Excel.Interfaces.RangeUpdateData);
      range.load("values, format/fill/color, format/font/bold");
      await context.sync();
      expect(range.values).toEqual([[5]]);
      expect(range.format.fill.color).toBe("#4472C4");
      expect(range.format.font.bold).toBe(true);
    });
  });

  test("toJSON returns the loaded data (office.js toJSON)", async () => {
    const host = hostFrom({ Sheet1: [[1]] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values, address");
      await context.sync();
      expect(range.toJSON()).toMatchObject({ values: [[1]], address: "Sheet1!A1" });
    });
  });
});
