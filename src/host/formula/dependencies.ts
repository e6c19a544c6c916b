/**
 * What a formula refers to, read from its tokens (not by evaluating it), so that the cells it
 * needs can be computed first and a cycle can be seen before it is entered.
 */
import { areaBounds, scanFormula } from "./references";

export interface Precedent {
  /** The sheet named in the reference; undefined for the formula's own sheet. */
  readonly sheet: string | undefined;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Functions that look only at where a reference is, never at its cells: ROW(A1) in A1 is not
 * circular in Excel, so their arguments are not precedents.
 */
const POSITION_ONLY = new Set(["ROW", "ROWS", "COLUMN", "COLUMNS", "ISREF", "AREAS"]);

export function precedentsOf(formula: string): Precedent[] {
  const out: Precedent[] = [];
  // The function each open parenthesis belongs to ("" for grouping parentheses).
  const calls: string[] = [];
  for (const part of scanFormula(formula)) {
    if (part.type === "token") {
      const t = part.token;
      if (t.kind === "func") calls.push(t.name ?? "");
      else if (t.kind === "op" && t.text === "(") calls.push("");
      else if (t.kind === "op" && t.text === ")") calls.pop();
      continue;
    }
    if (POSITION_ONLY.has(calls[calls.length - 1] ?? "")) continue;
    const bounds = areaBounds(part.area);
    if (bounds) out.push({ sheet: part.prefix?.sheet, ...bounds });
  }
  return out;
}

/** True when the formula calls SUBTOTAL (or AGGREGATE), whose cells SUBTOTAL leaves out of its ranges. */
export function callsSubtotal(formula: string): boolean {
  if (!/SUBTOTAL|AGGREGATE/i.test(formula)) return false;
  return scanFormula(formula).some(
    (p) =>
      p.type === "token" && p.token.kind === "func" && (p.token.name === "SUBTOTAL" || p.token.name === "AGGREGATE"),
  );
}
