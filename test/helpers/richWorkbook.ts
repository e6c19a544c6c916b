/**
 * A rich RAK workbook, as other programs write one, and what a test needs to see that a Rakit edit
 * kept everything in it. The base is the project's sample plan (samples/rak-contoh-2024.xlsx);
 * on top of it, the features offices use:
 *
 * - cell comments (on B13, a sasaran, and C45, an indikator) with their note shapes;
 * - a "v" list validation on the month columns (F10:Q49);
 * - a user defined name (Anggaran = the budget column) used by a second sheet's formulas;
 * - hyperlinks (one to a web page, one to the second sheet), an autofilter over the table;
 * - custom document properties, a picture above the table and one beside row 30;
 * - fit to page, Arial 10 as the default font, and a footer of the office's own.
 *
 * Three producers: raw parts written as openpyxl writes them (inline strings and no shared strings
 * part, absolute relationship targets, comments without `xr` extensions, a `legacyDrawing`),
 * exceljs, and LibreOffice (which rewrites the raw workbook in its own style).
 *
 * `features()` reads a package back with an XML parser of its own (not the host's reader, not
 * exceljs, which refuses some of these packages), so a test judges the host by an independent view.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const SAMPLE = path.resolve(__dirname, "../../samples/rak-contoh-2024.xlsx");
export const PLAN = "RAK 2024";

/** A 1x1 PNG and a 2x1 one, so the two pictures are told apart. */
export const PNG_A = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
export const PNG_B = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8DwnwEIGGEAAP8ABf1C/q8AAAAASUVORK5CYII=",
  "base64",
);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const CUSTOM_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
  `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Kantor"><vt:lpwstr>KPU Kota Prabumulih</vt:lpwstr></property>` +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Versi"><vt:i4>3</vt:i4></property>` +
  `</Properties>`;

export const FOOTER_TEXT = "Disusun: Subbag Perencanaan";

const ARIAL_10 = `<font><sz val="10"/><name val="Arial"/><family val="2"/></font>`;

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function addOverride(types: string, part: string, type: string): string {
  return types.replace("</Types>", `<Override PartName="${part}" ContentType="${type}"/></Types>`);
}

/** Puts `xml` into the sheet before the first of `before` it has (schema order), else at the end. */
function insertBefore(sheet: string, xml: string, before: readonly string[]): string {
  let at = sheet.lastIndexOf("</worksheet>");
  for (const name of before) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(sheet);
    if (m && m.index < at) at = m.index;
  }
  return sheet.slice(0, at) + xml + sheet.slice(at);
}

/** Shared-string cells rewritten as inline strings, the way some writers write every text cell. */
function inlineStrings(sheet: string, strings: readonly string[]): string {
  return sheet.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => {
    const t = strings[Number(i)] ?? "";
    const preserve = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : "";
    return `<c ${a}t="inlineStr"${b}><is><t${preserve}>${escapeXml(t)}</t></is></c>`;
  });
}

function sharedStrings(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  return Array.from(doc.getElementsByTagName("si")).map((si) =>
    Array.from(si.getElementsByTagName("t"))
      .map((t) => t.textContent ?? "")
      .join(""),
  );
}

const VML_SHAPE = (row: number, col: number, id: number): string =>
  `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
  `<v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/>` +
  `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
  `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
  `<x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 4</x:Anchor>` +
  `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;

