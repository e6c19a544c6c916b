import type { Lang } from "./lang";

/**
 * Number formatting done by hand rather than with Intl: the output must be identical in Node, in
 * Excel's webviews and in old Office 2019 hosts, and rupiah are always written the Indonesian way.
 */

function groupThousands(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

const SEPARATORS: Record<Lang, { readonly thousands: string; readonly decimal: string }> = {
  id: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

/** `formatNumber(1234.5, "id")` is "1.234,5"; at most `maxFractionDigits` decimals, trailing zeros dropped. */
export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const { thousands, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(n).toFixed(maxFractionDigits);
  const [intPart, fracPart = ""] = fixed.split(".");
  const frac = fracPart.replace(/0+$/, "");
  const negative = n < 0 && (Number(intPart) !== 0 || frac !== "");
  const body = groupThousands(intPart as string, thousands) + (frac ? decimal + frac : "");
  return negative ? `-${body}` : body;
}

/** Indonesian digit grouping: `formatNumberId(23142485000)` is "23.142.485.000". */
export function formatNumberId(n: number): string {
  return formatNumber(n, "id");
}

/** Whole rupiah, Indonesian grouping: "Rp 23.142.485.000", "-Rp 5.000". */
export function formatRupiah(n: number): string {
  if (!Number.isFinite(n)) return `Rp ${String(n)}`;
  const whole = Math.round(Math.abs(n));
  const body = `Rp ${groupThousands(String(whole), ".")}`;
  return n < 0 && whole !== 0 ? `-${body}` : body;
}
