/**
 * Inserting and deleting rows through Range.insert / Range.delete, as Excel does it ("Insert or
 * delete cells, rows, and columns"; Excel.Range.insert/delete reference; the error table's
 * InsertDeleteConflict and NonBlankCellOffSheet).
 */
import { hostFrom, modelValues, rejection } from "../grid";

/** A small RAK-like block: header row 1, block "A" in rows 2-4 with No/Sasaran merged, total in row 6. */
function rakHost() {
  return hostFrom({
    RAK: {
      rows: [
        ["No", "Sasaran", "Kegiatan", "Biaya"],
        [1, "Sasaran A", "K1", 100],
        [null, null, "K2", 200],
        [null, null, "K3", 300],
        [2, "Sasaran B", "K4", 400],
        [null, null, "Total", "=SUM(D2:D5)"],
      ],
      merges: ["A2:A4", "B2:B4"],
    },
    Ringkasan: [
      ["Total", "=RAK!D6"],
      ["Biaya K3", "=RAK!$D$4"],
    ],
  });
}

describe("inserting rows", () => {
  test("Insert rows: values below move down and formulas in every sheet follow them (docs: Range.insert)", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const inserted = context.workbook.worksheets.getItem("RAK").getRange("4:5").insert("Down");
      inserted.load("address");
      await context.sync();
      expect(inserted.address).toBe("RAK!4:5");
    });
    expect(modelValues(host, "RAK", "C1:D8")).toEqual([
      ["Kegiatan", "Biaya"],
      ["K1", 100],
      ["K2", 200],
      ["", ""],
      ["", ""],
      ["K3", 300],
      ["K4", 400],
      ["Total", 1000],
    ]);
    const rak = host.workbook.sheetByName("RAK");
    expect(rak?.getCell(7, 3)?.formula).toBe("=SUM(D2:D7)");
    const summary = host.workbook.sheetByName("Ringkasan");
    expect(summary?.getCell(0, 1)?.formula).toBe("=RAK!D8");
    expect(summary?.getCell(1, 1)?.formula).toBe("=RAK!$D$6");
    expect(modelValues(host, "Ringkasan", "B1:B2")).toEqual([[1000], [300]]);
  });

  test("Insert rows inside a merged area grows the merge; merges below move down (Excel's behaviour for whole rows)", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").getRange("3:3").insert("Down");
      await context.sync();
    });
    const merges = host.workbook.sheetByName("RAK")?.merges.map((m) => [m.top, m.bottom, m.left, m.right]);
    expect(merges).toEqual([
      [1, 4, 0, 0],
      [1, 4, 1, 1],
    ]);
  });

  test("Insert rows above a merged area moves it down whole", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").getRange("2:3").insert("Down");
      await context.sync();
    });
    expect(host.workbook.sheetByName("RAK")?.merges.map((m) => [m.top, m.bottom])).toEqual([
      [3, 5],
      [3, 5],
    ]);
  });

  test("Inserted rows take the formatting of the row above (Excel's default 'Format Same As Above'); heights move with their rows", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.getRange("A3:D3").format.fill.color = "#FFFF00";
      sheet.getRange("A3:D3").numberFormat = [["General", "General", "General", "#,##0"]];
      sheet.getRange("5:5").format.rowHeight = 30;
      await context.sync();
      sheet.getRange("4:4").insert("Down");
      const fill = sheet.getRange("A4:D4");
      fill.load("format/fill/color, numberFormat");
      const tall = sheet.getRange("6:6");
      tall.load("format/rowHeight");
      const moved = sheet.getRange("5:5");
      moved.load("format/rowHeight");
      await context.sync();
      expect(fill.format.fill.color).toBe("#FFFF00");
      expect(fill.numberFormat).toEqual([["General", "General", "General", "#,##0"]]);
      expect(tall.format.rowHeight).toBe(30);
      expect(moved.format.rowHeight).toBe(15);
    });
  });

  test("Insert rows moves and grows conditional-format ranges and keeps their formulas pointing at the same cells", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      const cf = sheet.getRange("C2:D5").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$D2>250";
      cf.custom.format.fill.color = "#FFC7CE";
      await context.sync();
      sheet.getRange("1:1").insert("Down");
      sheet.getRange("4:4").insert("Down");
      await context.sync();
      const list = sheet.getRange().conditionalFormats;
      list.load("items/custom/rule/formula");
      await context.sync();
      const ranges = list.items.map((c) => c.getRange());
      ranges.forEach((r) => r.load("address"));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual(["RAK!C3:D7"]);
      expect(list.items[0]?.custom.rule.formula).toBe("=$D3>250");
    });
  });

  test("Insert rows keeps the print area and the repeated title rows on the same content", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.pageLayout.setPrintArea("A1:D6");
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      sheet.getRange("3:4").insert("Down");
      const area = sheet.pageLayout.getPrintArea();
      area.load("address");
      const titles = sheet.pageLayout.getPrintTitleRows();
      titles.load("address");
      await context.sync();
      expect(area.address).toBe("RAK!A1:D8");
      expect(titles.address).toBe("RAK!1:1");
    });
  });

  test("InsertDeleteConflict: inserting cells (not whole rows) that would cut a merged area is refused (docs: error table)", async () => {
    const host = rakHost();
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("RAK").getRange("A3:C3").insert("Down");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InsertDeleteConflict");
    expect(error.message).toBe("The insert or delete operation attempted resulted in a conflict.");
    expect(error.debugInfo?.errorLocation).toBe("Range.insert");
    expect(modelValues(host, "RAK", "C3")).toEqual([["K2"]]);
  });

  test("Inserting cells in columns clear of merges shifts only those columns down", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").getRange("C3:D3").insert("Down");
      await context.sync();
    });
    expect(modelValues(host, "RAK", "B3:D4")).toEqual([
      ["", "", ""],
      ["", "K2", 200],
    ]);
  });

  test("NonBlankCellOffSheet: inserting rows that would push a non-empty cell off the sheet is refused (docs: error table)", async () => {
    const host = hostFrom({ Sheet1: [["x"]] });
    host.workbook.sheetByName("Sheet1")?.ensureCell(1_048_575, 0);
    const last = host.workbook.sheetByName("Sheet1")?.getCell(1_048_575, 0);
    if (last) last.value = "end";
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("2:2").insert("Down");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NonBlankCellOffSheet");
  });
});

