/**
 * A hand-written scanner for `<sheetData>`, the part of a worksheet that grows with the plan: no DOM,
 * no per-cell regular expressions, one pass of indexOf over the text, cost in proportion to the cells
 * present (a value in XFD1048576 is one cell like any other). It reads what the model keeps of a
 * cell (value, formula, format index) and of a row (height, hidden, format, outline level), and can
 * also report where each row and cell is in the text, which the writer uses to copy unchanged rows
 * and cells exactly as they were.
 *
 * Shared formulas are expanded for each cell (translated from their master, as Excel shows them);
 * dates stored as ISO text (`t="d"`) become serial numbers; SpreadsheetML's `_xHHHH_` escapes in text
 * are decoded.
 */
import { ERROR_CODES, type CellError } from "../../../core/snapshot";
import { translate } from "../../formula";
import type { Scalar } from "../../model/sheet";
import { stringItemText } from "../sharedStrings";
import { decodeXstring, unescapeXml } from "../xml/text";

/** One cell as scanned. The object is reused from cell to cell: copy what you keep. */
export interface ScannedCell {
  row: number;
  col: number;
  /** The `s` attribute (0 when absent). */
  style: number;
  hasStyle: boolean;
  value: Scalar | null;
  /** With its "=", when the cell has a formula. */
  formula: string | undefined;
  /** The formula is part of a shared group (master or member). */
  shared: boolean;
  /** Where `<c ...>...</c>` starts and ends (exclusive) in the text. */
  start: number;
  end: number;
}

export interface ScannedRow {
  row: number;
  /** The `<row ...>` start tag as written (empty-element form for a row without cells). */
  open: string;
  start: number;
  end: number;
  height: number | undefined;
  hidden: boolean;
  customHeight: boolean;
  /** The row's format index when `customFormat` is set. */
  style: number | undefined;
  outlineLevel: number;
}

export interface ScanContext {
  readonly strings: readonly string[];
  readonly date1904: boolean;
}

export interface ScanHandler {
  row?(row: ScannedRow): void;
  cell(cell: ScannedCell): void;
  /** After the last cell of a row. */
  rowEnd?(row: ScannedRow): void;
}

const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const EQ = 61;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** "AB12" into a column and row (0-based); column -1 when it is not a cell reference. */
function parseRef(xml: string, start: number, end: number, out: { row: number; col: number }): void {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  out.col = col - 1;
  out.row = row - 1;
}

function parseIntAt(xml: string, start: number, end: number): number {
  let n = 0;
  let sign = 1;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 45 && i === start) sign = -1;
    else if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    else break;
  }
  return n * sign;
}

function isTrueAt(xml: string, start: number, end: number): boolean {
  const c = xml.charCodeAt(start);
  return (c === 49 && end - start === 1) || xml.startsWith("true", start) || xml.startsWith("on", start);
}

/** Calls `f(nameStart, nameEnd, valueStart, valueEnd)` for each attribute of the tag in [from, to). */
function eachAttribute(
  xml: string,
  from: number,
  to: number,
  f: (ns: number, ne: number, vs: number, ve: number) => void,
): void {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const ns = i;
    while (i < to) {
      const c = xml.charCodeAt(i);
      if (c === EQ || isSpace(c) || c === SLASH || c === GT) break;
      i++;
    }
    const ne = i;
    if (ne === ns) {
      i++;
      continue;
    }
    while (i < to && xml.charCodeAt(i) !== QUOTE && xml.charCodeAt(i) !== APOS) i++;
    if (i >= to) return;
    const quote = xml.charCodeAt(i);
    const vs = i + 1;
    const ve = xml.indexOf(String.fromCharCode(quote), vs);
    if (ve < 0 || ve > to) return;
    f(ns, ne, vs, ve);
    i = ve + 1;
  }
}

function nameIs(xml: string, ns: number, ne: number, name: string): boolean {
  return ne - ns === name.length && xml.startsWith(name, ns);
}

const ERRORS = new Set<string>(ERROR_CODES);

function isoToSerial(text: string, date1904: boolean): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) return null;
  const serial = ms / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
  return Math.round(serial * 86_400_000) / 86_400_000;
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/**
 * Scans the sheetData content in [from, to) of `xml`. `prefix` is the namespace prefix of the
 * worksheet's elements ("" or "x:").
 */
