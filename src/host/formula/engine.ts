/**
 * The formula engine: fast-formula-parser evaluates each formula; this class feeds it cell values,
 * computes every formula cell once (its precedents first), and turns a cycle into an error value.
 *
 * Evaluation order: before a formula is evaluated, the formula cells it refers to (read from its
 * tokens) are computed, depth first, with an explicit stack, so a chain of thousands of formulas
 * neither recurses nor overflows. A reference the tokens did not reveal (a function computing its
 * own range) is still computed when the parser asks for it, by a nested parse; the parser keeps
 * state while it parses, so each nesting depth has its own parser instance.
 *
 * How each parser instance is set up to behave like Excel is in parser.ts.
 */
import type FormulaParser from "fast-formula-parser";
import { FormulaError, type FfpCellRef, type FfpRangeRef } from "fast-formula-parser";
import type { CellValue } from "../../core/snapshot";
import { callsSubtotal, precedentsOf, type Precedent } from "./dependencies";
import { customFunctions, type CustomFunction, type FunctionHost, type SheetArea } from "./functions";
import { isRangeRef, scalarArg } from "./functions/host";
import { excelParser } from "./parser";
import { MAX_COL_INDEX, MAX_ROW_INDEX } from "./references";
import { sameSheet } from "./sheet-names";
import { CYCLE_ERROR, errorOf, fromCellValue, isError, toCellValue, type Scalar } from "./values";
import type { FormulaWorkbook } from "./workbook";

const KEY_COLS = MAX_COL_INDEX + 1;
const cellKey = (row: number, col: number): number => row * KEY_COLS + col;

const FRESH = 0;
const VISITING = 1;
const DONE = 2;

interface SheetIndex {
  readonly name: string;
  lastRow: number;
  lastCol: number;
  /** Formula cell id by cell key. */
  readonly nodeAt: Map<number, number>;
  /** Sorted rows of the formula cells of each column. */
  readonly rowsByCol: Map<number, number[]>;
  cols: number[];
}

interface FormulaNode {
  readonly sheet: SheetIndex;
  /** The sheet name as the workbook gave it with the cell. */
  readonly sheetName: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/** A formula the engine could not evaluate as Excel would (unknown function, syntax it lacks, an internal failure). */
export interface FormulaProblem {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly message: string;
}

interface Frame {
  readonly id: number;
  deps: number[] | null;
  next: number;
}

export class FormulaEngine {
  /** Formulas the engine evaluated to an error of its own making; the values are #NAME? or #VALUE!. */
  readonly problems: FormulaProblem[] = [];

  private readonly sheets = new Map<string, SheetIndex>();
  private readonly nodes: FormulaNode[] = [];
  private readonly state: Uint8Array;
  private readonly cyclic: Uint8Array;
  /** -1 unknown, 0 no, 1 yes: whether the formula calls SUBTOTAL. */
  private readonly subtotal: Int8Array;
  private readonly values: Scalar[];
  private readonly precedentCache = new Map<string, Precedent[]>();
  private readonly parsers: FormulaParser[] = [];
  private depth = 0;
  private readonly functions: Record<string, CustomFunction>;
  private readonly host: FunctionHost;

  constructor(private readonly wb: FormulaWorkbook) {
    for (const name of wb.sheetNames()) this.addSheet(name);
    for (const cell of wb.formulaCells()) {
      const sheet = this.sheetNamed(cell.sheet) ?? this.addSheet(cell.sheet);
      const id = this.nodes.length;
      this.nodes.push({
        sheet,
        sheetName: cell.sheet,
        row: cell.row,
        col: cell.col,
        formula: stripEquals(cell.formula),
      });
      sheet.nodeAt.set(cellKey(cell.row, cell.col), id);
      const rows = sheet.rowsByCol.get(cell.col);
      if (rows) rows.push(cell.row);
      else sheet.rowsByCol.set(cell.col, [cell.row]);
      sheet.lastRow = Math.max(sheet.lastRow, cell.row);
      sheet.lastCol = Math.max(sheet.lastCol, cell.col);
    }
    for (const sheet of this.sheets.values()) {
      for (const rows of sheet.rowsByCol.values()) rows.sort((a, b) => a - b);
      sheet.cols = [...sheet.rowsByCol.keys()].sort((a, b) => a - b);
    }
    const n = this.nodes.length;
    this.state = new Uint8Array(n);
    this.cyclic = new Uint8Array(n);
    this.subtotal = new Int8Array(n).fill(-1);
    this.values = new Array<Scalar>(n).fill(null);
    this.host = this.makeHost();
    this.functions = customFunctions(this.host);
  }

