/**
 * A fast-formula-parser instance set up to behave like Excel where it does not by itself. Three
 * adjustments, made per instance through its public fields:
 * - the custom functions (functions/) get their arguments unevaluated, to see references;
 * - its own functions get 0 or "" for an empty cell argument instead of a wrapper object that
 *   many of them mishandle (LEN of an empty cell was 15, the length of "[object Object]");
 * - a formula whose result is a range shows the cell in its own row or column (implicit
 *   intersection, see `rangeResult`) instead of the range's first cell.
 * And one for all instances: comparisons follow Excel (compare.ts).
 */
import FormulaParser, { type FfpCellRef, type FfpPosition, type FfpRangeRef } from "fast-formula-parser";
import { installExcelComparison } from "./compare";
import type { CustomFunction } from "./functions";
import { isRangeRef, isRefArg, type RefArg } from "./functions/host";
import type { Scalar } from "./values";

export interface ParserSetup {
  readonly functions: Record<string, CustomFunction>;
  readonly onCell: (ref: FfpCellRef) => Scalar;
  readonly onRange: (ref: FfpRangeRef) => Scalar[][];
  /** A defined name as the reference it stands for; null makes it #NAME?. */
  readonly onVariable: (name: string, sheet: string) => FfpCellRef | FfpRangeRef | null;
  /** The value shown for a formula whose result is a multi-cell range. */
  readonly rangeResult: (result: RefArg, position: FfpPosition) => Scalar;
}

export function excelParser(setup: ParserSetup): FormulaParser {
  installExcelComparison();
  const parser = new FormulaParser({
    functions: setup.functions,
    onCell: setup.onCell,
    onRange: setup.onRange,
    onVariable: setup.onVariable,
  });
  const custom = Object.keys(setup.functions);
  parser.funsNeedContextAndNoDataRetrieve.push(...custom);
  giveEmptyCellsTheirValue(parser, new Set(custom));
  const checkResult = parser.checkFormulaResult.bind(parser);
  parser.checkFormulaResult = (result: unknown, allowReturnArray?: boolean): unknown => {
    if (isRefArg(result) && isRangeRef(result.ref) && parser.position)
      return setup.rangeResult(result, parser.position);
    return checkResult(result, allowReturnArray);
  };
  return parser;
}

/**
 * Parser functions that walk their arguments with its flattenParams, which skips an empty cell as
 * Excel does (AND(TRUE, empty) is TRUE); a 0 put in there would count as FALSE or as a number.
 */
const SKIP_EMPTY_THEMSELVES = new Set([
  "AND",
  "OR",
  "XOR",
  "AVEDEV",
  "AVERAGEA",
  "DEVSQ",
  "GEOMEAN",
  "HARMEAN",
  "KURT",
  "SUMSQ",
  "SUMX2MY2",
  "SUMX2PY2",
  "SUMXMY2",
]);

/**
 * The parser hands its own functions a cell argument as { value, isCellRef }, and many of them
 * misread a null value (an empty cell): LEN gave 15, ROUND threw. Excel reads an empty cell as 0
 * in numeric functions and "" in text ones, which is the parser's own split (funsNullAs0), so that
 * value is put in. Functions that inspect the reference itself (ISBLANK, ...) and the custom
 * functions (raw arguments) are left alone.
 */
function giveEmptyCellsTheirValue(parser: FormulaParser, custom: ReadonlySet<string>): void {
  for (const [name, original] of Object.entries(parser.functions)) {
    if (
      custom.has(name) ||
      SKIP_EMPTY_THEMSELVES.has(name) ||
      parser.funsPreserveRef.includes(name) ||
      parser.funsNeedContextAndNoDataRetrieve.includes(name)
    )
      continue;
    const empty = parser.funsNullAs0.includes(name) ? 0 : "";
    const first = parser.funsNeedContext.includes(name) ? 1 : 0;
    parser.functions[name] = (...args: unknown[]) => {
      for (let i = first; i < args.length; i++) {
        const a = args[i] as { value?: unknown; omitted?: boolean } | null;
        if (a && typeof a === "object" && "value" in a && a.value === null && !a.omitted)
          args[i] = { ...a, value: empty };
      }
      return original(...args);
    };
  }
}
