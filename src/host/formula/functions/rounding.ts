/**
 * ROUND, ROUNDUP, ROUNDDOWN as Excel computes them, on the decimal value shown rather than the
 * binary one: ROUND(1.005, 2) is 1.01 in Excel, 1 in fast-formula-parser.
 */
import type { CustomFunction } from "./aggregate";
import { numberArg, type FunctionHost } from "./host";

type Mode = "nearest" | "up" | "down";

/** Rounds |x| at `digits` decimals (negative: tens, hundreds...), away from zero for ties and "up". */
export function roundDecimal(x: number, digits: number, mode: Mode): number {
  const d = Math.trunc(digits);
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
  const scale = 10 ** Math.abs(d);
  // 15 significant digits is Excel's precision: 100.49999999999999 is 100.5 to it.
  const scaled = Number((d >= 0 ? abs * scale : abs / scale).toPrecision(15));
  const whole = mode === "nearest" ? Math.floor(scaled + 0.5) : mode === "up" ? Math.ceil(scaled) : Math.floor(scaled);
  const result = d >= 0 ? whole / scale : whole * scale;
  return result === 0 ? 0 : sign * result;
}

export function roundingFunctions(host: FunctionHost): Record<string, CustomFunction> {
  const make =
    (mode: Mode): CustomFunction =>
    (ctx, number, digits) =>
      roundDecimal(numberArg(host, ctx, number), numberArg(host, ctx, digits), mode);
  return { ROUND: make("nearest"), ROUNDUP: make("up"), ROUNDDOWN: make("down") };
}