export function scanSheetData(
  xml: string,
  from: number,
  to: number,
  prefix: string,
  ctx: ScanContext,
  handler: ScanHandler,
): void {
  const rowOpen = `<${prefix}row`;
  const rowClose = `</${prefix}row>`;
  const cOpen = `<${prefix}c`;
  const cClose = `</${prefix}c>`;
  const fOpen = `<${prefix}f`;
  const fClose = `</${prefix}f>`;
  const vOpen = `<${prefix}v>`;
  const vClose = `</${prefix}v>`;
  const isOpen = `<${prefix}is>`;
  const isClose = `</${prefix}is>`;
  const masters = new Map<string, SharedMaster>();
  const ref = { row: 0, col: 0 };
  const cell: ScannedCell = {
    row: 0,
    col: 0,
    style: 0,
    hasStyle: false,
    value: null,
    formula: undefined,
    shared: false,
    start: 0,
    end: 0,
  };
  const row: ScannedRow = {
    row: -1,
    open: "",
    start: 0,
    end: 0,
    height: undefined,
    hidden: false,
    customHeight: false,
    style: undefined,
    outlineLevel: 0,
  };
  let at = from;
  let inRow = false;
  let lastRow = -1;
  let lastCol = -1;

  const finishRow = (end: number): void => {
    if (!inRow) return;
    row.end = end;
    handler.rowEnd?.(row);
    inRow = false;
  };

  while (at < to) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= to) break;
    if (
      xml.startsWith(cOpen, lt) &&
      (isSpace(xml.charCodeAt(lt + cOpen.length)) ||
        xml.charCodeAt(lt + cOpen.length) === GT ||
        xml.charCodeAt(lt + cOpen.length) === SLASH)
    ) {
      const tagEnd = xml.indexOf(">", lt);
      const empty = xml.charCodeAt(tagEnd - 1) === SLASH;
      // Attributes: r, s, t.
      let typeStart = -1;
      let typeEnd = -1;
      cell.style = 0;
      cell.hasStyle = false;
      let hasRef = false;
      eachAttribute(xml, lt + cOpen.length, empty ? tagEnd - 1 : tagEnd, (ns, ne, vs, ve) => {
        if (nameIs(xml, ns, ne, "r")) {
          parseRef(xml, vs, ve, ref);
          hasRef = ref.col >= 0 && ref.row >= 0;
        } else if (nameIs(xml, ns, ne, "s")) {
          cell.style = parseIntAt(xml, vs, ve);
          cell.hasStyle = true;
        } else if (nameIs(xml, ns, ne, "t")) {
          typeStart = vs;
          typeEnd = ve;
        }
      });
      if (!inRow) {
        // A cell outside any <row> is not SpreadsheetML; tolerate it as its own row.
        lastRow++;
        lastCol = -1;
      }
      cell.row = hasRef ? ref.row : inRow ? row.row : lastRow;
      cell.col = hasRef ? ref.col : lastCol + 1;
      lastCol = cell.col;
      cell.start = lt;
      cell.value = null;
      cell.formula = undefined;
      cell.shared = false;
      if (empty) {
        cell.end = tagEnd + 1;
        at = cell.end;
        handler.cell(cell);
        continue;
      }
      const close = xml.indexOf(cClose, tagEnd);
      const end = close < 0 || close > to ? to : close;
      cell.end = close < 0 ? to : close + cClose.length;
      readCellContent(xml, tagEnd + 1, end, typeStart, typeEnd);
      at = cell.end;
      handler.cell(cell);
      continue;
    }
    if (
      xml.startsWith(rowOpen, lt) &&
      (isSpace(xml.charCodeAt(lt + rowOpen.length)) ||
        xml.charCodeAt(lt + rowOpen.length) === GT ||
        xml.charCodeAt(lt + rowOpen.length) === SLASH)
    ) {
      finishRow(lt);
      const tagEnd = xml.indexOf(">", lt);
      const empty = xml.charCodeAt(tagEnd - 1) === SLASH;
      row.open = xml.slice(lt, tagEnd + 1);
      row.start = lt;
      row.height = undefined;
      row.hidden = false;
      row.customHeight = false;
      row.style = undefined;
      row.outlineLevel = 0;
      let r = -1;
      let s: number | undefined;
      let customFormat = false;
      eachAttribute(xml, lt + rowOpen.length, empty ? tagEnd - 1 : tagEnd, (ns, ne, vs, ve) => {
        if (nameIs(xml, ns, ne, "r")) r = parseIntAt(xml, vs, ve) - 1;
        else if (nameIs(xml, ns, ne, "ht")) row.height = Number(xml.slice(vs, ve));
        else if (nameIs(xml, ns, ne, "hidden")) row.hidden = isTrueAt(xml, vs, ve);
        else if (nameIs(xml, ns, ne, "customHeight")) row.customHeight = isTrueAt(xml, vs, ve);
        else if (nameIs(xml, ns, ne, "s")) s = parseIntAt(xml, vs, ve);
        else if (nameIs(xml, ns, ne, "customFormat")) customFormat = isTrueAt(xml, vs, ve);
        else if (nameIs(xml, ns, ne, "outlineLevel")) row.outlineLevel = parseIntAt(xml, vs, ve);
      });
      if (row.height !== undefined && !Number.isFinite(row.height)) row.height = undefined;
      row.row = r >= 0 ? r : lastRow + 1;
      row.style = customFormat ? s : undefined;
      lastRow = row.row;
      lastCol = -1;
      inRow = true;
      handler.row?.(row);
      at = tagEnd + 1;
      if (empty) finishRow(at);
      continue;
    }
    if (xml.startsWith(rowClose, lt)) {
      finishRow(lt + rowClose.length);
      at = lt + rowClose.length;
      continue;
    }
    at = lt + 1;
  }
  finishRow(to);

  function readCellContent(text: string, start: number, end: number, typeStart: number, typeEnd: number): void {
    // The cell's content is short: search it, never the rest of the sheet.
    const body = text.slice(start, end);
    let v: string | undefined;
    let fIndex = body.indexOf(fOpen);
    if (fIndex >= 0) {
      const next = body.charCodeAt(fIndex + fOpen.length);
      if (!(isSpace(next) || next === GT || next === SLASH)) fIndex = -1;
    }
    if (fIndex >= 0) readFormula(body, fIndex, body.length);
    const vIndex = body.indexOf(vOpen);
    if (vIndex >= 0) {
      const vEnd = body.indexOf(vClose, vIndex);
      v = body.slice(vIndex + vOpen.length, vEnd < 0 ? body.length : vEnd);
    }
    const type = typeStart < 0 ? "n" : text.slice(typeStart, typeEnd);
    switch (type) {
      case "s": {
        const s = v === undefined ? undefined : ctx.strings[parseIntAt(v, 0, v.length)];
        cell.value = s ?? null;
        break;
      }
      case "inlineStr": {
        const isIndex = body.indexOf(isOpen);
        if (isIndex >= 0) {
          const isEnd = body.indexOf(isClose, isIndex);
          cell.value = stringItemText(body.slice(isIndex + isOpen.length, isEnd < 0 ? body.length : isEnd), prefix);
        } else cell.value = v === undefined ? null : decodeXstring(unescapeXml(v));
        break;
      }
      case "str":
        cell.value = v === undefined ? (cell.formula !== undefined ? null : "") : decodeXstring(unescapeXml(v));
        break;
      case "b":
        cell.value = v === undefined ? null : v === "1" || v === "true";
        break;
      case "e": {
        if (v === undefined) break;
        const code = unescapeXml(v);
        cell.value = { error: ERRORS.has(code) ? code : "#VALUE!" } as CellError;
        break;
      }
      case "d":
        cell.value = v === undefined ? null : isoToSerial(v, ctx.date1904);
        break;
      default: {
        if (v === undefined || v === "") break;
        const n = Number(v);
        cell.value = Number.isFinite(n) ? n : unescapeXml(v);
      }
    }
  }

  function readFormula(text: string, fIndex: number, end: number): void {
    const tagEnd = text.indexOf(">", fIndex);
    const empty = text.charCodeAt(tagEnd - 1) === SLASH;
    let kind = "";
    let si = "";
    eachAttribute(text, fIndex + fOpen.length, empty ? tagEnd - 1 : tagEnd, (ns, ne, vs, ve) => {
      if (nameIs(text, ns, ne, "t")) kind = text.slice(vs, ve);
      else if (nameIs(text, ns, ne, "si")) si = text.slice(vs, ve);
    });
    let body = "";
    if (!empty) {
      const fEnd = text.indexOf(fClose, tagEnd);
      body = unescapeXml(text.slice(tagEnd + 1, fEnd < 0 || fEnd > end ? end : fEnd));
    }
    if (kind === "dataTable") return;
    if (kind === "shared") {
      cell.shared = true;
      const master = masters.get(si);
      if (body.trim() !== "" && !master) {
        masters.set(si, { formula: body, row: cell.row, col: cell.col });
      } else if (master && body.trim() === "") {
        body = translate(master.formula, cell.row - master.row, cell.col - master.col);
      }
    }
    if (body.trim() !== "") cell.formula = `=${body}`;
  }
}
