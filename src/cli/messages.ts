import type { Lang } from "../core/i18n/lang";

/** The CLI's own words, in both languages; a missing translation is a compile error. */
const CLI_MESSAGES = {
  sheetLine: {
    id: '{file} · lembar "{sheet}": {blocks} sasaran, {rows} indikator, total {total}',
    en: '{file} · sheet "{sheet}": {blocks} sasaran, {rows} indicators, total {total}',
  },
  counts: {
    id: "{error} galat, {warning} peringatan, {info} info",
    en: "{error} errors, {warning} warnings, {info} info",
  },
  severity_error: { id: "GALAT", en: "ERRORS" },
  severity_warning: { id: "PERINGATAN", en: "WARNINGS" },
  severity_info: { id: "INFO", en: "INFO" },
  clean: { id: "Tidak ada masalah.", en: "No problems found." },
  fileSummary: {
    id: "{file}: {error} galat, {warning} peringatan, {info} info ({sheets} lembar RAK)",
    en: "{file}: {error} errors, {warning} warnings, {info} info ({sheets} RAK sheets)",
  },
  fileFailed: { id: "{file}: tidak dapat dibaca: {reason}", en: "{file}: cannot be read: {reason}" },
  totals: {
    id: "Total: {files} berkas, {error} galat, {warning} peringatan, {info} info; {failed} tidak terbaca.",
    en: "Total: {files} files, {error} errors, {warning} warnings, {info} info; {failed} unreadable.",
  },
  progress: { id: "[{n}/{count}] memeriksa {file} …", en: "[{n}/{count}] checking {file} …" },
} as const satisfies Record<string, Record<Lang, string>>;

export type CliMessage = keyof typeof CLI_MESSAGES;

export function cliText(lang: Lang, key: CliMessage, params: Readonly<Record<string, string | number>> = {}): string {
  return CLI_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
