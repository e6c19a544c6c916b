import { createContext, useContext, useMemo } from "react";
import { DEFAULT_LANG, type Lang } from "../../core/i18n/lang";
import { makeT, type Translator } from "../../core/i18n/translate";

/** The pane's current language; App provides it from its state. */
export const LangContext = createContext<Lang>(DEFAULT_LANG);

export function useLang(): Lang {
  return useContext(LangContext);
}

export type PaneT = Translator<"pane.">;

/** The pane's translator, `t("action.periksa")`: keys and params are checked against the catalogs at compile time. */
export function useT(): PaneT {
  const lang = useLang();
  return useMemo(() => makeT(lang, "pane"), [lang]);
}

/** Severity names ("Kesalahan", "Peringatan", "Catatan") as the findings' own messages call them. */
export function useSeverityT(): Translator<"severity."> {
  const lang = useLang();
  return useMemo(() => makeT(lang, "severity"), [lang]);
}