describe("deleting rows", () => {
  test("Delete rows: rows below move up; totals shrink to the remaining rows (docs: Range.delete)", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").getRange("3:3").delete("Up");
      await context.sync();
    });
    expect(modelValues(host, "RAK", "C1:D5")).toEqual([
      ["Kegiatan", "Biaya"],
      ["K1", 100],
      ["K3", 300],
      ["K4", 400],
      ["Total", 800],
    ]);
    expect(host.workbook.sheetByName("RAK")?.getCell(4, 3)?.formula).toBe("=SUM(D2:D4)");
    expect(host.workbook.sheetByName("Ringkasan")?.getCell(0, 1)?.formula).toBe("=RAK!D5");
  });

  test("Delete rows: a reference to a deleted cell becomes #REF!, as in Excel", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").getRange("4:4").delete("Up");
      await context.sync();
    });
    const f = host.workbook.sheetByName("Ringkasan")?.getCell(1, 1)?.formula ?? "";
    expect(f).toContain("#REF!");
    expect(modelValues(host, "Ringkasan", "B2")).toEqual([["#REF!"]]);
  });

  test("Delete rows: a merged area loses the deleted rows, and goes when one cell is left", async () => {
    const host = rakHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK");
      sheet.getRange("3:3").delete("Up");
      await context.sync();
    });
    expect(host.workbook.sheetByName("RAK")?.merges.map((m) => [m.top, m.bottom])).toEqual([
      [1, 2],
      [1, 2],
    ]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").getRange("2:2").delete("Up");
      await context.sync();
    });
    expect(host.workbook.sheetByName("RAK")?.merges).toEqual([]);
  });

  test("InsertDeleteConflict: deleting cells (not whole rows) that would cut a merged area is refused", async () => {
    const host = rakHost();
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("RAK").getRange("A2:B2").delete("Up");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InsertDeleteConflict");
  });
});
