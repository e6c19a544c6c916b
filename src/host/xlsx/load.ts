/**
 * Reads an .xlsx package into the workbook model: sheets (cells, formats, merges, columns and rows,
 * conditional formats, print setup, protection, views), defined names, and, kept as read with their
 * references following row edits, everything else a sheet links to or holds (comments and their
 * note shapes, drawings with pictures, shapes and charts, tables, validations, hyperlinks, the
 * autofilter...). Reading is bounded (zip/limits.ts) and costs in proportion to the cells present.
 *
 * Any producer's package reads: Excel's, LibreOffice's, WPS Office's, Google Sheets', openpyxl's
 * (inline strings and no sharedStrings part, absolute relationship targets, prefixed elements,
 * `true`/`false` booleans, shared formulas, ISO dates).
 */
import { recalculateWorkbook } from "../model/formulas";
import type { KeptElement, KeptPart } from "../model/kept";
import type { Sheet } from "../model/sheet";
import { Workbook } from "../model/workbook";
import { readDrawing } from "./drawings";
import { liftNameRef, liftPartRefs } from "./keptRefs";
import { ContentTypes, relKind, RelationshipsPart, relsPathOf } from "./opc";
import { readWorksheet } from "./sheet/readSheet";
import { SharedStrings } from "./sharedStrings";
import type { SourcePackage } from "./source";
import { StyleBook } from "./styles/styleBook";
import { PRINT_AREA, PRINT_TITLES, readPrintName, readWorkbookPart } from "./workbookPart";
import { parseXml } from "./xml/tree";
import { PACKAGE_LIMITS, PackageFormatError, type PackageLimits } from "./zip/limits";
import { ZipReader } from "./zip/read";

/** Parts linked from a sheet that the host keeps as trees, their references following row edits. */
const KEPT_PART_KINDS = new Set(["comments", "vmlDrawing", "table", "threadedComment"]);

function toBytes(input: ArrayBuffer | Uint8Array): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

export async function readXlsx(
  input: ArrayBuffer | Uint8Array,
  limits: PackageLimits = PACKAGE_LIMITS,
): Promise<Workbook> {
  await Promise.resolve();
  const bytes = toBytes(input);
  const zip = new ZipReader(bytes, limits);
  const rootRels = new RelationshipsPart("", zip.text("_rels/.rels"));
  const officeDocument = rootRels.ofKind("officeDocument")[0]?.target ?? "xl/workbook.xml";
  const workbookXml = zip.text(officeDocument);
  if (workbookXml === null) {
    if (zip.text("mimetype")?.startsWith("application/vnd.oasis.opendocument"))
      throw new PackageFormatError("an OpenDocument file (.ods), not .xlsx");
    throw new PackageFormatError("no workbook part in the package");
  }
  const types = new ContentTypes(zip.text("[Content_Types].xml"));
  const info = readWorkbookPart(workbookXml);
  const wbRels = new RelationshipsPart(officeDocument, zip.text(relsPathOf(officeDocument)));
  const stylesPart = wbRels.ofKind("styles")[0]?.target ?? null;
  const stringsPart = wbRels.ofKind("sharedStrings")[0]?.target ?? null;
  const styles = new StyleBook(stylesPart ? zip.text(stylesPart) : null);
  const strings = new SharedStrings(stringsPart ? zip.text(stringsPart) : null);

  const wb = new Workbook();
  wb.date1904 = info.date1904;
  const ctx = { wb, styles, strings };
  let missingResults = false;
  /** The model's sheet for each <sheet> entry (undefined for chart sheets and the like). */
  const bySheetIndex: (Sheet | undefined)[] = [];
  for (const entry of info.sheets) {
    const rel = wbRels.byId(entry.relId);
    const isWorksheet =
      rel && !rel.external && (relKind(rel.type) === "worksheet" || types.typeOf(rel.target)?.includes("worksheet"));
    const xml = isWorksheet && rel ? zip.text(rel.target) : null;
    if (!rel || xml === null) {
      bySheetIndex.push(undefined);
      continue;
    }
    const read = readWorksheet(xml, entry.name, rel.target, ctx);
    const sheet = read.sheet;
    missingResults ||= read.missingResults;
    sheet.visibility = entry.state === "hidden" ? "Hidden" : entry.state === "veryHidden" ? "VeryHidden" : "Visible";
    wb.sheets.push(sheet);
    bySheetIndex.push(sheet);
  }

  // Drawings and comments once every sheet is there (a chart may show another sheet's data).
  for (const sheet of wb.sheets) if (sheet.source) sheet.kept.parts = readKeptParts(zip, wb, sheet, sheet.source.part);

  // Defined names: print areas and titles are the sheets' page layout; the rest are kept.
  for (const name of info.names) {
    const scope = name.localSheetId === null ? undefined : bySheetIndex[name.localSheetId];
    if (name.localSheetId !== null && !scope) continue;
    const element: KeptElement = name.element;
    liftNameRef(element);
    const print =
      (name.name === PRINT_AREA || name.name === PRINT_TITLES) && scope ? readPrintName(name.element) : null;
    if (print && scope) {
      if (print.area !== undefined) scope.pageLayout.printArea = print.area;
      if (print.rows !== undefined) scope.pageLayout.printTitleRows = print.rows;
      if (print.cols !== undefined) scope.pageLayout.printTitleColumns = print.cols;
    }
    wb.names.push({
      name: name.name,
      scope: scope?.id ?? null,
      element,
      ...(print ? { print: name.name === PRINT_AREA ? ("area" as const) : ("titles" as const) } : {}),
    });
  }

  // A formula saved without a result (files written by libraries, not by Excel) has nothing to
  // show; compute such workbooks once, as Excel would on opening them.
  if (missingResults) recalculateWorkbook(wb);
  const activeEntry = bySheetIndex[info.activeTab];
  const active = activeEntry ?? wb.sheets.find((s) => s.visibility === "Visible");
  wb.activeSheetId = active?.id ?? null;
  const source: SourcePackage = {
    kind: "xlsx",
    bytes,
    limits,
    workbookPart: officeDocument,
    stylesPart,
    styles,
    strings,
    activeId: wb.activeSheetId,
  };
  wb.source = source;
  return wb;
}

/** The parts a sheet links to that hold references: its drawing, comments, note shapes, tables. */
function readKeptParts(zip: ZipReader, wb: Workbook, sheet: Sheet, sheetPart: string): KeptPart[] {
  const rels = new RelationshipsPart(sheetPart, zip.text(relsPathOf(sheetPart)));
  const parts: KeptPart[] = [];
  for (const rel of rels.relationships) {
    if (rel.external) continue;
    const kind = relKind(rel.type);
    if (kind === "drawing") {
      const drawing = readDrawing(zip, wb, sheet, rel.id, rel.target);
      if (drawing) parts.push(drawing);
      continue;
    }
    if (!KEPT_PART_KINDS.has(kind)) continue;
    const xml = zip.text(rel.target);
    if (xml === null) continue;
    let doc;
    try {
      doc = parseXml(xml);
    } catch {
      continue;
    }
    const root: KeptElement = doc.root;
    liftPartRefs(kind === "threadedComment" ? "threadedComments" : kind, root);
    parts.push({ relId: rel.id, kind, part: rel.target, prolog: doc.prolog, root, epilog: doc.epilog });
  }
  return parts;
}
