import type { PaperSize } from "../core/edits";
import type { Finding } from "../core/findings";
import type { Lang } from "../core/i18n";
import { manualPrintText, planPrintSetup, type PrintSetup } from "../core/print";
import { validate } from "../core/validate";
import { readFooters } from "../excel/readFooters";
import { supports, type ExcelSession } from "../excel/session";
import { applyPlanned } from "./applyPlanned";
import type { NoTable, SheetOptions } from "./plan";
import { readSheetPlan } from "./plan";

/**
 * Cetak, the one-click print setup: validate; stop on errors unless the user chose "Cetak tetap";
 * remove Rakit's highlights; set up the page. Where Excel has no page layout API (ExcelApi 1.9) the
 * highlights still go, and the setup comes back as steps to do by hand.
 */

export interface CetakOptions extends SheetOptions {
  readonly paper?: PaperSize;
  /** "Cetak tetap": set up the page even though the sheet has errors. */
  readonly force?: boolean;
  /** Language of the footer written into the workbook and of the by-hand steps. */
  readonly lang?: Lang;
}

/** The page is set up. `findings` are what validation found (warnings, or errors when forced). */
export interface CetakDone {
  readonly ok: true;
  readonly sheet: string;
  readonly setup: PrintSetup;
  readonly findings: readonly Finding[];
  readonly forced: boolean;
  /**
   * False when Excel accepted "fit to one page wide" but did not apply it (read back after the
   * batch; OfficeDev/office-js#1860): `printReadyLines` then gives the step to do by hand.
   */
  readonly fitTaken: boolean;
}

/** Validation found errors: nothing was changed; the pane shows them and offers "Cetak tetap". */
export interface CetakBlocked {
  readonly ok: false;
  readonly reason: "errors";
  readonly sheet: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
}

/** No page layout API: highlights removed, and the setup as steps for the user. */
export interface CetakManual {
  readonly ok: false;
  readonly reason: "noPageLayout";
  readonly sheet: string;
  readonly setup: PrintSetup;
  readonly findings: readonly Finding[];
  readonly instructions: string;
}

export type CetakResult = CetakDone | CetakBlocked | CetakManual | NoTable;

export async function cetak(session: ExcelSession, options: CetakOptions = {}): Promise<CetakResult> {
  const read = await readSheetPlan(session, options);
  if (!read.ok) return read;
  const { plan, snapshot, basedOn } = read;
  const findings = validate(plan);
  const errors = findings.filter((f) => f.severity === "error").length;
  if (errors > 0 && !options.force) return { ok: false, reason: "errors", sheet: plan.sheet, findings, errors };

  const pageLayout = supports(session, "pageLayout");
  // What the footer holds now decides whether Rakit's page numbers go in (never twice, never over the user's).
  const footers = pageLayout ? await session.run((context) => readFooters(context, plan.sheet)) : undefined;
  const setup = planPrintSetup(plan, snapshot, {
    ...(options.paper ? { paper: options.paper } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(footers ? { footers } : {}),
  });
  if (!pageLayout) {
    await applyPlanned(
      session,
      plan.sheet,
      basedOn,
      setup.edits.filter((e) => e.kind !== "pageLayout"),
    );
    return {
      ok: false,
      reason: "noPageLayout",
      sheet: plan.sheet,
      setup,
      findings,
      instructions: manualPrintText(setup, options.lang ?? "id"),
    };
  }
  const report = await applyPlanned(session, plan.sheet, basedOn, setup.edits);
  const fitTaken = !report.fitNotTaken.includes(plan.sheet);
  return { ok: true, sheet: plan.sheet, setup, findings, forced: errors > 0, fitTaken };
}
