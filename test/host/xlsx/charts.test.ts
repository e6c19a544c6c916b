/**
 * Charts in .xlsx files. exceljs writes no charts, so the host adds the DrawingML parts itself: a
 * chart part per chart (c:barChart, one c:ser per series, c:cat/c:val referencing the sheet with
 * cached values), a drawing part per sheet (xdr:twoCellAnchor + graphicFrame), their relationships
 * and content types. Checked with an XML parser, exceljs (the rest of the file is intact), the
 * host's own loader (charts come back, and keep following row edits), and LibreOffice (opens the
 * file and draws the chart).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHostFromXlsx, type ExcelHost } from "../../../src/host";
import { hostFrom } from "../grid";
import { LibreOffice, libreOfficePresent } from "../../helpers/libreoffice";
import { execFileSync } from "node:child_process";

// prettier-ignore
const MONTHS = [["Bulan", "Perkiraan Biaya (Rp)"], ["Jan", 100000], ["Feb", 250000], ["Mar", 0], ["Apr", 123456]];

async function withChart(): Promise<ExcelHost> {
  const host = hostFrom({ "RAK 2024": [["No"], [1]], "Rekap Anggaran": MONTHS });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Rekap Anggaran");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B5"), "Columns");
    chart.title.text = "Rencana Anggaran per Bulan";
    chart.setPosition("D2", "K18");
    await context.sync();
  });
  return host;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file) out.set(name, await file.async("string"));
  }
  return out;
}

/** Parses XML strictly: a malformed part fails the test. */
function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => undefined, error: (e) => errors.push(e), fatalError: (e) => errors.push(e) },
  }).parseFromString(xml, "application/xml");
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

describe("saving charts", () => {
  it("writes a chart part, a drawing part, their relationships and content types", async () => {
    const files = await parts(await (await withChart()).saveXlsx());
    expect([...files.keys()].filter((n) => /chart|drawing/.test(n)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const types = files.get("[Content_Types].xml") ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    // The Rekap is the second sheet: its part links the drawing, the first sheet's does not.
    const rels = files.get("xl/worksheets/_rels/sheet2.xml.rels") ?? "";
    expect(rels).toMatch(
      /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/drawing" Target="..\/drawings\/drawing1.xml"/,
    );
    const sheet = files.get("xl/worksheets/sheet2.xml") ?? "";
    parse(sheet);
    // The <drawing> element comes after the print setup (schema order) and names the drawing's relationship.
    const id = /<pageMargins[^>]*\/><drawing [^>]*r:id="(rId\d+)"\/><\/worksheet>$/.exec(sheet)?.[1];
    expect(rels).toContain(
      `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"`,
    );
    expect(files.get("xl/worksheets/sheet1.xml")).not.toContain("<drawing");
    expect(files.get("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
  });

  it("anchors the chart to the cells it covers, corner to corner", async () => {
    const files = await parts(await (await withChart()).saveXlsx());
    const doc = parse(files.get("xl/drawings/drawing1.xml") ?? "");
    const anchor = doc.getElementsByTagName("xdr:twoCellAnchor")[0];
    const cell = (tag: string, part: string): string =>
      anchor?.getElementsByTagName(tag)[0]?.getElementsByTagName(part)[0]?.textContent ?? "";
    // D2 is column 3, row 1 (0-based); K18 is covered fully, so the "to" corner is L19.
    expect([cell("xdr:from", "xdr:col"), cell("xdr:from", "xdr:row")]).toEqual(["3", "1"]);
    expect([cell("xdr:to", "xdr:col"), cell("xdr:to", "xdr:row")]).toEqual(["11", "18"]);
    expect(anchor?.getElementsByTagName("xdr:cNvPr")[0]?.getAttribute("name")).toBe("Chart 1");
    expect(anchor?.getElementsByTagName("c:chart")[0]?.getAttribute("r:id")).toBe("rId1");
  });

  it("draws a clustered column chart: one series, its name, categories and values referenced and cached", async () => {
    const files = await parts(await (await withChart()).saveXlsx());
    const doc = parse(files.get("xl/charts/chart1.xml") ?? "");
    const one = (tag: string, within: Element | Document = doc): Element | undefined =>
      within.getElementsByTagNameNS(C, tag)[0] ?? undefined;
    const bar = one("barChart") as Element;
    expect(one("barDir", bar)?.getAttribute("val")).toBe("col");
    expect(one("grouping", bar)?.getAttribute("val")).toBe("clustered");
    const series = bar.getElementsByTagNameNS(C, "ser");
    expect(series.length).toBe(1);
    const ser = series[0] as Element;
    const f = (part: string): string => one("f", one(part, ser))?.textContent ?? "";
    expect([f("tx"), f("cat"), f("val")]).toEqual([
      "'Rekap Anggaran'!$B$1",
      "'Rekap Anggaran'!$A$2:$A$5",
      "'Rekap Anggaran'!$B$2:$B$5",
    ]);
    const cached = (part: string): string[] =>
      [...Array.from(one(part, ser)?.getElementsByTagNameNS(C, "v") ?? [])].map((v) => v.textContent ?? "");
    expect(cached("cat")).toEqual(["Jan", "Feb", "Mar", "Apr"]);
    expect(cached("val")).toEqual(["100000", "250000", "0", "123456"]);
    expect(one("title")?.textContent).toBe("Rencana Anggaran per Bulan");
  });

  it("leaves the rest of the file readable (exceljs reads its cells), and a workbook without charts without drawings", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await (await withChart()).saveXlsx()) as unknown as ArrayBuffer);
    expect(book.getWorksheet("Rekap Anggaran")?.getCell("B3").value).toBe(250000);
    const plain = hostFrom({ Sheet1: [[1]] });
    const files = await parts(await plain.saveXlsx());
    expect([...files.keys()].some((n) => /chart|drawing/.test(n))).toBe(false);
  });
});

describe("loading charts", () => {
  it("brings a saved chart back with its name, type, title and place", async () => {
    const host = await createHostFromXlsx(await (await withChart()).saveXlsx());
    const chart = host.workbook.sheetByName("Rekap Anggaran")?.charts[0];
    expect(chart).toMatchObject({
      name: "Chart 1",
      type: "ColumnClustered",
      title: { text: "Rencana Anggaran per Bulan", visible: true },
      anchor: { top: 1, left: 3, bottom: 17, right: 10 },
    });
    expect(host.dropped).toEqual([]);
    await host.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Rekap Anggaran").charts;
      charts.load("items/name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
    });
  });

  it("keeps a loaded chart through a save, its references following rows inserted and the sheet renamed", async () => {
    const host = await createHostFromXlsx(await (await withChart()).saveXlsx());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap Anggaran");
      sheet.getRange("1:2").insert("Down");
      sheet.name = "Rekap";
      await context.sync();
    });
    const files = await parts(await host.saveXlsx());
    const chart = files.get("xl/charts/chart1.xml") ?? "";
    parse(chart);
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "Rekap!$B$3",
      "Rekap!$A$4:$A$7",
      "Rekap!$B$4:$B$7",
    ]);
    const drawing = files.get("xl/drawings/drawing1.xml") ?? "";
    expect(drawing).toContain("<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row>");
  });

  it("deletes a loaded chart through the API, and the saved file has none", async () => {
    const host = await createHostFromXlsx(await (await withChart()).saveXlsx());
    await host.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Rekap Anggaran").charts;
      charts.load("items/name");
      await context.sync();
      for (const c of charts.items) c.delete();
      await context.sync();
    });
    const files = await parts(await host.saveXlsx());
    expect([...files.keys()].some((n) => /chart|drawing/.test(n))).toBe(false);
  });

  it("keeps a picture: nothing is listed in `dropped`, and the saved file has the picture and its anchor", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("RAK");
    ws.getCell("A1").value = 1;
    // A 1x1 PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const image = book.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(image, "C3:D5");
    const host = await createHostFromXlsx(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    expect(host.dropped).toEqual([]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("RAK").getRange("1:1").insert("Down");
      await context.sync();
    });
    const files = await parts(await host.saveXlsx());
    const media = [...files.keys()].filter((n) => n.startsWith("xl/media/"));
    expect(media).toHaveLength(1);
    const drawing = files.get("xl/drawings/drawing1.xml") ?? "";
    parse(drawing);
    // C3 was row 2 (0-based); one row inserted above it.
    expect(drawing).toMatch(/<xdr:from><xdr:col>2<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>3<\/xdr:row>/);
  });
});

