/**
 * Print setup through Worksheet.pageLayout (ExcelApi 1.9): "Work with worksheets: page layout and
 * print settings" and the PageLayout reference.
 */
import { hostFrom, rejection } from "../grid";

describe("page layout", () => {
  test("orientation, paperSize (Folio), zoom fit-to-width, print area, title rows, footer and centering", async () => {
    const host = hostFrom({ "RAK 2024": [["No"]] });
    await host.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("RAK 2024").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "Folio";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("A1:S60");
      layout.setPrintTitleRows("$7:$9");
      layout.headersFooters.defaultForAllPages.centerFooter = "Halaman &P dari &N";
      layout.centerHorizontally = true;
      await context.sync();
      layout.load("orientation, paperSize, zoom, centerHorizontally");
      layout.headersFooters.defaultForAllPages.load("centerFooter");
      const area = layout.getPrintAreaOrNullObject();
      area.load("address");
      const titles = layout.getPrintTitleRowsOrNullObject();
      titles.load("address");
      await context.sync();
      expect(layout.orientation).toBe("Landscape");
      expect(layout.paperSize).toBe("Folio");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(layout.centerHorizontally).toBe(true);
      expect(layout.headersFooters.defaultForAllPages.centerFooter).toBe("Halaman &P dari &N");
      expect(area.address).toBe("'RAK 2024'!A1:S60");
      expect(titles.address).toBe("'RAK 2024'!7:9");
    });
  });

  test("quirks.fitToPagesIgnored: a fit-to-pages zoom silently doesn't take, a scale and the rest do (office-js#1860)", async () => {
    const host = hostFrom({ Sheet1: [["No"]] }, { quirks: { fitToPagesIgnored: true } });
    await host.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
      layout.load("orientation, zoom");
      await context.sync();
      // No error: the only way to know is to read the zoom back.
      expect(layout.orientation).toBe("Landscape");
      expect(layout.zoom).toEqual({ scale: 100 });
      layout.zoom = { scale: 80 };
      await context.sync();
      layout.load("zoom");
      await context.sync();
      expect(layout.zoom).toEqual({ scale: 80 });
    });
  });

  test("A sheet without a print area or title rows gives null objects (docs: getPrintAreaOrNullObject)", async () => {
    const host = hostFrom({ Sheet1: [["No"]] });
    await host.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      const area = layout.getPrintAreaOrNullObject();
      const titles = layout.getPrintTitleRowsOrNullObject();
      layout.load("paperSize, zoom, orientation");
      await context.sync();
      expect(area.isNullObject).toBe(true);
      expect(titles.isNullObject).toBe(true);
      expect(layout.paperSize).toBe("Letter");
      expect(layout.orientation).toBe("Portrait");
      expect(layout.zoom).toEqual({ scale: 100 });
    });
  });

  test("InvalidArgument: title rows must span entire rows (docs: 'The range must span the entire row to be valid')", async () => {
    const host = hostFrom({ Sheet1: [["No"]] });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleRows("A7:S9");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("Page setup is allowed on a protected sheet", async () => {
    const host = hostFrom({ Sheet1: [["No"]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.pageLayout.orientation = "Landscape";
      await context.sync();
    });
    expect(host.workbook.sheetByName("Sheet1")?.pageLayout.orientation).toBe("Landscape");
  });
});
