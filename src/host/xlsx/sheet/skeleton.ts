/**
 * A worksheet part split in two: `<sheetData>` (the rows, scanned by sheetData.ts) and the rest, the
 * skeleton, a small tree of the worksheet's other elements kept as written.
 */
import { localName } from "../xml/text";
import { parseXml, type XmlDocument } from "../xml/tree";

/** CT_Worksheet's children in schema order: where an element the writer adds must go. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
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
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** Elements whose content the model owns: the writer rewrites them from the model when it changed. */
export const MODELLED = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetProtection",
  "mergeCells",
  "conditionalFormatting",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
]);

export interface SplitSheet {
  readonly skeleton: XmlDocument;
  /** The namespace prefix of the worksheet's elements, "" or "x:". */
  readonly prefix: string;
  /** Where the content of `<sheetData>` is in the part's text ([start, end)); empty when it has none. */
  readonly dataStart: number;
  readonly dataEnd: number;
}

export function splitSheet(xml: string): SplitSheet {
  const m = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!m) {
    const skeleton = parseXml(xml);
    return { skeleton, prefix: prefixOfName(skeleton.root.name), dataStart: 0, dataEnd: 0 };
  }
  const prefix = m[1] ?? "";
  const openEnd = m.index + m[0].length;
  if (m[2] === "/") {
    return { skeleton: parseXml(xml), prefix, dataStart: openEnd, dataEnd: openEnd };
  }
  const close = `</${prefix}sheetData>`;
  const end = xml.lastIndexOf(close);
  const dataEnd = end < openEnd ? xml.length : end;
  const skeleton = parseXml(xml.slice(0, openEnd) + xml.slice(dataEnd));
  return { skeleton, prefix, dataStart: openEnd, dataEnd };
}

function prefixOfName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

export function orderOf(name: string): number {
  const i = (WORKSHEET_ORDER as readonly string[]).indexOf(localName(name));
  return i < 0 ? -1 : i;
}
