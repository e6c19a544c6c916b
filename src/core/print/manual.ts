import { makeT, type Lang } from "../i18n";
import type { PrintSetup } from "./plan";

/**
 * Where Excel lacks the page layout API (ExcelApi 1.9; Office 2019 has 1.8), the same setup as
 * steps to do by hand, for the printed result to be the same.
 */
export function manualPrintSteps(setup: PrintSetup, lang: Lang): { readonly intro: string; readonly steps: string[] } {
  const t = makeT(lang, "print.manual");
  return {
    intro: t("intro"),
    steps: [
      t("orientation"),
      setup.paper === "folio" ? t("paperFolio") : t("paperA4"),
      t("printArea", { area: setup.printArea }),
      t("titles", { rows: setup.titleRowsA1 }),
      t("fit"),
      t("footer"),
    ],
  };
}

/** The steps as one text: the intro, then numbered steps, one a line. */
export function manualPrintText(setup: PrintSetup, lang: Lang): string {
  const { intro, steps } = manualPrintSteps(setup, lang);
  return [intro, ...steps.map((s, i) => `${i + 1}. ${s}`)].join("\n");
}
