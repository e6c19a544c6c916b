import { makeT, type Lang } from "../i18n";
import type { PrintSetup } from "./plan";

/**
 * What the page now is, after Cetak, as lines for the pane and the CLI. Where Excel did not take
 * "fit to one page wide" (read back after the batch), the summary does not claim it, and the next
 * line gives the one step to do by hand.
 */
export function printReadyLines(setup: PrintSetup, fitTaken: boolean, lang: Lang): string[] {
  const t = makeT(lang, "print");
  const params = {
    paper: t(setup.paper === "folio" ? "paper.folio" : "paper.a4"),
    area: setup.printArea,
    rows: setup.titleRowsA1,
    footer: t(`footerIs.${setup.footerChoice}`),
  };
  return fitTaken ? [t("ready", params)] : [t("readyNoFit", params), t("fitNotTaken")];
}
