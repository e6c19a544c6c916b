import type { ScenarioResult } from "../../../excel/selftest/scenarios";
import type { PaneT } from "../../i18n/useT";
import type { ExcelInfo } from "./excelInfo";
import { apiText, platformText, versionText } from "./excelText";
import type { SelfTestRun } from "./selfTestStore";

/** A run with results to report: finished, or stopped part way. */
export type ReportableRun = Extract<SelfTestRun, { status: "done" | "stopped" }>;

export interface ReportInput {
  readonly rakitVersion: string;
  readonly excel: ExcelInfo;
  readonly run: ReportableRun;
  /** navigator.userAgent: tells which webview Office used (WebView2, EdgeHTML, Safari...). */
  readonly userAgent: string;
}

export interface ResultCounts {
  readonly pass: number;
  readonly fail: number;
  readonly skipped: number;
}

export function countResults(results: readonly ScenarioResult[]): ResultCounts {
  const count = (status: ScenarioResult["status"]) => results.filter((r) => r.status === status).length;
  return { pass: count("pass"), fail: count("fail"), skipped: count("skipped") };
}

/**
 * The report a user copies and sends: who ran what where (Rakit version, Excel version, platform,
 * ExcelApi level, browser, time), then one line per scenario with the failure's detail under it.
 * Plain text in the pane's language; scenario names and Office's error texts stay as they are.
 */
export function selfTestReport(t: PaneT, { rakitVersion, excel, run, userAgent }: ReportInput): string {
  const lines = [
    t("bantuan.report.heading"),
    `${t("bantuan.excel.rakit")}: ${rakitVersion}`,
    `${t("bantuan.excel.version")}: ${versionText(t, excel)}`,
    `${t("bantuan.excel.platform")}: ${platformText(t, excel)}`,
    `${t("bantuan.excel.api")}: ${apiText(t, excel)}`,
    `${t("bantuan.report.browser")}: ${userAgent}`,
    `${t("bantuan.report.when")}: ${run.startedAt.toISOString()}`,
    t("bantuan.selftest.summary", countResults(run.results)),
  ];
  if (run.status === "stopped") lines.push(t("bantuan.selftest.stoppedBody", { detail: run.detail }));
  if (run.status === "done" && run.leftover.length > 0)
    lines.push(t("bantuan.selftest.leftover", { sheets: run.leftover.join(", ") }));
  lines.push("");
  for (const r of run.results) {
    lines.push(`[${t(`bantuan.selftest.${r.status}`).toUpperCase()}] ${r.name} (${r.ms} ms)`);
    if (r.status !== "pass") lines.push(`    ${r.detail}`);
  }
  return lines.join("\n");
}
