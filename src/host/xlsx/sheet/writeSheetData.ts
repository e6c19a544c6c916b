/**
 * `<sheetData>` written back. Each row of the model is matched with the row of the file it came
 * from (through the sheet's row edits since reading, see SheetSource): a row that holds what it held
 * is copied as it was written (renumbered when rows above it were inserted or deleted), and within
 * a changed row every unchanged cell is copied too. Only what the host changed is written anew, so
 * attributes the host does not model (a producer's spans, row descent, cell metadata) stay.
 *
 * Shared formulas are the exception: in a sheet that changed, their cells are written with their
 * formula in full (a shared formula's members depend on its master cell, which may have moved).
 * New text goes in as inline strings (or as an index when the shared string table has it already),
 * so the shared strings part is never rewritten.
 */
import { columnName } from "../../../core/address";
import { isCellError } from "../../../core/snapshot";
import type { RowEdit } from "../../model/rowMath";
import type { Cell, LineProps, Scalar, Sheet } from "../../model/sheet";
import type { CellStyle } from "../../model/style";
import type { SharedStrings } from "../sharedStrings";
import type { StyleBook } from "../styles/styleBook";
import { fontXml } from "../styles/styleXml";
import { escapeCellText, setAttr } from "../xml/text";
import { scanSheetData, type ScannedRow } from "./sheetData";
import type { SplitSheet } from "./skeleton";

export interface CellWriteContext {
  readonly styles: StyleBook;
  readonly strings: SharedStrings;
  readonly date1904: boolean;
}

interface FileCell {
  readonly start: number;
  readonly end: number;
  readonly value: Scalar | null;
  readonly formula: string | undefined;
  readonly style: number;
  readonly hasStyle: boolean;
  readonly shared: boolean;
}

interface FileRow {
  readonly open: string;
  readonly start: number;
  readonly end: number;
  readonly height: number | undefined;
  readonly hidden: boolean;
  readonly style: number | undefined;
  readonly outlineLevel: number;
  readonly cells: Map<number, FileCell>;
  shared: boolean;
}

/** The file row a model row came from, through the edits made since reading; null for a new row. */
export function originOf(row: number, edits: readonly RowEdit[]): number | null {
  let r = row;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i] as RowEdit;
    if (!e.whole) {
      // Cells of part of the rows moved: rows from there on are not the file's rows any more.
      if (r >= e.at) return null;
      continue;
    }
    if (e.count > 0) {
      if (r >= e.at + e.count) r -= e.count;
      else if (r >= e.at) return null;
    } else if (r >= e.at) r -= e.count;
  }
  return r;
}

function readFileRows(xml: string, split: SplitSheet, ctx: CellWriteContext): Map<number, FileRow> {
  const rows = new Map<number, FileRow>();
  let current: FileRow | null = null;
  scanSheetData(
    xml,
    split.dataStart,
    split.dataEnd,
    split.prefix,
    { strings: ctx.strings.items, date1904: ctx.date1904 },
    {
      row(row: ScannedRow) {
        current = {
          open: row.open,
          start: row.start,
          end: row.end,
          height: row.height,
          hidden: row.hidden,
          style: row.style,
          outlineLevel: row.outlineLevel,
          cells: new Map(),
          shared: false,
        };
        rows.set(row.row, current);
      },
      rowEnd(row: ScannedRow) {
        const r = rows.get(row.row);
        if (r) (r as { end: number }).end = row.end;
      },
      cell(c) {
        const target = current ?? rows.get(c.row);
        if (!target) return;
        if (c.shared) target.shared = true;
        target.cells.set(c.col, {
          start: c.start,
          end: c.end,
          value: c.value,
          formula: c.formula,
          style: c.style,
          hasStyle: c.hasStyle,
          shared: c.shared,
        });
      },
    },
  );
  return rows;
}

function sameScalar(a: Scalar | null, b: Scalar | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (isCellError(a) && isCellError(b)) return a.error === b.error;
  return false;
}

class Comparer {
  constructor(private readonly styles: StyleBook) {}

  fileStyle(c: { hasStyle: boolean; style: number }): CellStyle | undefined {
    return c.hasStyle ? this.styles.style(c.style) : undefined;
  }

  sameStyle(model: CellStyle | undefined, file: { hasStyle: boolean; style: number }): boolean {
    const f = this.fileStyle(file);
    if (model === f) return true;
    // No format and format 0 are the same thing.
    const zero = this.styles.style(0);
    return (model === undefined || model === zero) && (f === undefined || f === zero);
  }

