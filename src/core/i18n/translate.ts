import { catalogs, isMessageKey } from "./catalog";
import type { MessageKey, MessageParamName, ParamValue, Params, Scope } from "./catalog";
import type { Lang } from "./lang";
import { formatNumber, formatRupiah } from "./numbers";
import { replacePlaceholders } from "./placeholders";

/** Text longer than this is cut for `{name:short}`, so a long indicator does not swamp a message. */
export const SHORT_TEXT_LENGTH = 60;

export function shorten(text: string, max = SHORT_TEXT_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max - 1).trimEnd()}…`;
}

function formatParam(value: ParamValue, format: string | null, lang: Lang): string {
  switch (format) {
    case "rupiah":
      return typeof value === "number" ? formatRupiah(value) : value;
    case "number":
      return typeof value === "number" ? formatNumber(value, lang) : value;
    case "short":
      return shorten(String(value));
    default:
      return String(value);
  }
}

/**
 * Fills `{name}` placeholders (and `{name|one|other}` plural choices). A placeholder without a param
 * stays as written, so a missing param shows up in the text instead of silently vanishing.
 */
export function interpolate(message: string, params: Params, lang: Lang): string {
  return replacePlaceholders(message, (name, format, original, plural) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value === undefined) return original;
    if (plural) return Number(value) === 1 ? plural.one : plural.other;
    return formatParam(value, format, lang);
  });
}

/**
 * Looks a message up by a key known only at run time (a finding's rule code, say). Falls back to
 * Indonesian, then to the key itself, rather than throwing: a missing message must not break the pane.
 */
export function translateKey(lang: Lang, key: string, params: Params = {}): string {
  if (!isMessageKey(key)) return key;
  return interpolate(catalogs[lang][key] ?? catalogs.id[key], params, lang);
}

/** Keys under `prefix` ("" for all keys), with the prefix removed. */
type KeysAfter<P extends string> = MessageKey extends infer K ? (K extends `${P}${infer Rest}` ? Rest : never) : never;

type FullKey<P extends string, K extends string> = `${P}${K}` & MessageKey;

/** A message without placeholders takes no params; one with placeholders needs every one of them. */
type ParamArgs<K extends MessageKey> = [MessageParamName<K>] extends [never]
  ? [params?: Params]
  : [params: Readonly<Record<MessageParamName<K>, ParamValue>>];

export type Translator<P extends string> = <K extends KeysAfter<P>>(
  key: K,
  ...params: ParamArgs<FullKey<P, K>>
) => string;

/**
 * A translator for one language, optionally scoped (Grist style): `makeT("id", "rule.meta")` gives
 * `t("yearMismatch", { tahunAnggaran: 2023, year: 2024 })`. Keys and params are checked at compile time.
 */
export function makeT(lang: Lang): Translator<"">;
export function makeT<S extends Scope>(lang: Lang, scope: S): Translator<`${S}.`>;
export function makeT(lang: Lang, scope?: string): Translator<string> {
  const prefix = scope ? `${scope}.` : "";
  return ((key: string, params?: Params) => translateKey(lang, prefix + key, params ?? {})) as Translator<string>;
}
