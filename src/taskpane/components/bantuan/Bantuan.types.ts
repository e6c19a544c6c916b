import type { RefObject } from "react";
import type { ExcelInfo } from "./excelInfo";
import type { SelfTestRun } from "./selfTestStore";

/** What happened to the last "Salin laporan". */
export type CopyStatus = "idle" | "copied" | "manual";

/** Bantuan takes nothing from App: it reads the session (Excel's facts, the self-test) itself. */
export interface BantuanState {
  readonly rakitVersion: string;
  readonly excel: ExcelInfo;
  readonly run: SelfTestRun;
  /** The report's text once a run has finished or stopped; null before. */
  readonly report: string | null;
  readonly copyStatus: CopyStatus;
  /** The report's text area, which the copy fallback selects. */
  readonly reportRef: RefObject<HTMLTextAreaElement | null>;
  readonly onRun: () => void;
  readonly onCopy: () => void;
  /** The static help page (bantuan.html) and "Rakit tanpa Excel" (index.html), next to the pane's page. */
  readonly helpUrl: string;
  readonly withoutExcelUrl: string;
}