  /** The value of every formula cell, in the order the workbook listed them. */
  results(): Array<{ sheet: string; row: number; col: number; value: CellValue }> {
    return this.nodes.map((node, id) => ({
      sheet: node.sheetName,
      row: node.row,
      col: node.col,
      value: toCellValue(this.nodeValue(id)),
    }));
  }

  /** A cell's value: computed for a formula cell, the constant otherwise. */
  valueAt(sheet: string, row: number, col: number): CellValue {
    const index = this.sheetNamed(sheet);
    const id = index?.nodeAt.get(cellKey(row, col));
    return id === undefined ? this.wb.getConstant(sheet, row, col) : toCellValue(this.nodeValue(id));
  }

  /** Evaluates a formula that is in no cell, as if it were at `at` on `sheet`. */
  evaluate(sheet: string, formula: string, at: { row: number; col: number }): CellValue {
    const index = this.sheetNamed(sheet);
    if (!index) return { error: "#REF!" };
    const text = stripEquals(formula);
    for (const id of this.formulaCellsIn(index, this.precedents(text))) {
      if (this.state[id] === FRESH) this.compute(id);
    }
    return toCellValue(this.run(index.name, text, at.row, at.col, null));
  }

  private addSheet(name: string): SheetIndex {
    const { lastRow, lastCol } = this.wb.bounds(name);
    const sheet: SheetIndex = { name, lastRow, lastCol, nodeAt: new Map(), rowsByCol: new Map(), cols: [] };
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** Sheets by name, exact first, then ignoring case as Excel does; remembered either way. */
  private sheetNamed(name: string): SheetIndex | undefined {
    const exact = this.sheets.get(name);
    if (exact) return exact;
    for (const sheet of this.sheets.values()) {
      if (sameSheet(sheet.name, name)) {
        this.sheets.set(name, sheet);
        return sheet;
      }
    }
    return undefined;
  }

  private cell(sheet: SheetIndex, row: number, col: number): Scalar {
    const id = sheet.nodeAt.get(cellKey(row, col));
    if (id === undefined) return fromCellValue(this.wb.getConstant(sheet.name, row, col));
    return this.nodeValue(id);
  }

  private nodeValue(id: number): Scalar {
    const state = this.state[id];
    if (state === DONE) return this.values[id] as Scalar;
    // Asked for while its own evaluation is under way: a cycle the tokens did not show.
    if (state === VISITING) return errorOf(CYCLE_ERROR);
    return this.compute(id);
  }

  private precedents(formula: string): Precedent[] {
    let found = this.precedentCache.get(formula);
    if (!found) {
      found = precedentsOf(formula);
      this.precedentCache.set(formula, found);
    }
    return found;
  }

  /** Ids of the formula cells inside the precedents' areas. */
  private formulaCellsIn(own: SheetIndex, precedents: readonly Precedent[]): number[] {
    const out: number[] = [];
    for (const p of precedents) {
      const sheet = p.sheet === undefined ? own : this.sheetNamed(p.sheet);
      if (!sheet) continue;
      if (p.top === p.bottom && p.left === p.right) {
        const id = sheet.nodeAt.get(cellKey(p.top, p.left));
        if (id !== undefined) out.push(id);
        continue;
      }
      const cols = sheet.cols;
      for (let c = lowerBound(cols, p.left); c < cols.length && (cols[c] as number) <= p.right; c++) {
        const col = cols[c] as number;
        const rows = sheet.rowsByCol.get(col) as number[];
        for (let r = lowerBound(rows, p.top); r < rows.length && (rows[r] as number) <= p.bottom; r++) {
          out.push(sheet.nodeAt.get(cellKey(rows[r] as number, col)) as number);
        }
      }
    }
    return out;
  }

  /**
   * Computes a formula cell after its precedents, depth first with an explicit stack. A precedent
   * found on the stack closes a cycle: every cell on the stack from it up is in the cycle and gets
   * the cycle error instead of being evaluated; cells that merely use them get it through their
   * formulas, as errors propagate.
   */
  private compute(rootId: number): Scalar {
    const stack: Frame[] = [];
    const position = new Map<number, number>();
    const push = (id: number): void => {
      this.state[id] = VISITING;
      position.set(id, stack.length);
      stack.push({ id, deps: null, next: 0 });
    };
    push(rootId);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame;
      const node = this.nodes[top.id] as FormulaNode;
      if (top.deps === null) top.deps = this.formulaCellsIn(node.sheet, this.precedents(node.formula));
      let descended = false;
      while (top.next < top.deps.length) {
        const dep = top.deps[top.next++] as number;
        const state = this.state[dep];
        if (state === DONE) continue;
        const at = position.get(dep);
        if (at !== undefined) {
          for (let i = at; i < stack.length; i++) this.cyclic[(stack[i] as Frame).id] = 1;
          continue;
        }
        // Visiting in an outer computation: its evaluation will meet the cycle and report it.
        if (state === VISITING) continue;
        push(dep);
        descended = true;
        break;
      }
      if (descended) continue;
      const value = this.cyclic[top.id]
        ? errorOf(CYCLE_ERROR)
        : this.run(node.sheet.name, node.formula, node.row, node.col, node);
      // A formula showing an empty cell shows 0, and other formulas see 0 there.
      this.values[top.id] = value === null ? 0 : value;
      this.state[top.id] = DONE;
      position.delete(top.id);
      stack.pop();
    }
    return this.values[rootId] as Scalar;
  }