function anchorXml(col: number, row: number, toCol: number, toRow: number, id: number, rel: string): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="Image ${id}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${R}" r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="476250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    `</xdr:pic><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The rich workbook written as raw parts, openpyxl's way. */
export async function rawRichWorkbook(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const strings = sharedStrings(await text(zip, "xl/sharedStrings.xml"));
  let sheet = inlineStrings(await text(zip, "xl/worksheets/sheet1.xml"), strings);
  zip.remove("xl/sharedStrings.xml");

  sheet = insertBefore(sheet, `<autoFilter ref="A9:S49"/>`, [
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "drawing",
    "legacyDrawing",
  ]);
  sheet = insertBefore(
    sheet,
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="F10:Q49"><formula1>"v"</formula1></dataValidation></dataValidations>` +
      `<hyperlinks><hyperlink ref="C12" r:id="rIdLink1"/><hyperlink ref="E45" location="'Rekap'!A1" display="Rekap"/></hyperlinks>`,
    ["printOptions", "pageMargins", "pageSetup", "headerFooter", "drawing", "legacyDrawing"],
  );
  sheet = insertBefore(sheet, `<headerFooter><oddFooter>&amp;L${FOOTER_TEXT}</oddFooter></headerFooter>`, [
    "drawing",
    "legacyDrawing",
  ]);
  sheet = insertBefore(sheet, `<drawing r:id="rIdDrawing1"/><legacyDrawing r:id="rIdVml1"/>`, ["tableParts", "extLst"]);
  zip.file("xl/worksheets/sheet1.xml", sheet);
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdComments1" Type="${R}/comments" Target="/xl/comments/comment1.xml"/>` +
      `<Relationship Id="rIdVml1" Type="${R}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>` +
      `<Relationship Id="rIdDrawing1" Type="${R}/drawing" Target="/xl/drawings/drawing1.xml"/>` +
      `<Relationship Id="rIdLink1" Type="${R}/hyperlink" Target="https://jdih.kpu.go.id/" TargetMode="External"/>` +
      `</Relationships>`,
  );
  zip.file(
    "xl/comments/comment1.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<comments xmlns="${MAIN}"><authors><author>Perencana</author></authors><commentList>` +
      `<comment ref="B13" authorId="0"><text><t>Cek kode 6867 dengan DIPA</t></text></comment>` +
      `<comment ref="C45" authorId="0"><text><t>Target disepakati rapat pleno</t></text></comment>` +
      `</commentList></comments>`,
  );
  zip.file(
    "xl/drawings/commentsDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
      `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
      VML_SHAPE(12, 1, 1025) +
      VML_SHAPE(44, 2, 1026) +
      `</xml>`,
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      anchorXml(19, 1, 21, 4, 1, "rIdImage1") +
      anchorXml(19, 29, 21, 31, 2, "rIdImage2") +
      `</xdr:wsDr>`,
  );
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdImage1" Type="${R}/image" Target="/xl/media/image1.png"/>` +
      `<Relationship Id="rIdImage2" Type="${R}/image" Target="/xl/media/image2.png"/></Relationships>`,
  );
  zip.file("xl/media/image1.png", PNG_A);
  zip.file("xl/media/image2.png", PNG_B);

  // A second sheet whose formulas use the name and the plan's cells.
  zip.file(
    "xl/worksheets/sheet2.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><sheetData>` +
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Total anggaran</t></is></c><c r="B1"><f>SUM(Anggaran)</f></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>Biaya sasaran 10</t></is></c><c r="B2"><f>'RAK 2024'!R42</f></c></row>` +
      `</sheetData></worksheet>`,
  );

  let workbook = await text(zip, "xl/workbook.xml");
  workbook = workbook
    .replace("</sheets>", `<sheet name="Rekap" sheetId="2" r:id="rIdSheet2"/></sheets>`)
    .replace(
      "<definedNames>",
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'RAK 2024'!$A$9:$S$49</definedName>` +
        `<definedName name="Anggaran">'RAK 2024'!$R$10:$R$49</definedName>`,
    );
  zip.file("xl/workbook.xml", workbook);
  let wbRels = await text(zip, "xl/_rels/workbook.xml.rels");
  wbRels = wbRels
    .replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, "")
    .replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"')
    .replace(
      "</Relationships>",
      `<Relationship Id="rIdSheet2" Type="${R}/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
    );
  zip.file("xl/_rels/workbook.xml.rels", wbRels);

  // Arial 10, the way LibreOffice and WPS write their default font.
  const styles = (await text(zip, "xl/styles.xml")).replace(/<font>(?:(?!<\/font>).)*<\/font>/, ARIAL_10);
  zip.file("xl/styles.xml", styles);

  zip.file("docProps/custom.xml", CUSTOM_XML);
  let rootRels = await text(zip, "_rels/.rels");
  rootRels = rootRels
    .replace(/Target="(?!\/)([^"]+)"/g, 'Target="/$1"')
    .replace(
      "</Relationships>",
      `<Relationship Id="rIdCustom" Type="${R}/custom-properties" Target="/docProps/custom.xml"/></Relationships>`,
    );
  zip.file("_rels/.rels", rootRels);

  let types = (await text(zip, "[Content_Types].xml")).replace(
    /<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/,
    "",
  );
  types = addOverride(types, "/xl/comments/comment1.xml", CT_COMMENTS);
  types = addOverride(types, "/xl/drawings/drawing1.xml", CT_DRAWING);
  types = addOverride(types, "/xl/worksheets/sheet2.xml", CT_WORKSHEET);
  types = addOverride(
    types,
    "/docProps/custom.xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  );
  if (!types.includes('Extension="png"'))
    types = types.replace("</Types>", `<Default Extension="png" ContentType="image/png"/></Types>`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The rich workbook written by exceljs (its own parts; custom properties and the font added raw, as exceljs has neither). */
export async function exceljsRichWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(SAMPLE);
  const ws = book.getWorksheet(PLAN) as ExcelJS.Worksheet;
  ws.getCell("B13").note = "Cek kode 6867 dengan DIPA";
  ws.getCell("C45").note = "Target disepakati rapat pleno";
  for (let r = 10; r <= 49; r++)
    for (let c = 6; c <= 17; c++)
      ws.getCell(r, c).dataValidation = { type: "list", allowBlank: true, formulae: ['"v"'] };
  ws.getCell("C12").value = { text: String(ws.getCell("C12").text), hyperlink: "https://jdih.kpu.go.id/" };
  ws.getCell("E45").value = { text: String(ws.getCell("E45").text), hyperlink: "#'Rekap'!A1" };
  ws.autoFilter = "A9:S49";
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${FOOTER_TEXT}` };
  const a = book.addImage({ buffer: PNG_A as unknown as ExcelJS.Buffer, extension: "png" });
  const b = book.addImage({ buffer: PNG_B as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(a, "T2:U4");
  ws.addImage(b, "T30:U31");
  const rekap = book.addWorksheet("Rekap");
  rekap.getCell("A1").value = "Total anggaran";
  rekap.getCell("B1").value = { formula: "SUM(Anggaran)" } as ExcelJS.CellFormulaValue;
  rekap.getCell("A2").value = "Biaya sasaran 10";
  rekap.getCell("B2").value = { formula: "'RAK 2024'!R42" } as ExcelJS.CellFormulaValue;
  book.definedNames.add("'RAK 2024'!$R$10:$R$49", "Anggaran");
  const zip = await JSZip.loadAsync((await book.xlsx.writeBuffer()) as ArrayBuffer);
  zip.file("xl/styles.xml", (await text(zip, "xl/styles.xml")).replace(/<font>(?:(?!<\/font>).)*<\/font>/, ARIAL_10));
  zip.file("docProps/custom.xml", CUSTOM_XML);
  zip.file(
    "_rels/.rels",
    (await text(zip, "_rels/.rels")).replace(
      "</Relationships>",
      `<Relationship Id="rIdCustom" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    ),
  );
  zip.file(
    "[Content_Types].xml",
    addOverride(
      await text(zip, "[Content_Types].xml"),
      "/docProps/custom.xml",
      "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// ---------------------------------------------------------------------------------------------
// Reading features back

export interface Features {
  readonly sheets: string[];
  /** Per sheet, per 1-based row: the row's text in columns C to E (indikator, target, kegiatan), years masked (a row's identity). */
  readonly rowKeys: Map<string, Map<number, string>>;
  readonly comments: { sheet: string; ref: string; text: string; shape: string | null }[];
  readonly validations: { sheet: string; sqref: string; formula: string }[];
  readonly hyperlinks: { sheet: string; ref: string; target: string }[];
  readonly autoFilters: { sheet: string; ref: string }[];
  readonly names: { name: string; scope: string | null; formula: string }[];
  readonly pictures: { sheet: string; from: string; media: string }[];
  readonly formulas: { sheet: string; ref: string; formula: string }[];
  readonly fitToPage: Record<string, boolean>;
  readonly footers: Record<string, string>;
  readonly defaultFont: string;
  readonly customProperties: string | null;
}

type El = Element;

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, "application/xml") as unknown as Document;
}

function all(node: Document | El, local: string): El[] {
  const out: El[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if ((c as El).localName === local) out.push(c as El);
      walk(c);
    }
  };
  walk(node as unknown as Node);
  return out;
}

function attr(el: El, local: string): string | null {
  for (const a of Array.from(el.attributes)) if (a.localName === local) return a.value;
  return null;
}

function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsOf(source: string): string {
  const i = source.lastIndexOf("/");
  return `${source.slice(0, i + 1)}_rels/${source.slice(i + 1)}.rels`;
}

async function rels(zip: JSZip, source: string): Promise<{ id: string; type: string; target: string }[]> {
  const file = zip.file(relsOf(source)) ?? zip.file(relsOf(source).replace(/^\//, ""));
  if (!file) return [];
  const doc = parse(await file.async("string"));
  return all(doc, "Relationship").map((r) => {
    const target = attr(r, "Target") ?? "";
    const external = attr(r, "TargetMode") === "External";
    return {
      id: attr(r, "Id") ?? "",
      type: (attr(r, "Type") ?? "").split("/").pop() ?? "",
      target: external ? target : resolve(source, target),
    };
  });
}

function cellRef(col: number, row: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

export async function features(bytes: Uint8Array): Promise<Features> {
  const zip = await JSZip.loadAsync(bytes);
  const rootRels = await rels(zip, "");
  const workbookPart = rootRels.find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  const wbRels = await rels(zip, workbookPart);
  const wb = parse(await text(zip, workbookPart));
  const sstRel = wbRels.find((r) => r.type === "sharedStrings");
  const sst = sstRel ? sharedStrings(await text(zip, sstRel.target)) : [];
  const stylesRel = wbRels.find((r) => r.type === "styles");
  const stylesDoc = stylesRel ? await text(zip, stylesRel.target) : "";
  const defaultFont =
    /<(?:\w+:)?font\b[^>]*>[\s\S]*?<\/(?:\w+:)?font>/.exec(stylesDoc.slice(stylesDoc.indexOf("fonts")))?.[0] ?? "";
  const customRel = rootRels.find((r) => r.type === "custom-properties");
  const out: Features = {
    sheets: [],
    rowKeys: new Map(),
    comments: [],
    validations: [],
    hyperlinks: [],
    autoFilters: [],
    names: [],
    pictures: [],
    formulas: [],
    fitToPage: {},
    footers: {},
    defaultFont: defaultFont.replace(/\s+/g, " "),
    customProperties: customRel ? await text(zip, customRel.target) : null,
  };
  const sheetEls = all(wb, "sheet");
  for (const n of all(wb, "definedName")) {
    const local = attr(n, "localSheetId");
    out.names.push({
      name: attr(n, "name") ?? "",
      scope: local === null ? null : (attr(sheetEls[Number(local)] as El, "name") ?? null),
      formula: n.textContent ?? "",
    });
  }
  for (const s of sheetEls) {
    const name = attr(s, "name") ?? "";
    const part = wbRels.find((r) => r.id === attr(s, "id"))?.target;
    if (!part || !zip.file(part)) continue;
    out.sheets.push(name);
    const doc = parse(await text(zip, part));
    const keys = new Map<number, string[]>();
    for (const c of all(doc, "c")) {
      const ref = attr(c, "r") ?? "";
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      if (!m || (m[1] as string).length > 1 || (m[1] as string) > "E" || (m[1] as string) < "C") continue;
      const type = attr(c, "t");
      const v = all(c, "v")[0]?.textContent ?? "";
      const value =
        type === "s"
          ? (sst[Number(v)] ?? "")
          : type === "inlineStr"
            ? all(c, "t")
                .map((t) => t.textContent)
                .join("")
            : v;
      const row = Number(m[2]);
      keys.set(row, [...(keys.get(row) ?? []), value.replace(/20\d\d/g, "YYYY")]);
    }
    for (const c of all(doc, "c")) {
      const f = all(c, "f")[0];
      if (f && f.textContent) out.formulas.push({ sheet: name, ref: attr(c, "r") ?? "", formula: f.textContent });
    }
    out.rowKeys.set(name, new Map([...keys].map(([r, v]) => [r, v.filter((x) => x).join(" | ")])));
    for (const v of all(doc, "dataValidation"))
      out.validations.push({
        sheet: name,
        sqref: attr(v, "sqref") ?? "",
        formula: all(v, "formula1")[0]?.textContent ?? "",
      });
    for (const v of all(doc, "autoFilter")) out.autoFilters.push({ sheet: name, ref: attr(v, "ref") ?? "" });
    const sheetRels = await rels(zip, part);
    for (const h of all(doc, "hyperlink")) {
      const rel = sheetRels.find((r) => r.id === attr(h, "id"));
      out.hyperlinks.push({
        sheet: name,
        ref: attr(h, "ref") ?? "",
        target: rel ? rel.target : `#${attr(h, "location") ?? ""}`,
      });
    }
    const setUp = all(doc, "pageSetUpPr")[0];
    out.fitToPage[name] = !!setUp && ["1", "true"].includes(attr(setUp, "fitToPage") ?? "");
    out.footers[name] = all(doc, "oddFooter")[0]?.textContent ?? "";
    // Note shapes by their cell.
    const shapes = new Map<string, string>();
    for (const rel of sheetRels.filter((r) => r.type === "vmlDrawing")) {
      const vml = await text(zip, rel.target);
      for (const m of vml.matchAll(/<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g))
        shapes.set(cellRef(Number(m[2]), Number(m[1])), `${m[1]},${m[2]}`);
    }
    for (const rel of sheetRels.filter((r) => r.type === "comments")) {
      const cdoc = parse(await text(zip, rel.target));
      for (const c of all(cdoc, "comment")) {
        const ref = attr(c, "ref") ?? "";
        out.comments.push({ sheet: name, ref, text: c.textContent ?? "", shape: shapes.get(ref) ?? null });
      }
    }
    for (const rel of sheetRels.filter((r) => r.type === "drawing")) {
      const ddoc = parse(await text(zip, rel.target));
      const drels = await rels(zip, rel.target);
      for (const pic of all(ddoc, "pic")) {
        const anchor = pic.parentNode as El;
        const from = all(anchor, "from")[0] as El;
        const row = Number(all(from, "row")[0]?.textContent);
        const col = Number(all(from, "col")[0]?.textContent);
        const embed = attr(all(pic, "blip")[0] as El, "embed");
        const media = drels.find((r) => r.id === embed)?.target ?? "";
        const data = zip.file(media)
          ? Buffer.from(await (zip.file(media) as JSZip.JSZipObject).async("uint8array")).toString("base64")
          : "";
        out.pictures.push({ sheet: name, from: cellRef(col, row), media: data });
      }
    }
  }
  return out;
}

/** "B13" → its 1-based row; "F10:Q49" → [10, 49]. */
export function rowsOf(ref: string): [number, number] {
  const nums = [...ref.replace(/\$/g, "").matchAll(/[A-Z]+(\d+)/g)].map((m) => Number(m[1]));
  return [Math.min(...nums), Math.max(...nums)];
}

/** The identity of the rows a reference starts and ends on, in a package's features. */
export function rowsKey(f: Features, sheet: string, ref: string): string {
  const [top, bottom] = rowsOf(ref);
  const keys = f.rowKeys.get(sheet);
  return `${keys?.get(top) ?? `(row ${top})`} ... ${keys?.get(bottom) ?? `(row ${bottom})`}`;
}