  /** The loader keeps a cell when it has a value, a formula or a format. */
  stored(c: FileCell): boolean {
    return c.value !== null || c.formula !== undefined || c.hasStyle;
  }

  sameCell(model: Cell | undefined, file: FileCell): boolean {
    if (!model) return false;
    if (model.formula !== file.formula) return false;
    // A formula the file had no result for: the host's computed result is not a change.
    if (!(file.formula !== undefined && file.value === null) && !sameScalar(model.value, file.value)) return false;
    return this.sameStyle(model.style, file);
  }

  sameProps(props: LineProps | undefined, file: FileRow): boolean {
    const style = file.style !== undefined ? this.styles.style(file.style) : undefined;
    return (
      (props?.size ?? undefined) === file.height &&
      !!props?.hidden === file.hidden &&
      (props?.style ?? undefined) === style &&
      (props?.outlineLevel ?? 0) === file.outlineLevel
    );
  }

  sameRow(line: Map<number, Cell> | undefined, props: LineProps | undefined, file: FileRow): boolean {
    if (!this.sameProps(props, file)) return false;
    let stored = 0;
    for (const [col, c] of file.cells) {
      if (!this.stored(c)) continue;
      stored++;
      if (!this.sameCell(line?.get(col), c)) return false;
    }
    return stored === (line?.size ?? 0);
  }

  /** A file row the model has nothing for that holds nothing the loader keeps. */
  empty(file: FileRow): boolean {
    if (!this.sameProps(undefined, file)) return false;
    for (const c of file.cells.values()) if (this.stored(c)) return false;
    return true;
  }
}

export interface SheetDataOut {
  /** Whether anything in the rows differs from the file's. */
  readonly changed: boolean;
  /** The new content of `<sheetData>` (only when changed). */
  readonly content: string;
}

/** The sheet's rows as `<sheetData>` content, copying from `xml` (the part read) what did not change. */
export function writeSheetData(
  xml: string,
  split: SplitSheet,
  sheet: Sheet,
  edits: readonly RowEdit[] | null,
  ctx: CellWriteContext,
): SheetDataOut {
  const fileRows = edits ? readFileRows(xml, split, ctx) : new Map<number, FileRow>();
  const cmp = new Comparer(ctx.styles);
  const rowNumbers = [...new Set([...sheet.rows.keys(), ...sheet.rowProps.keys()])].sort((a, b) => a - b);
  const origins = rowNumbers.map((r) => (edits ? originOf(r, edits) : null));

  let changed = false;
  const matched = new Set<number>();
  rowNumbers.forEach((r, i) => {
    const o = origins[i] as number | null;
    const file = o === null ? undefined : fileRows.get(o);
    if (o !== null && file) matched.add(o);
    if (!file || o !== r || !cmp.sameRow(sheet.rows.get(r), sheet.rowProps.get(r), file)) changed = true;
  });
  if (!changed) {
    for (const [o, file] of fileRows) if (!matched.has(o) && !cmp.empty(file)) changed = true;
  }
  if (!changed) return { changed: false, content: "" };

  const p = split.prefix;
  const parts: string[] = [];
  rowNumbers.forEach((r, i) => {
    const o = origins[i] as number | null;
    const file = o === null ? undefined : fileRows.get(o);
    const line = sheet.rows.get(r);
    const props = sheet.rowProps.get(r);
    if (file && !file.shared && cmp.sameRow(line, props, file)) {
      const text = xml.slice(file.start, file.end);
      parts.push(o === r ? text : renumberRow(text, r));
      return;
    }
    const cells: string[] = [];
    for (const col of [...(line?.keys() ?? [])].sort((a, b) => a - b)) {
      const cell = line?.get(col) as Cell;
      const fileCell = file?.cells.get(col);
      if (fileCell && !fileCell.shared && cmp.sameCell(cell, fileCell)) {
        const text = xml.slice(fileCell.start, fileCell.end);
        cells.push(o === r ? text : renumberCells(text, r));
      } else {
        const written = cellXml(p, r, col, cell, ctx);
        if (written) cells.push(written);
      }
    }
    if (cells.length === 0 && !props) return;
    const open = rowOpen(p, r, props, file, cmp, ctx.styles);
    parts.push(cells.length === 0 ? open.replace(/>$/, "/>") : `${open}${cells.join("")}</${p}row>`);
  });
  return { changed: true, content: parts.join("") };
}

