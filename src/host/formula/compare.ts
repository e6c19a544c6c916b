/**
 * Excel's comparison of two values, for the = <> < > <= >= operators.
 *
 * fast-formula-parser compares with JavaScript's ===, so `A1=""` is FALSE for an empty A1 and
 * `"abc"="ABC"` is FALSE; Excel says TRUE to both, and `IF(A1="","",...)` is everywhere in real
 * workbooks. Its operator table is a shared module object, so the fix is installed there once.
 */
import { Infix } from "fast-formula-parser/formulas/operators";

const TYPE_RANK: Record<string, number> = { number: 1, string: 2, boolean: 3 };

/** -1, 0 or 1. An empty operand (null) takes the type of the other side: 0, "" or FALSE. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === null || a === undefined) a = emptyLike(b);
  if (b === null || b === undefined) b = emptyLike(a);
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== tb) return Math.sign((TYPE_RANK[ta] ?? 0) - (TYPE_RANK[tb] ?? 0));
  if (ta === "string") {
    const x = (a as string).toLocaleLowerCase();
    const y = (b as string).toLocaleLowerCase();
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (ta === "boolean") return Number(a) - Number(b);
  const x = a as number;
  const y = b as number;
  return x === y ? 0 : x < y ? -1 : 1;
}

function emptyLike(other: unknown): number | string | boolean {
  if (typeof other === "string") return "";
  if (typeof other === "boolean") return false;
  return 0;
}

function compareOp(value1: unknown, infix: string, value2: unknown, isArray1: boolean, isArray2: boolean): boolean {
  // Like the original: an array operand compares by its first element.
  const a = isArray1 ? (value1 as unknown[][])[0]?.[0] : value1;
  const b = isArray2 ? (value2 as unknown[][])[0]?.[0] : value2;
  const c = compareValues(a, b);
  switch (infix) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    case ">=":
      return c >= 0;
    default:
      throw new Error(`Unknown comparison operator ${infix}`);
  }
}

let installed = false;

export function installExcelComparison(): void {
  if (installed) return;
  Infix.compareOp = compareOp;
  installed = true;
}
