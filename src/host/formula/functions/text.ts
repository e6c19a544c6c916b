/** Text functions fast-formula-parser lacks (UPPER, VALUE, SUBSTITUTE). */
import { FormulaError } from "fast-formula-parser";
import { isError, type Scalar } from "../values";
import type { CustomFunction } from "./aggregate";
import { numberArg, parseNumber, scalarArg, type CallContext, type FunctionHost } from "./host";

/** A value as text, the way a formula concatenates it (15 significant digits for numbers). */
export function textOf(v: Scalar): string {
  if (isError(v)) throw v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return v;
}

function textArg(host: FunctionHost, ctx: CallContext, raw: unknown): string {
  return textOf(scalarArg(host, ctx, raw));
}

/** VALUE reads "1,234.5" (thousands separators), "50%" and plain numbers; anything else is #VALUE!. */
export function valueOfText(text: string): number {
  const t = text.trim();
  const unseparated = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?%?$/.test(t) ? t.replace(/,/g, "") : t;
  const n = parseNumber(unseparated);
  if (n === null) throw FormulaError.VALUE;
  return n;
}

export function textFunctions(host: FunctionHost): Record<string, CustomFunction> {
  return {
    UPPER: (ctx, text) => textArg(host, ctx, text).toUpperCase(),
    VALUE: (ctx, raw) => {
      const v = scalarArg(host, ctx, raw);
      if (isError(v)) throw v;
      if (typeof v === "number") return v;
      if (v === null) return 0;
      if (typeof v === "boolean") throw FormulaError.VALUE;
      return valueOfText(v);
    },
    SUBSTITUTE: (ctx, text, oldText, newText, instance) => {
      const s = textArg(host, ctx, text);
      const from = textArg(host, ctx, oldText);
      const to = textArg(host, ctx, newText);
      if (from === "") return s;
      if (instance === undefined || instance === null) return s.split(from).join(to);
      const nth = Math.trunc(numberArg(host, ctx, instance));
      if (nth < 1) throw FormulaError.VALUE;
      let at = -1;
      for (let k = 0; k < nth; k++) {
        at = s.indexOf(from, at + 1);
        if (at < 0) return s;
      }
      return s.slice(0, at) + to + s.slice(at + from.length);
    },
  };
}