function renumberCells(text: string, row: number): string {
  return text.replace(
    /(<(?:[\w.-]+:)?c\b[^>]*?\sr\s*=\s*["'])([A-Za-z]+)\d+(["'])/g,
    (_m, a: string, col: string, q: string) => `${a}${col}${row + 1}${q}`,
  );
}

function renumberRow(text: string, row: number): string {
  const tagEnd = text.indexOf(">");
  const open = text
    .slice(0, tagEnd + 1)
    .replace(/(\sr\s*=\s*["'])\d+(["'])/, (_m, a: string, q: string) => `${a}${row + 1}${q}`);
  return open + renumberCells(text.slice(tagEnd + 1), row);
}

function rowOpen(
  p: string,
  r: number,
  props: LineProps | undefined,
  file: FileRow | undefined,
  cmp: Comparer,
  styles: StyleBook,
): string {
  if (!file) {
    let tag = `<${p}row r="${r + 1}"`;
    if (props?.style !== undefined) tag += ` s="${styles.indexOf(props.style)}" customFormat="1"`;
    if (props?.size !== undefined) tag += ` ht="${props.size}" customHeight="1"`;
    if (props?.hidden) tag += ` hidden="1"`;
    if (props?.outlineLevel) tag += ` outlineLevel="${props.outlineLevel}"`;
    return `${tag}>`;
  }
  let tag = file.open.replace(/\s*\/>$/, ">");
  tag = setAttr(tag, "r", String(r + 1));
  tag = setAttr(tag, "spans", null);
  if ((props?.size ?? undefined) !== file.height) {
    tag = setAttr(tag, "ht", props?.size !== undefined ? String(props.size) : null);
    tag = setAttr(tag, "customHeight", props?.size !== undefined ? "1" : null);
  }
  if (!!props?.hidden !== file.hidden) tag = setAttr(tag, "hidden", props?.hidden ? "1" : null);
  const fileStyle = file.style !== undefined ? cmp.fileStyle({ hasStyle: true, style: file.style }) : undefined;
  if ((props?.style ?? undefined) !== fileStyle) {
    tag = setAttr(tag, "s", props?.style !== undefined ? String(styles.indexOf(props.style)) : null);
    tag = setAttr(tag, "customFormat", props?.style !== undefined ? "1" : null);
  }
  if ((props?.outlineLevel ?? 0) !== file.outlineLevel)
    tag = setAttr(tag, "outlineLevel", props?.outlineLevel ? String(props.outlineLevel) : null);
  return tag;
}

function textElement(p: string, text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}t${preserve}>${escapeCellText(text)}</${p}t>`;
}

/** A cell written anew; "" for one that holds nothing to write. */
export function cellXml(p: string, r: number, c: number, cell: Cell, ctx: CellWriteContext): string {
  const ref = `${columnName(c)}${r + 1}`;
  const s = ctx.styles.indexOf(cell.style);
  const style = s !== 0 ? ` s="${s}"` : "";
  const value = cell.value;
  if (cell.formula !== undefined) {
    const f = `<${p}f>${escapeCellText(cell.formula.replace(/^=/, ""))}</${p}f>`;
    if (value === null) return `<${p}c r="${ref}"${style}>${f}</${p}c>`;
    if (typeof value === "number") return `<${p}c r="${ref}"${style}>${f}<${p}v>${numberText(value)}</${p}v></${p}c>`;
    if (typeof value === "boolean")
      return `<${p}c r="${ref}"${style} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    if (isCellError(value))
      return `<${p}c r="${ref}"${style} t="e">${f}<${p}v>${escapeCellText(value.error)}</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${style} t="str">${f}<${p}v>${escapeCellText(value)}</${p}v></${p}c>`;
  }
  if (value === null) return `<${p}c r="${ref}"${style}/>`;
  if (typeof value === "number") return `<${p}c r="${ref}"${style}><${p}v>${numberText(value)}</${p}v></${p}c>`;
  if (typeof value === "boolean") return `<${p}c r="${ref}"${style} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (isCellError(value))
    return `<${p}c r="${ref}"${style} t="e"><${p}v>${escapeCellText(value.error)}</${p}v></${p}c>`;
  const rich = cell.rich && cell.rich.map((t) => t.text).join("") === value ? cell.rich : undefined;
  if (rich) {
    const runs = rich
      .map((t) => `<${p}r>${t.font ? fontXml(t.font, "rPr") : ""}${textElement(p, t.text)}</${p}r>`)
      .join("");
    return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is>${runs}</${p}is></${p}c>`;
  }
  const index = ctx.strings.indexOf(value);
  if (index !== undefined) return `<${p}c r="${ref}"${style} t="s"><${p}v>${index}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is>${textElement(p, value)}</${p}is></${p}c>`;
}

function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}
