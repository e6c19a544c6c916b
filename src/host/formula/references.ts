/**
 * Finds the references in a formula's tokens and turns them into structured parts that can be
 * rewritten and written back. Everything that is not a reference stays a token with its exact text.
 */
import { columnIndex, columnName } from "../../core/address";
import { tokenize, type Token } from "./tokens";

/** Excel's sheet size, 0-based maxima. */
export const MAX_ROW_INDEX = 1048575;
export const MAX_COL_INDEX = 16383;

export interface CellPart {
  readonly row: number;
  readonly col: number;
  readonly rowAbs: boolean;
  readonly colAbs: boolean;
}
export interface RowPart {
  readonly row: number;
  readonly abs: boolean;
}
export interface ColPart {
  readonly col: number;
  readonly abs: boolean;
}

export type Area =
  | { readonly kind: "cell"; readonly a: CellPart }
  | { readonly kind: "range"; readonly a: CellPart; readonly b: CellPart }
  | { readonly kind: "cols"; readonly a: ColPart; readonly b: ColPart }
  | { readonly kind: "rows"; readonly a: RowPart; readonly b: RowPart }
  /** `#REF!`, alone or after a sheet prefix: a reference already lost. */
  | { readonly kind: "lost" };

export interface RefPart {
  readonly type: "ref";
  /** The sheet prefix token ("'RAK 2024'!"), absent for a reference to the formula's own sheet. */
  readonly prefix?: Token;
  readonly area: Area;
  /** The exact source text of the whole reference. */
  readonly text: string;
}

/** A sheet prefix in front of something that is not an area (a defined name): renamed, never shifted. */
export interface TokenPart {
  readonly type: "token";
  readonly token: Token;
}

export type Part = RefPart | TokenPart;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const DOLLAR_ROW = /^\$(\d{1,7})$/;

export function parseCellPart(text: string): CellPart | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnIndex(m[2] as string);
  const row = Number(m[4]) - 1;
  if (col > MAX_COL_INDEX || row < 0 || row > MAX_ROW_INDEX) return null;
  return { row, col, colAbs: m[1] === "$", rowAbs: m[3] === "$" };
}

function parseColPart(token: Token | undefined): ColPart | null {
  if (!token || token.kind !== "word") return null;
  const m = COLUMN.exec(token.text);
  if (!m) return null;
  const col = columnIndex(m[2] as string);
  return col > MAX_COL_INDEX ? null : { col, abs: m[1] === "$" };
}

function parseRowPart(token: Token | undefined): RowPart | null {
  if (!token) return null;
  let digits: string | undefined;
  let abs = false;
  if (token.kind === "number" && /^\d{1,7}$/.test(token.text)) digits = token.text;
  else if (token.kind === "word") {
    const m = DOLLAR_ROW.exec(token.text);
    if (m) {
      digits = m[1];
      abs = true;
    }
  }
  if (digits === undefined) return null;
  const row = Number(digits) - 1;
  return row < 0 || row > MAX_ROW_INDEX ? null : { row, abs };
}

function cellOf(token: Token | undefined): CellPart | null {
  return token && token.kind === "word" ? parseCellPart(token.text) : null;
}

function isColon(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "op" && token.text === ":";
}

/** Splits a formula into reference parts and plain tokens. */
export function scanFormula(formula: string): Part[] {
  const tokens = tokenize(formula);
  const parts: Part[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const prefix = token.kind === "sheet" ? token : undefined;
    // A sheet right after "[1]" belongs to another workbook: never ours to rewrite.
    const external = prefix !== undefined && (tokens[i - 1]?.kind === "bracket" || /^\[/.test(prefix.sheet ?? ""));
    const j = prefix ? i + 1 : i;
    const matched = matchArea(tokens, j);
    if (matched && external) {
      // Kept as plain tokens, area included, so the area is not taken for one of this workbook.
      for (let k = i; k < j + matched.length; k++) parts.push({ type: "token", token: tokens[k] as Token });
      i = j + matched.length;
    } else if (matched) {
      const end = j + matched.length;
      const text = tokens
        .slice(i, end)
        .map((t) => t.text)
        .join("");
      parts.push(
        prefix ? { type: "ref", prefix, area: matched.area, text } : { type: "ref", area: matched.area, text },
      );
      i = end;
    } else {
      parts.push({ type: "token", token });
      i += 1;
    }
  }
  return parts;
}

function matchArea(tokens: readonly Token[], j: number): { area: Area; length: number } | null {
  const first = tokens[j];
  if (!first) return null;
  if (first.kind === "error" && first.text.toUpperCase() === "#REF!") return { area: { kind: "lost" }, length: 1 };

  const a = cellOf(first);
  if (a) {
    const b = isColon(tokens[j + 1]) ? cellOf(tokens[j + 2]) : null;
    return b ? { area: { kind: "range", a, b }, length: 3 } : { area: { kind: "cell", a }, length: 1 };
  }
  if (isColon(tokens[j + 1])) {
    const ca = parseColPart(first);
    const cb = ca ? parseColPart(tokens[j + 2]) : null;
    if (ca && cb) return { area: { kind: "cols", a: ca, b: cb }, length: 3 };
    const ra = parseRowPart(first);
    const rb = ra ? parseRowPart(tokens[j + 2]) : null;
    if (ra && rb) return { area: { kind: "rows", a: ra, b: rb }, length: 3 };
  }
  return null;
}

export function cellText(c: CellPart): string {
  return `${c.colAbs ? "$" : ""}${columnName(c.col)}${c.rowAbs ? "$" : ""}${c.row + 1}`;
}

export function areaText(area: Area): string {
  switch (area.kind) {
    case "cell":
      return cellText(area.a);
    case "range":
      return `${cellText(area.a)}:${cellText(area.b)}`;
    case "cols":
      return `${area.a.abs ? "$" : ""}${columnName(area.a.col)}:${area.b.abs ? "$" : ""}${columnName(area.b.col)}`;
    case "rows":
      return `${area.a.abs ? "$" : ""}${area.a.row + 1}:${area.b.abs ? "$" : ""}${area.b.row + 1}`;
    case "lost":
      return "#REF!";
  }
}

export function partText(part: Part): string {
  return part.type === "ref" ? part.text : part.token.text;
}

/** The 0-based rectangle an area covers; whole columns and rows span the whole sheet. */
export function areaBounds(area: Area): { top: number; left: number; bottom: number; right: number } | null {
  switch (area.kind) {
    case "cell":
      return { top: area.a.row, left: area.a.col, bottom: area.a.row, right: area.a.col };
    case "range":
      return {
        top: Math.min(area.a.row, area.b.row),
        left: Math.min(area.a.col, area.b.col),
        bottom: Math.max(area.a.row, area.b.row),
        right: Math.max(area.a.col, area.b.col),
      };
    case "cols":
      return {
        top: 0,
        left: Math.min(area.a.col, area.b.col),
        bottom: MAX_ROW_INDEX,
        right: Math.max(area.a.col, area.b.col),
      };
    case "rows":
      return {
        top: Math.min(area.a.row, area.b.row),
        left: 0,
        bottom: Math.max(area.a.row, area.b.row),
        right: MAX_COL_INDEX,
      };
    case "lost":
      return null;
  }
}
