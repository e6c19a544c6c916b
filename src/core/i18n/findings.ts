import type { Finding } from "../findings";
import type { Params } from "./catalog";
import { isMessageKey } from "./catalog";
import type { Lang } from "./lang";
import { DEFAULT_LANG } from "./lang";
import { translateKey } from "./translate";

/** The catalog key of a finding's message: rule codes live under the `rule.` scope. */
export function findingMessageKey(rule: string): string {
  return `rule.${rule}`;
}

/**
 * A finding's params as `lang` shows them. Most params are language-neutral (row numbers, the
 * user's own text); a text that comes from Rakit's data in Indonesian (a stage's name, a window's
 * source) carries its translation beside it as `name@en`, which stands in for `name` in English.
 * The messages keep one set of placeholders in every language.
 */
export function paramsIn(params: Params, lang: Lang): Params {
  const suffix = `@${lang}`;
  let out: Record<string, string | number> | null = null;
  for (const [key, value] of Object.entries(params)) {
    if (!key.endsWith(suffix)) continue;
    out ??= { ...params };
    out[key.slice(0, -suffix.length)] = value;
  }
  return out ?? params;
}

/**
 * A finding's message in `lang` (Bahasa Indonesia by default). A rule without a catalog entry (a
 * rule added without its message) gets its code and address instead of nothing.
 */
export function formatFinding(finding: Finding, lang: Lang = DEFAULT_LANG): string {
  const key = findingMessageKey(finding.rule);
  if (!isMessageKey(key)) return `${finding.rule} (${finding.address})`;
  return translateKey(lang, key, paramsIn(finding.params, lang));
}

/** One line for a list or the CLI: "Kesalahan di D5: Tahun Anggaran 2023 berbeda ...". */
export function formatFindingLine(finding: Finding, lang: Lang = DEFAULT_LANG): string {
  return translateKey(lang, "finding.line", {
    severity: translateKey(lang, `severity.${finding.severity}`),
    address: finding.address,
    message: formatFinding(finding, lang),
  });
}

/** The catalog key of a finding's longer explanation (sources, the full list), if its rule has one. */
export function findingDetailKey(rule: string): string {
  return `detail.${rule}`;
}

/**
 * A finding's details in `lang`, or null when its rule has none: the message stays one or two short
 * lines, and what only some readers need (the legal source of a window, every date) goes here, shown
 * on expand in the pane and as `detail` in the CLI's JSON.
 */
export function formatFindingDetail(finding: Finding, lang: Lang = DEFAULT_LANG): string | null {
  const key = findingDetailKey(finding.rule);
  return isMessageKey(key) ? translateKey(lang, key, paramsIn(finding.params, lang)) : null;
}
