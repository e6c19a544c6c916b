import type { Lang } from "../../core/i18n/lang";

/**
 * The pane's language from Office's display language ("en-US", "id-ID", ...): English for any
 * English Office, Bahasa Indonesia otherwise (the users read Indonesian; an Office in another
 * language gets the pane's default, not a guess).
 */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  return tag === "en" || tag.startsWith("en-") || tag.startsWith("en_") ? "en" : "id";
}
