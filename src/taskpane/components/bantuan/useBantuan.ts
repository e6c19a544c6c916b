import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useT } from "../../i18n/useT";
import { useSession } from "../../session/SessionContext";
import { RAKIT_VERSION } from "../../version";
import type { BantuanState, CopyStatus } from "./Bantuan.types";
import { copyText } from "./copyText";
import { describeExcel } from "./excelInfo";
import { selfTestReport } from "./selfTestReport";
import { selfTestStoreFor } from "./selfTestStore";

/** Pages built next to taskpane.html (webpack.config.js), linked relative to the pane's own page. */
export const HELP_PAGE = "./bantuan.html";
export const WITHOUT_EXCEL_PAGE = "./index.html";

/** Bantuan's state: the facts about this Excel, the session's self-test run, its report and copying it. */
export function useBantuan(): BantuanState {
  const session = useSession();
  const t = useT();
  const excel = useMemo(() => describeExcel(session), [session]);
  const store = selfTestStoreFor(session);
  const run = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const reportRef = useRef<HTMLTextAreaElement | null>(null);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>("idle");

  const report = useMemo(
    () =>
      run.status === "done" || run.status === "stopped"
        ? selfTestReport(t, { rakitVersion: RAKIT_VERSION, excel, run, userAgent: navigator.userAgent })
        : null,
    [t, excel, run],
  );

  // A new run (or another language) makes a new report: what was copied before is not it.
  useEffect(() => setCopyStatus("idle"), [report]);

  const onRun = useCallback(() => store.start(), [store]);
  const onCopy = useCallback(() => {
    if (report === null) return;
    void copyText(report, reportRef.current).then(setCopyStatus);
  }, [report]);

  return {
    rakitVersion: RAKIT_VERSION,
    excel,
    run,
    report,
    copyStatus,
    reportRef,
    onRun,
    onCopy,
    helpUrl: HELP_PAGE,
    withoutExcelUrl: WITHOUT_EXCEL_PAGE,
  };
}