  private run(sheet: string, formula: string, row: number, col: number, node: FormulaNode | null): Scalar {
    if (formula.trim() === "") return errorOf("#VALUE!");
    const parser = this.parserAt(this.depth);
    this.depth++;
    try {
      return normalizeResult(parser.parse(formula, { sheet, row: row + 1, col: col + 1 }));
    } catch (e) {
      return this.failure(e, { sheet: node?.sheetName ?? sheet, row, col, formula });
    } finally {
      this.depth--;
    }
  }

  /** Maps what the parser throws to the error value Excel would show, and keeps the reason. */
  private failure(e: unknown, where: Omit<FormulaProblem, "message">): Scalar {
    const details = e instanceof FormulaError ? e.details : undefined;
    const message = e instanceof Error ? e.message.trim() : String(e);
    this.problems.push({
      ...where,
      message: details instanceof Error && details.message ? details.message.trim() : message,
    });
    if (e instanceof FormulaError && e.error !== "#ERROR!") return e;
    // An unknown or unimplemented function is #NAME? in Excel too.
    if (details instanceof FormulaError) return details.error === "#NAME?" ? FormulaError.NAME : details;
    // Syntax the parser does not know (structured references, 3-D references...).
    if (details instanceof Error && /Exception$/.test(details.name)) return FormulaError.NAME;
    return FormulaError.VALUE;
  }

  private parserAt(depth: number): FormulaParser {
    let parser = this.parsers[depth];
    if (!parser) {
      parser = this.createParser();
      this.parsers[depth] = parser;
    }
    return parser;
  }

  private createParser(): FormulaParser {
    const parser: FormulaParser = excelParser({
      functions: this.functions,
      onCell: (ref) => this.onCell(ref, parser),
      onRange: (ref) => this.onRange(ref, parser),
      onVariable: (name, sheet) => this.onVariable(name, sheet),
      rangeResult: (result, position) => scalarArg(this.host, { position }, result),
    });
    return parser;
  }

  /** A defined name that stands for one range (what user names in a RAK are); anything else is #NAME?. */
  private onVariable(name: string, sheet: string): FfpCellRef | FfpRangeRef | null {
    const formula = this.wb.definedName?.(name, sheet);
    if (!formula) return null;
    return rangeOfName(formula);
  }

