export type Lang = "id" | "en";

export const LANGS: readonly Lang[] = ["id", "en"];

/** Bahasa Indonesia unless English is asked for: the users read Indonesian. */
export const DEFAULT_LANG: Lang = "id";

export function isLang(value: unknown): value is Lang {
  return value === "id" || value === "en";
}