const present = libreOfficePresent();
(present ? describe : describe.skip)("LibreOffice", () => {
  const lo = new LibreOffice("charts");
  afterAll(() => lo.cleanup());

  const pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find((p) => existsSync(p));
  if (!pdftotext) console.warn("SKIPPED: pdftotext (poppler-utils) not installed; the chart's PDF was not read");

  (pdftotext ? it : it.skip)(
    "opens the saved file and draws the chart with its title and months",
    async () => {
      const file = path.join(lo.dir, "chart.xlsx");
      const host = await withChart();
      // One page wide: a chart cut by a page edge loses letters of its title in the PDF's text.
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("Rekap Anggaran").pageLayout.zoom = {
          horizontalFitToPages: 1,
          verticalFitToPages: 0,
        };
        await context.sync();
      });
      writeFileSync(file, await host.saveXlsx());
      const pdf = lo.convert(file, "pdf");
      const text = execFileSync(pdftotext as string, [pdf.file, "-"], { encoding: "utf8" });
      // The title and the value axis exist only in the chart; the months are in the cells too.
      expect(text).toContain("Rencana Anggaran per Bulan");
      expect(text).toMatch(/250,000|250\.000/);
    },
    150_000,
  );

  it("a chart LibreOffice wrote loads into the host and is kept through a save", async () => {
    const file = path.join(lo.dir, "chart-for-lo.xlsx");
    writeFileSync(file, await (await withChart()).saveXlsx());
    const written = lo.convert(file, "xlsx");
    const host = await createHostFromXlsx(readFileSync(written.file));
    const chart = host.workbook.sheetByName("Rekap Anggaran")?.charts[0];
    expect(chart?.type).toBe("ColumnClustered");
    expect(chart?.anchor).toMatchObject({ top: 1, left: 3 });
    const files = await parts(await host.saveXlsx());
    const xml = files.get("xl/charts/chart1.xml") ?? "";
    parse(xml);
    expect([...xml.matchAll(/<(?:c:)?f>([^<]*)<\/(?:c:)?f>/g)].map((m) => m[1])).toContain(
      "'Rekap Anggaran'!$B$2:$B$5",
    );
  }, 150_000);
});