  private onCell(ref: FfpCellRef, parser: FormulaParser): Scalar {
    const sheet = this.sheetNamed(ref.sheet ?? parser.position?.sheet ?? "");
    if (!sheet) return FormulaError.REF;
    return this.cell(sheet, ref.row - 1, ref.col - 1);
  }

  /** A range for the parser's own functions: whole columns and rows cut to the used range. */
  private onRange(ref: FfpRangeRef, parser: FormulaParser): Scalar[][] {
    const area = this.host.resolve(ref, parser.position?.sheet ?? "");
    if (isError(area)) return [[area]];
    const sheet = this.sheetNamed(area.sheet) as SheetIndex;
    const bottom =
      area.bottom === MAX_ROW_INDEX ? Math.max(area.top, Math.min(area.bottom, sheet.lastRow)) : area.bottom;
    const right = area.right === MAX_COL_INDEX ? Math.max(area.left, Math.min(area.right, sheet.lastCol)) : area.right;
    const grid: Scalar[][] = [];
    for (let row = area.top; row <= bottom; row++) {
      const line: Scalar[] = [];
      for (let col = area.left; col <= right; col++) line.push(this.cell(sheet, row, col));
      grid.push(line);
    }
    return grid;
  }

  private makeHost(): FunctionHost {
    return {
      resolve: (ref, defaultSheet): SheetArea | FormulaError => {
        const sheet = this.sheetNamed(ref.sheet ?? defaultSheet);
        if (!sheet) return FormulaError.REF;
        if (isRangeRef(ref)) {
          return {
            sheet: sheet.name,
            top: Math.min(ref.from.row, ref.to.row) - 1,
            left: Math.min(ref.from.col, ref.to.col) - 1,
            bottom: Math.max(ref.from.row, ref.to.row) - 1,
            right: Math.max(ref.from.col, ref.to.col) - 1,
          };
        }
        return { sheet: sheet.name, top: ref.row - 1, left: ref.col - 1, bottom: ref.row - 1, right: ref.col - 1 };
      },
      clip: (area) => {
        const sheet = this.sheetNamed(area.sheet);
        if (!sheet) return { ...area, bottom: area.top - 1 };
        return { ...area, bottom: Math.min(area.bottom, sheet.lastRow), right: Math.min(area.right, sheet.lastCol) };
      },
      value: (sheetName, row, col) => {
        const sheet = this.sheetNamed(sheetName);
        return sheet ? this.cell(sheet, row, col) : FormulaError.REF;
      },
      hasSubtotal: (sheetName, row, col) => {
        const id = this.sheetNamed(sheetName)?.nodeAt.get(cellKey(row, col));
        if (id === undefined) return false;
        if (this.subtotal[id] === -1)
          this.subtotal[id] = callsSubtotal((this.nodes[id] as FormulaNode).formula) ? 1 : 0;
        return this.subtotal[id] === 1;
      },
    };
  }
}

function stripEquals(formula: string): string {
  const t = formula.trimStart();
  return t.startsWith("=") ? t.slice(1) : t;
}

function normalizeResult(r: unknown): Scalar {
  if (r === undefined || r === null) return null;
  if (isError(r) || typeof r === "number" || typeof r === "string" || typeof r === "boolean") return r;
  if (Array.isArray(r)) return normalizeResult((r as unknown[][])[0]?.[0]);
  return FormulaError.VALUE;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "'RAK 2024'!$R$10:$R$49" as the parser's reference (1-based); null when it is not one range. */
export function rangeOfName(formula: string): FfpCellRef | FfpRangeRef | null {
  const m = /^=?(?:('(?:[^']|'')+'|[^!'"]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    formula.trim(),
  );
  if (!m) return null;
  const sheetText = m[1];
  const sheet = sheetText
    ? sheetText.startsWith("'")
      ? sheetText.slice(1, -1).replace(/''/g, "'")
      : sheetText
    : undefined;
  const from = { row: Number(m[3]), col: columnNumber(m[2] as string) };
  if (!m[4]) return { sheet, ...from } as FfpCellRef;
  return { sheet, from, to: { row: Number(m[5]), col: columnNumber(m[4]) } } as FfpRangeRef;
}
