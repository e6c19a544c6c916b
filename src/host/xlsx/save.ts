/**
 * Writes the workbook model as .xlsx by patching the package it was read from: every part the host
 * did not change is copied as its original compressed bytes; a changed sheet is rewritten only where
 * it changed (see sheet/writeSheet.ts); new styles are appended to styles.xml; workbook.xml gets the
 * sheets, active tab and names as they are now. A workbook made in memory is written over an empty
 * package the same way. Saving a workbook nobody changed gives back every part as it was.
 */
import { columnName } from "../../core/address";
import type { Sheet } from "../model/sheet";
import { DEFAULT_THEME_XML } from "./defaultTheme";
import type { Workbook } from "../model/workbook";
import { formatRectAbsolute, quoteSheet } from "../model/address";
import { resolveKept, serializeKept } from "../model/kept";
import { CT, relKind, relType } from "./opc";
import { PackageOutput } from "./packageOutput";
import { SharedStrings } from "./sharedStrings";
import { writeWorksheet, type SaveContext } from "./sheet/writeSheet";
import { sourceOf } from "./source";
import { DEFAULT_STYLES_XML, StyleBook } from "./styles/styleBook";
import {
  PRINT_AREA,
  PRINT_TITLES,
  readPrintName,
  readWorkbookPart,
  writeWorkbookPart,
  type SheetOut,
} from "./workbookPart";
import type { XmlElement } from "./xml/tree";
import { escapeXml } from "./xml/text";
import { ZipReader } from "./zip/read";
import { writeZip } from "./zip/write";

const MAIN_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/** The package a workbook made in memory is written over: a workbook part, styles, no sheets. */
function blankPackage(): Uint8Array {
  const enc = new TextEncoder();
  const xml = (s: string): Uint8Array => enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
  return writeZip([
    {
      name: "[Content_Types].xml",
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="${CT.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="${MAIN_CT}"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/>` +
          `<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${relType("officeDocument")}" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: xml(
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
          `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
          `<bookViews><workbookView/></bookViews><sheets/></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${relType("styles")}" Target="styles.xml"/>` +
          `<Relationship Id="rId2" Type="${relType("theme")}" Target="theme/theme1.xml"/></Relationships>`,
      ),
    },
    { name: "xl/styles.xml", data: enc.encode(DEFAULT_STYLES_XML) },
    { name: "xl/theme/theme1.xml", data: enc.encode(DEFAULT_THEME_XML) },
  ]);
}

export async function writeXlsx(wb: Workbook): Promise<Uint8Array> {
  await Promise.resolve();
  const source = sourceOf(wb);
  const zip = source ? new ZipReader(source.bytes, source.limits) : new ZipReader(blankPackage());
  const out = new PackageOutput(zip);
  const reachableBefore = out.reachable();
  const workbookPart = source?.workbookPart ?? "xl/workbook.xml";
  const styles = source?.styles ?? new StyleBook(DEFAULT_STYLES_XML);
  const strings = source?.strings ?? new SharedStrings(null);
  const info = readWorkbookPart(out.originalText(workbookPart) ?? "");
  const wbRels = out.rels(workbookPart);
  const ctx: SaveContext = { wb, out, styles, strings };

  // Which <sheet> entry and relationship each loaded sheet has.
  const relIdByPart = new Map<string, string>();
  for (const rel of wbRels.relationships) if (!rel.external) relIdByPart.set(rel.target.toLowerCase(), rel.id);
  const entryByRelId = new Map(info.sheets.map((e) => [e.relId, e]));

  const active = wb.activeSheet;
  let cellsChanged = false;
  const written: SheetOut[] = [];
  const usedRelIds = new Set<string>();
  const sheetsDir = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1) + "worksheets/sheet";
  for (const sheet of wb.sheets) {
    const owner = sheet.source !== null && sheet.id === sheet.source.loadedId && out.has(sheet.source.part);
    const part = owner && sheet.source ? sheet.source.part : out.uniqueName(sheetsDir, ".xml");
    const result = writeWorksheet(ctx, sheet, part, owner, sheet === active, active?.id !== source?.activeId);
    cellsChanged ||= result.cellsChanged || !owner;
    const relId = owner
      ? (relIdByPart.get(part.toLowerCase()) ?? wbRels.add(relType("worksheet"), part))
      : wbRels.add(relType("worksheet"), part);
    usedRelIds.add(relId);
    const entry = owner ? entryByRelId.get(relId) : undefined;
    written.push({ name: sheet.name, state: stateOf(sheet), relId, element: entry?.element ?? null });
  }

  // Chart sheets and other non-worksheet tabs stay where they were among the tabs.
  const outSheets = [...written];
  info.sheets.forEach((entry, index) => {
    const rel = wbRels.byId(entry.relId);
    if (!rel || relKind(rel.type) === "worksheet") return;
    usedRelIds.add(entry.relId);
    outSheets.splice(Math.min(index, outSheets.length), 0, {
      name: entry.name,
      state: entry.state,
      relId: entry.relId,
      element: entry.element,
    });
  });
  // Worksheets that are gone lose their relationship (their parts are dropped below).
  for (const entry of info.sheets) {
    const rel = wbRels.byId(entry.relId);
    if (rel && relKind(rel.type) === "worksheet" && !usedRelIds.has(entry.relId)) wbRels.remove(entry.relId);
  }

  const activeTab = Math.max(
    0,
    outSheets.findIndex((s) => written.indexOf(s) >= 0 && wb.sheets[written.indexOf(s)] === active),
  );
  const workbookXml = writeWorkbookPart(info, {
    sheets: outSheets,
    activeTab,
    names: namesXml(wb, outSheets, written),
    fullCalcOnLoad: cellsChanged,
  });
  out.setText(workbookPart, workbookXml);

  const stylesText = styles.serialize();
  if (stylesText !== null) {
    let stylesPart = source?.stylesPart ?? (source ? null : "xl/styles.xml");
    if (!stylesPart) {
      stylesPart = out.uniqueName(workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1) + "styles", ".xml");
      wbRels.add(relType("styles"), stylesPart);
      out.types.add(stylesPart, CT.styles);
    }
    out.setText(stylesPart, stylesText);
  }

  // A calculation chain naming cells that changed would make Excel repair the file: Excel rebuilds it.
  if (cellsChanged) {
    for (const rel of wbRels.ofKind("calcChain")) {
      wbRels.remove(rel.id);
      out.remove(rel.target);
    }
  }
  out.dropUnreachable(reachableBefore);
  return out.finish();
}

