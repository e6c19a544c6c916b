import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, type Dispatch } from "react";
import type { CetakResult } from "../../../app/cetak";
import type { PaperSize } from "../../../core/edits";
import { manualPrintSteps, printReadyLines } from "../../../core/print";
import type { CetakCommands } from "../../hooks/useCetak";
import { useLang, useSeverityT, useT, type PaneT } from "../../i18n/useT";
import type { CetakState } from "../../state/cetak";
import type { PaneAction } from "../../state/reducer";
import { ActionBar } from "../../ui/ActionBar";
import { Button } from "../../ui/Button";
import { MessageBar } from "../../ui/MessageBar";
import { RadioGroup } from "../../ui/RadioGroup";
import { Spinner } from "../../ui/Spinner";
import { useTextStyles } from "../../ui/text";
import { ErrorBar } from "../ErrorBar";
import { FindingItem } from "../FindingItem";

export interface CetakViewProps {
  readonly state: CetakState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly commands: CetakCommands;
}

const PAPERS: readonly PaperSize[] = ["folio", "a4"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  findings: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  steps: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  plain: { margin: 0 },
});

function noticeText(t: PaneT, result: CetakResult | null): string {
  if (!result) return "";
  if (result.ok) return t("cetak.notice.done");
  if (result.reason === "errors") return t("cetak.notice.blocked", { errors: result.errors });
  if (result.reason === "noPageLayout") return t("cetak.notice.manual");
  return t("cetak.notice.noPlan");
}

/**
 * Cetak: one click validates the active sheet, stops on errors (listing them, with "Cetak tetap"),
 * removes Rakit's highlights and sets the page up (landscape, F4/Folio unless A4, print titles, one
 * page wide, page numbers). Where Excel has no page layout API it gives the same setup as steps.
 */
export function CetakView({ state, dispatch, commands }: CetakViewProps) {
  const t = useT();
  const lang = useLang();
  const severityT = useSeverityT();
  const styles = useStyles();
  const text = useTextStyles();
  const { busy, failure, paper, result } = state;
  const isBusy = busy !== null;

  const onPaper = useCallback((p: PaperSize) => dispatch({ type: "cetak/paperChanged", paper: p }), [dispatch]);
  const onPrepare = useCallback(() => void commands.prepare(false), [commands]);
  const onAnyway = useCallback(() => void commands.prepare(true), [commands]);
  const onSelect = useCallback((address: string) => void commands.select(address), [commands]);
  const onDismiss = useCallback(() => dispatch({ type: "cetak/failureDismissed" }), [dispatch]);

  const blocking = useMemo(
    () =>
      result && !result.ok && result.reason === "errors" ? result.findings.filter((f) => f.severity === "error") : [],
    [result],
  );
  const manual = result && !result.ok && result.reason === "noPageLayout" ? manualPrintSteps(result.setup, lang) : null;

  return (
    <div className={styles.root}>
      <p className={text.body}>{t("cetak.intro")}</p>
      <RadioGroup
        label={t("cetak.paper.label")}
        values={PAPERS}
        selected={paper}
        text={(p) => t(`cetak.paper.${p}`)}
        onChange={onPaper}
        disabledFocusable={isBusy}
      />
      {failure && <ErrorBar failure={failure} onDismiss={onDismiss} />}
      <section aria-busy={isBusy} className={styles.results}>
        {isBusy && <Spinner label={t("cetak.busy")} />}
        {result && !result.ok && result.reason === "no-table" && (
          <MessageBar intent="warning" title={t("noPlan.title")}>
            {t("cetak.noPlan", { sheet: result.sheet })}
          </MessageBar>
        )}
        {result && !result.ok && result.reason === "errors" && (
          <>
            <MessageBar
              intent="warning"
              title={t("cetak.blocked.title", { sheet: result.sheet, errors: result.errors })}
              action={
                <Button disabledFocusable={isBusy} onClick={onAnyway}>
                  {t("cetak.action.anyway")}
                </Button>
              }
            >
              {t("cetak.blocked.body")}
            </MessageBar>
            <ul aria-label={t("cetak.findings.label")} className={styles.findings}>
              {blocking.map((f, i) => (
                <FindingItem
                  key={`${f.rule}|${f.address}|${i}`}
                  finding={f}
                  lang={lang}
                  where={t("findings.where", { severity: severityT(f.severity), address: f.address })}
                  onSelect={onSelect}
                />
              ))}
            </ul>
          </>
        )}
        {result && !result.ok && result.reason === "noPageLayout" && manual && (
          <MessageBar intent="info" title={t("cetak.manual.title")}>
            {manual.intro}
            <ol aria-label={t("cetak.manual.label")} className={styles.steps}>
              {manual.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </MessageBar>
        )}
        {result?.ok && (
          <MessageBar
            intent={result.fitTaken ? "success" : "warning"}
            title={t("cetak.done.title", { sheet: result.sheet })}
          >
            {printReadyLines(result.setup, result.fitTaken, lang).map((line) => (
              <p key={line} className={styles.plain}>
                {line}
              </p>
            ))}
            {result.forced && <p className={styles.plain}>{t("cetak.forced")}</p>}
          </MessageBar>
        )}
      </section>
      <ActionBar label={t("cetak.toolbar.label")} status={state.notice ? noticeText(t, result) : ""}>
        <Button appearance="primary" disabledFocusable={isBusy} onClick={onPrepare}>
          {t("cetak.action.prepare")}
        </Button>
      </ActionBar>
    </div>
  );
}
