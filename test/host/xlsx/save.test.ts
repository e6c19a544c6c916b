/**
 * Edits made through the API reach the saved file: re-read with exceljs (an independent reader),
 * and once with LibreOffice (when installed) to check a real spreadsheet application opens it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { hostFrom } from "../grid";

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

function rakHost() {
  return hostFrom({
    "RAK 2024": {
      rows: [
        ["No", "Kegiatan", "Biaya"],
        [1, "K1", 100],
        [null, "K2", 200],
        [null, "Total", "=SUM(C2:C3)"],
      ],
      merges: ["A2:A3"],
    },
  });
}

describe("saving .xlsx after API edits", () => {
  test("inserted rows, new values and formulas (with computed results), merges and formats are in the file", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK 2024");
      sheet.getRange("3:3").insert("Down");
      sheet.getRange("B3:C3").values = [["K1b", 50]];
      sheet.getRange("C2:C5").numberFormat = [["#,##0"], ["#,##0"], ["#,##0"], ["#,##0"]];
      sheet.getRange("A1:C1").format.fill.color = "#D9E1F2";
      sheet.getRange("A1:C1").format.font.bold = true;
      await context.sync();
    });
    const book = await reread(await host.saveXlsx());
    const ws = book.getWorksheet("RAK 2024");
    expect(ws?.getCell("B3").value).toBe("K1b");
    expect(ws?.getCell("C5").formula).toBe("SUM(C2:C4)");
    expect(ws?.getCell("C5").result).toBe(350);
    expect(ws?.getCell("C5").numFmt).toBe("#,##0");
    expect((ws as unknown as { model: { merges: string[] } }).model.merges).toEqual(["A2:A4"]);
    expect(ws?.getCell("B1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws?.getCell("B1").font?.bold).toBe(true);
  });

  test("a custom conditional format is written as an expression rule with a dxf fill and font colour", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("RAK 2024").getRange("B2:C3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=N("rakit")+($C2="")';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      await context.sync();
    });
    const ws = (await reread(await host.saveXlsx())).getWorksheet("RAK 2024");
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] })
      .conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0]?.ref).toBe("B2:C3");
    expect(cfs[0]?.rules[0]).toMatchObject({
      type: "expression",
      formulae: ['N("rakit")+($C2="")'],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
        font: { color: { argb: "FF9C0006" } },
      },
    });
  });

  test("page layout: Folio (paperSize 14), landscape, fit to one page wide, print area, title rows and footer", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("RAK 2024").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "Folio";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("A1:C4");
      layout.setPrintTitleRows("$1:$1");
      layout.headersFooters.defaultForAllPages.centerFooter = "Halaman &P dari &N";
      await context.sync();
    });
    const ws = (await reread(await host.saveXlsx())).getWorksheet("RAK 2024");
    expect(ws?.pageSetup).toMatchObject({
      paperSize: 14,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:C4",
      printTitlesRow: "1:1",
    });
    expect(ws?.headerFooter?.oddFooter).toBe("&CHalaman &P dari &N");
  });

  test("a copied and a renamed sheet are saved in tab order, with the active sheet kept", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK 2024");
      const copy = sheet.copy("End");
      copy.activate();
      sheet.name = "RAK lama";
      await context.sync();
    });
    const book = await reread(await host.saveXlsx());
    expect(book.worksheets.map((w) => w.name)).toEqual(["RAK lama", "RAK 2024 (2)"]);
    expect(book.views[0]?.activeTab).toBe(1);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  (soffice ? test : test.skip)(
    "LibreOffice opens the saved file and reads the same cells (a check beyond exceljs)",
    async () => {
      const host = rakHost();
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("RAK 2024").getRange("3:3").insert("Down");
        await context.sync();
      });
      const dir = mkdtempSync(path.join(os.tmpdir(), "rakit-host-"));
      try {
        const file = path.join(dir, "out.xlsx");
        writeFileSync(file, await host.saveXlsx());
        // A private profile, so a LibreOffice already running elsewhere does not block the conversion.
        const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
        execFileSync(soffice as string, [profile, "--headless", "--convert-to", "csv", "--outdir", dir, file], {
          stdio: "ignore",
          timeout: 120_000,
        });
        const csv = readFileSync(path.join(dir, "out.csv"), "utf8").trim().split(/\r?\n/);
        expect(csv).toEqual(["No,Kegiatan,Biaya", "1,K1,100", ",,", ",K2,200", ",Total,300"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
