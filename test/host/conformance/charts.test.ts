/**
 * Charts through worksheet.charts: "Work with charts using the Excel JavaScript API" and the
 * ChartCollection / Chart / ChartTitle reference. add(type, sourceData, seriesBy), setPosition,
 * title.text, name, getItem, getItemAt, getCount (1.4), getItemOrNullObject (1.4), delete.
 */
import { hostFrom, rejection, thrown } from "../grid";

// prettier-ignore
const MONTHS = [["Bulan", "Perkiraan Biaya (Rp)"], ["Jan", 100], ["Feb", 250], ["Mar", 0]];

function months() {
  return hostFrom({ Rekap: MONTHS, Other: [["x"]] });
}

describe("charts", () => {
  test("charts.add(type, range, seriesBy) creates a chart readable after sync; it is not there before", async () => {
    const host = months();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      chart.load("name");
      expect(host.workbook.sheetByName("Rekap")?.charts).toHaveLength(0);
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      const count = sheet.charts.getCount();
      await context.sync();
      expect(count.value).toBe(1);
    });
    const model = host.workbook.sheetByName("Rekap")?.charts[0];
    expect(model).toMatchObject({
      type: "ColumnClustered",
      source: { ref: { rect: { top: 0, left: 0, bottom: 3, right: 1 } }, seriesBy: "Columns" },
      // One series: Excel titles such a chart by the series name.
      title: { text: "Perkiraan Biaya (Rp)", visible: true },
    });
  });

  test("title.text sets the title; setPosition(start, end) makes the chart cover start..end", async () => {
    const host = months();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      chart.title.text = "Rencana Anggaran per Bulan";
      chart.setPosition("D2", "K18");
      chart.load("top, left, width, height");
      chart.title.load("text, visible");
      await context.sync();
      expect(chart.title.text).toBe("Rencana Anggaran per Bulan");
      expect(chart.title.visible).toBe(true);
      // Row 1 is 15 pt and columns A:C are 48 pt each (Calibri 11 defaults): D2 starts at (15, 144).
      expect([chart.top, chart.left]).toEqual([15, 144]);
      expect([chart.width, chart.height]).toEqual([8 * 48, 17 * 15]);
    });
    expect(host.workbook.sheetByName("Rekap")?.charts[0]?.anchor).toEqual({ top: 1, left: 3, bottom: 17, right: 10 });
  });

  test("setPosition(start) without an end moves the chart and keeps its size", async () => {
    const host = months();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      chart.setPosition("D2", "E3");
      chart.setPosition(sheet.getRange("F10"));
      await context.sync();
    });
    expect(host.workbook.sheetByName("Rekap")?.charts[0]?.anchor).toEqual({ top: 9, left: 5, bottom: 10, right: 6 });
  });

  test("items load with the collection; getItem by name, getItemAt by index; delete() removes a chart", async () => {
    const host = months();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      const second = sheet.charts.add("BarClustered", sheet.getRange("A1:B4"), "Columns");
      second.name = "Per bulan";
      await context.sync();
      const charts = sheet.charts;
      charts.load("items/name");
      const byName = sheet.charts.getItem("per bulan");
      byName.load("chartType");
      const first = sheet.charts.getItemAt(0);
      first.load("name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1", "Per bulan"]);
      expect(byName.chartType).toBe("BarClustered");
      expect(first.name).toBe("Chart 1");
      for (const c of charts.items) c.delete();
      const count = sheet.charts.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
  });

  test("a sheet without charts loads an empty collection", async () => {
    const host = months();
    await host.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Other").charts;
      charts.load("items/name");
      await context.sync();
      expect(charts.items).toEqual([]);
    });
  });

  test("getItem of a missing name fails with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const host = months();
    const error = await rejection(
      host.run(async (context) => {
        const chart = context.workbook.worksheets.getItem("Rekap").charts.getItem("Nope");
        chart.load("name");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    await host.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Rekap").charts.getItemOrNullObject("Nope");
      await context.sync();
      expect(chart.isNullObject).toBe(true);
    });
  });

  test("reading a chart property before load throws PropertyNotLoaded", async () => {
    const host = months();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      await context.sync();
      expect(thrown(() => chart.name).code).toBe("PropertyNotLoaded");
    });
  });

  test("Chart.id and Chart.chartType are ExcelApi 1.7; getCount and getItemOrNullObject 1.4", async () => {
    const host = hostFrom({ Rekap: MONTHS }, { maxApiVersion: "1.3" });
    await host.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Rekap").charts;
      expect(thrown(() => charts.getCount()).code).toBe("ApiNotFound");
      expect(thrown(() => charts.getItemOrNullObject("x")).code).toBe("ApiNotFound");
      return Promise.resolve();
    });
  });

  test("a chart type the host cannot draw fails at sync with NotImplemented", async () => {
    const host = months();
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Rekap");
        sheet.charts.add("Pie", sheet.getRange("A1:B4"), "Columns");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotImplemented");
  });

  test("a protected sheet refuses a new chart unless its protection allows editing objects", async () => {
    const host = months();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Rekap").protection.protect();
      await context.sync();
    });
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Rekap");
        sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
  });

  test("inserting rows above moves the chart and its data down; a sheet rename needs no rewrite", async () => {
    const host = months();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      chart.setPosition("D2", "K18");
      await context.sync();
      sheet.getRange("1:2").insert("Down");
      sheet.name = "Rekap Anggaran";
      await context.sync();
    });
    const chart = host.workbook.sheetByName("Rekap Anggaran")?.charts[0];
    expect(chart?.anchor).toEqual({ top: 3, left: 3, bottom: 19, right: 10 });
    expect(chart?.source?.ref.rect).toEqual({ top: 2, left: 0, bottom: 5, right: 1 });
  });

  test("a copied sheet's chart shows the copy's data, under a new id", async () => {
    const host = months();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      sheet.copy("End");
      await context.sync();
    });
    const copy = host.workbook.sheetByName("Rekap (2)");
    expect(copy?.charts[0]?.source?.ref.sheetId).toBe(copy?.id);
    expect(copy?.charts[0]?.id).not.toBe(host.workbook.sheetByName("Rekap")?.charts[0]?.id);
  });

  test("a sync refused for its response size applies nothing: the chart it added is gone again", async () => {
    const host = months();
    host.payloadLimitBytes = 300;
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Rekap");
        sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
        sheet.getRange("A1:Z20").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.workbook.sheetByName("Rekap")?.charts).toEqual([]);
  });
});
