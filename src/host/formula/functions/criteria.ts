/**
 * The criteria of SUMIF, COUNTIF, SUMIFS, COUNTIFS and friends, as Excel reads them:
 * 5 or "5" match the number 5 (and the text "5"); ">=10" compares numbers; "<>" matches anything
 * not empty; "" matches empty cells; "ba*" and "b?d" are wildcards (~ escapes them); text matches
 * without regard to case; "<>x" also matches empty cells.
 */
import { compareValues } from "../compare";
import { isError, type Scalar } from "../values";
import { parseNumber } from "./host";

export type Matcher = (v: Scalar) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;

export function criterionMatcher(criterion: Scalar): Matcher {
  if (isError(criterion)) return (v) => isError(v) && v.error === criterion.error;
  // An empty criterion cell acts as 0, as an empty cell does in arithmetic.
  if (criterion === null) return numberEquals(0);
  if (typeof criterion === "number") return numberEquals(criterion);
  if (typeof criterion === "boolean") return (v) => v === criterion;

  const m = OPERATOR.exec(criterion) as RegExpExecArray;
  const op = m[1] ?? "";
  const operand = m[2] as string;

  if (op === "" || op === "=") return equalsMatcher(op, operand);
  if (op === "<>") {
    if (operand === "") return (v) => v !== null;
    const equals = equalsMatcher("=", operand);
    return (v) => !equals(v);
  }
  return orderMatcher(op, operand);
}

function numberEquals(n: number): Matcher {
  return (v) => (typeof v === "number" ? v === n : typeof v === "string" && parseNumber(v) === n);
}

function equalsMatcher(op: string, operand: string): Matcher {
  if (operand === "") {
    // "" matches empty cells and formulas returning ""; "=" matches only truly empty cells.
    return op === "=" ? (v) => v === null : (v) => v === null || v === "";
  }
  const asNumber = parseNumber(operand);
  if (asNumber !== null) return numberEquals(asNumber);
  const upper = operand.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    const b = upper === "TRUE";
    return (v) => v === b;
  }
  if (/^#/.test(operand)) {
    const code = upper;
    return (v) => isError(v) && v.error === code;
  }
  if (/[*?~]/.test(operand)) {
    const re = wildcardRegExp(operand);
    return (v) => typeof v === "string" && re.test(v);
  }
  const lower = operand.toLocaleLowerCase();
  return (v) => typeof v === "string" && v.toLocaleLowerCase() === lower;
}

function orderMatcher(op: string, operand: string): Matcher {
  const asNumber = parseNumber(operand);
  const upper = operand.toUpperCase();
  const target: number | string | boolean =
    asNumber !== null ? asNumber : upper === "TRUE" ? true : upper === "FALSE" ? false : operand;
  const test = (c: number): boolean => (op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0);
  // Only values of the operand's own type are compared: ">5" never matches text, ">m" never numbers.
  return (v) => typeof v === typeof target && test(compareValues(v, target));
}

/** Excel wildcards: * any run, ? one character, ~* ~? ~~ the literal characters. */
export function wildcardRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "~" && i + 1 < pattern.length && "*?~".includes(pattern[i + 1] as string)) {
      re += escapeRegExp(pattern[i + 1] as string);
      i++;
    } else if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`, "i");
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
