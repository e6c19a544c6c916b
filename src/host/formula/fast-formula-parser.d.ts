/**
 * The slice of fast-formula-parser (MIT, JavaScript, no bundled types) that the formula module uses.
 * Only what is declared here may be relied on; its internals are reached in two documented places
 * (engine.ts: the instance lists that decide how arguments reach a function and the result check;
 * compare.ts: the comparison operator).
 */
declare module "fast-formula-parser" {
  export interface FfpCellRef {
    sheet?: string;
    /** 1-based. */
    row: number;
    /** 1-based. */
    col: number;
  }
  export interface FfpRangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface FfpPosition {
    sheet: string;
    row: number;
    col: number;
  }

  export class FormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    readonly details: unknown;
    static readonly DIV0: FormulaError;
    static readonly NA: FormulaError;
    static readonly NAME: FormulaError;
    static readonly NULL: FormulaError;
    static readonly NUM: FormulaError;
    static readonly REF: FormulaError;
    static readonly VALUE: FormulaError;
  }

  export interface FfpConfig {
    /** Parameters are `never` so that functions of any signature can be registered. */
    functions?: Record<string, (...args: never[]) => unknown>;
    functionsNeedContext?: Record<string, (...args: never[]) => unknown>;
    onCell?: (ref: FfpCellRef) => unknown;
    onRange?: (ref: FfpRangeRef) => unknown;
    onVariable?: (name: string, sheet: string) => unknown;
  }

  class FormulaParser {
    constructor(config?: FfpConfig);
    static readonly MAX_ROW: number;
    static readonly MAX_COLUMN: number;
    static readonly FormulaError: typeof FormulaError;
    position: FfpPosition | undefined;
    functions: Record<string, (...args: unknown[]) => unknown>;
    funsNullAs0: string[];
    funsNeedContextAndNoDataRetrieve: string[];
    funsNeedContext: string[];
    funsPreserveRef: string[];
    utils: { extractRefValue(obj: unknown): { val: unknown; isArray: boolean } };
    retrieveRef(valueOrRef: unknown): unknown;
    checkFormulaResult(result: unknown, allowReturnArray?: boolean): unknown;
    parse(inputText: string, position: FfpPosition, allowReturnArray?: boolean): unknown;
  }
  export default FormulaParser;
}

declare module "fast-formula-parser/formulas/operators" {
  export const Infix: {
    compareOp(value1: unknown, infix: string, value2: unknown, isArray1: boolean, isArray2: boolean): unknown;
  };
}
