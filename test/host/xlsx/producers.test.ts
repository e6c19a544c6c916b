/**
 * Packages as other producers write them read, and edits keep their form: elements with a
 * namespace prefix (`<x:worksheet>`, as the Open XML SDK can write), strict OOXML relationship types,
 * booleans written `true`, dates stored as ISO text, a package with no styles part.
 */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { createHostFromXlsx } from "../../../src/host";
import { rawRichWorkbook } from "../../helpers/richWorkbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Every element of the main namespace in `xml` written with the prefix "x:". */
function prefixed(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

async function rewrite(bytes: Uint8Array, parts: Record<string, (xml: string) => string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, f] of Object.entries(parts)) zip.file(name, f((await zip.file(name)?.async("string")) ?? ""));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function wellFormed(xml: string): string[] {
  const errors: string[] = [];
  new DOMParser({
    errorHandler: { warning: () => undefined, error: (e) => errors.push(e), fatalError: (e) => errors.push(e) },
  }).parseFromString(xml, "application/xml");
  return errors;
}

describe("packages from other producers", () => {
  test("prefixed elements read, and an edit writes the sheet back in the same prefixed form", async () => {
    const plain = await rawRichWorkbook();
    const bytes = await rewrite(plain, { "xl/worksheets/sheet1.xml": prefixed, "xl/workbook.xml": prefixed });
    const host = await createHostFromXlsx(bytes);
    const sheet = host.workbook.sheetByName("RAK 2024");
    expect(sheet?.getCell(6, 0)?.value).toBe("No");
    expect(sheet?.merges.length).toBeGreaterThan(40);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("RAK 2024");
      ws.getRange("12:12").insert("Down");
      ws.getRange("C12").values = [["Indikator baru"]];
      await context.sync();
    });
    const zip = await JSZip.loadAsync(await host.saveXlsx());
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(wellFormed(xml)).toEqual([]);
    // The inserted row took the format of the row above it, as in Excel.
    expect(xml).toMatch(/<x:c r="C12" s="\d+" t="inlineStr"><x:is><x:t>Indikator baru<\/x:t><\/x:is><\/x:c>/);
    expect(xml).not.toMatch(/<(row|c|mergeCell|dataValidation) /);
    expect(xml).toContain(`<x:dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="F10:Q50">`);
    const again = await createHostFromXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(again.workbook.sheetByName("RAK 2024")?.getCell(11, 2)?.value).toBe("Indikator baru");
  });

  test("strict OOXML relationship types read like transitional ones", async () => {
    const strict = (xml: string): string =>
      xml.replace(
        /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\//g,
        "http://purl.oclc.org/ooxml/officeDocument/relationships/",
      );
    const bytes = await rewrite(await rawRichWorkbook(), {
      "_rels/.rels": strict,
      "xl/_rels/workbook.xml.rels": strict,
    });
    const host = await createHostFromXlsx(bytes);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["RAK 2024", "Rekap"]);
    expect(host.workbook.sheetByName("RAK 2024")?.getCell(6, 0)?.value).toBe("No");
  });

  test("booleans written true/false, ISO dates and an error cell read as Excel shows them", async () => {
    const cells =
      `<row r="60"><c r="A60" t="b"><v>true</v></c><c r="B60" t="d"><v>2024-01-15T00:00:00</v></c>` +
      `<c r="C60" t="e"><v>#N/A</v></c><c r="D60" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>`;
    const bytes = await rewrite(await rawRichWorkbook(), {
      "xl/worksheets/sheet1.xml": (xml) => xml.replace("</sheetData>", `${cells}</sheetData>`),
    });
    const sheet = (await createHostFromXlsx(bytes)).workbook.sheetByName("RAK 2024");
    expect([0, 1, 2, 3].map((c) => sheet?.getCell(59, c)?.value)).toEqual([true, 45306, { error: "#N/A" }, "ab"]);
    expect(sheet?.getCell(59, 3)?.formula).toBe('="a"&"b"');
  });

  test("a package without a styles part reads, and a format set through the API adds one", async () => {
    const zip = await JSZip.loadAsync(await rawRichWorkbook());
    zip.remove("xl/styles.xml");
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ""));
    const host = await createHostFromXlsx(await zip.generateAsync({ type: "uint8array" }));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Rekap").getRange("A1").format.font.bold = true;
      await context.sync();
    });
    const out = await JSZip.loadAsync(await host.saveXlsx());
    const outRels = (await out.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    const target = /Type="[^"]*\/styles" Target="([^"]+)"/.exec(outRels)?.[1];
    expect(target).toBeDefined();
    const styles = (await out.file(`xl/${target}`)?.async("string")) ?? "";
    expect(styles).toContain("<b/>");
    const again = await createHostFromXlsx(await out.generateAsync({ type: "uint8array" }));
    expect(again.workbook.sheetByName("Rekap")?.getCell(0, 0)?.style?.font?.bold).toBe(true);
  });
});
