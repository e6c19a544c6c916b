import { isIsoDate } from "./dates";
import type { CatalogErrorReason, SumberDana, WindowBasis } from "./types";

/**
 * Field checks shared by the JSON schema and the Katalog sheet reader: each takes a raw value and
 * gives the clean value or the reason it is refused (with the message's params).
 */

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: CatalogErrorReason; readonly params?: Record<string, string | number> };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(reason: CatalogErrorReason, params: Record<string, string | number> = {}): Checked<T> => ({
  ok: false,
  reason,
  params,
});

export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** Text with something in it, trimmed, inner runs of spaces made one. */
export function text(v: unknown): Checked<string> {
  if (isBlank(v)) return no("required");
  if (typeof v !== "string") return no("notText");
  return ok(v.replace(/\s+/g, " ").trim());
}

/** A 4-digit kegiatan code; a sheet may hold it as the number 6709. */
export function code(v: unknown): Checked<string> {
  if (isBlank(v)) return no("required");
  const s = typeof v === "number" && Number.isInteger(v) ? String(v) : typeof v === "string" ? v.trim() : null;
  if (s === null || !/^\d{4}$/.test(s)) return no("code", { value: String(v) });
  return ok(s);
}

/** A target: a number, not below zero. "95" or "95%" typed as text in a sheet is read too. */
export function target(v: unknown): Checked<number> {
  if (isBlank(v)) return no("required");
  let n: number | null = null;
  if (typeof v === "number") n = v;
  else if (typeof v === "string" && /^\s*\d+(?:[.,]\d+)?\s*%?\s*$/.test(v))
    n = Number(v.replace("%", "").replace(",", "."));
  if (n === null || !Number.isFinite(n) || n < 0) return no("notNumber", { value: String(v) });
  return ok(n);
}

/** Months as a JSON array of 1..12. */
export function monthArray(v: unknown): Checked<number[]> {
  if (isBlank(v)) return no("required");
  if (!Array.isArray(v) || v.length === 0) return no("months", { value: JSON.stringify(v) });
  if (!v.every((m) => typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= 12))
    return no("months", { value: JSON.stringify(v) });
  const months = [...new Set(v as number[])].sort((a, b) => a - b);
  return ok(months);
}

/** "all", or a JSON array of years. */
export function yearList(v: unknown): Checked<readonly number[] | "all"> {
  if (isBlank(v)) return no("required");
  if (v === "all") return ok("all");
  if (!Array.isArray(v) || v.length === 0) return no("years", { value: JSON.stringify(v) });
  if (!v.every((y) => typeof y === "number" && Number.isInteger(y) && y >= 2000 && y <= 2100))
    return no("years", { value: JSON.stringify(v) });
  return ok([...new Set(v as number[])].sort((a, b) => a - b));
}

export function sumberDana(v: unknown): Checked<SumberDana> {
  if (isBlank(v)) return no("required");
  const s = typeof v === "string" ? v.trim().toLowerCase() : "";
  if (s === "dipa") return ok("DIPA");
  if (s === "hibah") return ok("Hibah");
  return no("sumberDana", { value: String(v) });
}

export function isoDate(v: unknown): Checked<string> {
  if (isBlank(v)) return no("required");
  if (typeof v !== "string" || !isIsoDate(v.trim())) return no("date", { value: String(v) });
  return ok(v.trim());
}

export function basis(v: unknown): Checked<WindowBasis> {
  if (isBlank(v)) return no("required");
  if (v === "official" || v === "approximation" || v === "office") return ok(v);
  return no("basis", { value: String(v) });
}

/** Optional text: absent stays absent. */
export function optionalText(v: unknown): Checked<string | undefined> {
  if (isBlank(v)) return ok(undefined);
  return text(v);
}
