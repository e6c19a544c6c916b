import { createContext, useContext, useMemo } from "react";
import { DEFAULT_LANG, type Lang } from "../core/i18n/lang";
import { makeT, type Translator } from "../core/i18n/translate";

/**
 * The workbench's language: Office's display language (`?lang=`), as Excel's own menus follow it. The
 * pane beside it starts in the same language and has its own switch.
 */
export const WorkbenchLangContext = createContext<Lang>(DEFAULT_LANG);

export type WorkbenchT = Translator<"workbench.">;

export function useWorkbenchLang(): Lang {
  return useContext(WorkbenchLangContext);
}

/** `t("open")`: the workbench's words from the catalogs (src/core/i18n/catalogs/{id,en}/workbench.ts). */
export function useWorkbenchT(): WorkbenchT {
  const lang = useWorkbenchLang();
  return useMemo(() => makeT(lang, "workbench"), [lang]);
}
