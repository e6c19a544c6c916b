/**
 * Defined names: kept from the file (their formulas following row edits and renames, like a
 * cell's), and understood by the formula engine, so a second sheet's =SUM(Anggaran) computes what
 * Excel computes instead of #NAME?.
 */
import JSZip from "jszip";
import { createHostFromXlsx } from "../../../src/host";
import { rawRichWorkbook } from "../../helpers/richWorkbook";

async function rekapB1(bytes: Uint8Array): Promise<unknown> {
  const host = await createHostFromXlsx(bytes);
  return host.workbook.sheetByName("Rekap")?.getCell(0, 0 + 1)?.value;
}

describe("defined names", () => {
  test("a formula using a user name computes on load (the file had no cached result)", async () => {
    const bytes = await rawRichWorkbook();
    const host = await createHostFromXlsx(bytes);
    const plan = host.workbook.sheetByName("RAK 2024");
    let sum = 0;
    for (let r = 9; r <= 48; r++) {
      const v = plan?.getCell(r, 17)?.value;
      if (typeof v === "number") sum += v;
    }
    expect(sum).toBeGreaterThan(0);
    expect(await rekapB1(bytes)).toBe(sum);
  });

  test("rows inserted into the named range widen the name; a rename renames it inside; both are saved", async () => {
    const host = await createHostFromXlsx(await rawRichWorkbook());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("RAK 2024");
      sheet.getRange("20:21").insert("Down");
      sheet.getRange("R20").values = [[1000]];
      sheet.name = "RAK Induk";
      await context.sync();
    });
    const before = host.workbook.sheetByName("Rekap")?.getCell(0, 1)?.value as number;
    const zip = await JSZip.loadAsync(await host.saveXlsx());
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbook).toContain(`<definedName name="Anggaran">'RAK Induk'!$R$10:$R$51</definedName>`);
    const again = await createHostFromXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(again.workbook.sheetByName("Rekap")?.getCell(0, 1)?.value).toBe(before);
    expect(typeof before).toBe("number");
  });
});