function stateOf(sheet: Sheet): SheetOut["state"] {
  return sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
}

/** The defined names: kept ones where their sheet is now, print areas and titles from the page layout. */
function namesXml(wb: Workbook, outSheets: readonly SheetOut[], written: readonly SheetOut[]): string[] {
  const tabOf = (sheetId: string): number => {
    const i = wb.sheets.findIndex((s) => s.id === sheetId);
    return i < 0 ? -1 : outSheets.indexOf(written[i] as SheetOut);
  };
  const out: string[] = [];
  const printed = new Set<string>();
  for (const n of wb.names) {
    const element = resolveKept(n.element) ?? n.element;
    const sheet = n.scope === null ? undefined : wb.sheetById(n.scope);
    if (n.print && sheet) {
      // Written as read while the page layout still says what it said; else made anew below.
      const read = readPrintName(element as XmlElement);
      const p = sheet.pageLayout;
      const now =
        n.print === "area"
          ? { area: p.printArea }
          : { rows: p.printTitleRows ?? undefined, cols: p.printTitleColumns ?? undefined };
      if (!read || JSON.stringify(normalizePrint(read)) !== JSON.stringify(normalizePrint(now))) continue;
      printed.add(`${n.print}:${sheet.id}`);
    }
    const text = serializeKept(element);
    if (n.scope === null) {
      out.push(text);
      continue;
    }
    const tab = tabOf(n.scope);
    if (tab < 0) continue;
    out.push(text.replace(/(\slocalSheetId\s*=\s*["'])\d+(["'])/, `$1${tab}$2`));
  }
  wb.sheets.forEach((sheet, i) => {
    const tab = outSheets.indexOf(written[i] as SheetOut);
    const p = sheet.pageLayout;
    const prefix = `${quoteSheet(sheet.name)}!`;
    if (p.printArea && p.printArea.length > 0 && !printed.has(`area:${sheet.id}`)) {
      const formula = p.printArea.map((r) => prefix + formatRectAbsolute(r)).join(",");
      out.push(`<definedName name="${PRINT_AREA}" localSheetId="${tab}">${escapeXml(formula)}</definedName>`);
    }
    const titles: string[] = [];
    if (p.printTitleColumns)
      titles.push(`${prefix}$${columnName(p.printTitleColumns.first)}:$${columnName(p.printTitleColumns.last)}`);
    if (p.printTitleRows) titles.push(`${prefix}$${p.printTitleRows.first + 1}:$${p.printTitleRows.last + 1}`);
    if (titles.length > 0 && !printed.has(`titles:${sheet.id}`))
      out.push(
        `<definedName name="${PRINT_TITLES}" localSheetId="${tab}">${escapeXml(titles.join(","))}</definedName>`,
      );
  });
  return out;
}

function normalizePrint(p: {
  area?: readonly { top: number; left: number; bottom: number; right: number }[] | null;
  rows?: { first: number; last: number } | null;
  cols?: { first: number; last: number } | null;
}): unknown {
  return {
    area: p.area ? p.area.map((r) => [r.top, r.left, r.bottom, r.right]) : null,
    rows: p.rows ? [p.rows.first, p.rows.last] : null,
    cols: p.cols ? [p.cols.first, p.cols.last] : null,
  };
}
