import { mergeClasses, useId } from "@fluentui/react-components";
import type { ScenarioResult } from "../../../excel/selftest/scenarios";
import { useT } from "../../i18n/useT";
import { Button } from "../../ui/Button";
import { MessageBar } from "../../ui/MessageBar";
import { Spinner } from "../../ui/Spinner";
import { useTextStyles } from "../../ui/text";
import type { BantuanState } from "./Bantuan.types";
import { countResults } from "./selfTestReport";
import type { BantuanStyles } from "./useBantuanStyles.styles";

export interface SelfTestSectionProps {
  readonly state: Pick<BantuanState, "run" | "report" | "copyStatus" | "reportRef" | "onRun" | "onCopy">;
  readonly styles: BantuanStyles;
}

/** "Uji Rakit di Excel ini": the button, progress, pass/fail per scenario, and the report to copy. */
export function SelfTestSection({ state, styles }: SelfTestSectionProps) {
  const t = useT();
  const text = useTextStyles();
  const titleId = useId("rakit-bantuan-selftest-");
  const reportTitleId = useId("rakit-bantuan-report-");
  const { run } = state;
  const busy = run.status === "loading" || run.status === "running";
  const results: readonly ScenarioResult[] = run.status === "idle" || run.status === "loading" ? [] : run.results;
  const counts = countResults(results);
  return (
    <section aria-labelledby={titleId} aria-busy={busy} className={styles.section}>
      <h2 id={titleId} className={text.subtitle}>
        {t("bantuan.selftest.title")}
      </h2>
      <p className={styles.plain}>{t("bantuan.selftest.intro")}</p>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabledFocusable={busy} onClick={state.onRun}>
          {run.status === "done" || run.status === "stopped" ? t("bantuan.selftest.again") : t("bantuan.selftest.run")}
        </Button>
      </div>
      {run.status === "loading" && <Spinner label={t("bantuan.selftest.loading")} />}
      {run.status === "running" && (
        <Spinner label={t("bantuan.selftest.running", { done: run.results.length, count: run.count })} />
      )}
      {run.status === "done" && (
        <MessageBar
          intent={counts.fail > 0 ? "warning" : "success"}
          title={
            counts.fail > 0 ? t("bantuan.selftest.someFail", { fail: counts.fail }) : t("bantuan.selftest.allPass")
          }
        >
          <p className={styles.plain}>{t("bantuan.selftest.summary", counts)}</p>
          {counts.fail > 0 && <p className={styles.plain}>{t("bantuan.selftest.someFailBody")}</p>}
          {run.leftover.length > 0 && (
            <p className={styles.plain}>{t("bantuan.selftest.leftover", { sheets: run.leftover.join(", ") })}</p>
          )}
        </MessageBar>
      )}
      {run.status === "stopped" && (
        <MessageBar intent="error" title={t("bantuan.selftest.stopped")}>
          {t("bantuan.selftest.stoppedBody", { detail: run.detail })}
        </MessageBar>
      )}
      {results.length > 0 && (
        <ul aria-label={t("bantuan.selftest.results.label")} className={styles.plainList}>
          {results.map((r, i) => (
            <li key={`${i}-${r.name}`} className={styles.item}>
              <span className={styles[r.status]}>{t(`bantuan.selftest.${r.status}`)}</span>
              {`: ${r.name}`}
              {r.status !== "pass" && <span className={styles.detail}>{r.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {state.report !== null && (
        <section aria-labelledby={reportTitleId} className={styles.section}>
          <h3 id={reportTitleId} className={mergeClasses(text.body, styles.term)}>
            {t("bantuan.report.title")}
          </h3>
          <textarea
            ref={state.reportRef}
            readOnly
            aria-label={t("bantuan.report.label")}
            className={styles.report}
            value={state.report}
          />
          <div className={styles.toolbar}>
            <Button onClick={state.onCopy}>{t("bantuan.report.copy")}</Button>
          </div>
          <div role="status" className={mergeClasses(text.caption, text.secondary, styles.status)}>
            {state.copyStatus === "copied" && t("bantuan.report.copied")}
            {state.copyStatus === "manual" && t("bantuan.report.selectManually")}
          </div>
        </section>
      )}
    </section>
  );
}
