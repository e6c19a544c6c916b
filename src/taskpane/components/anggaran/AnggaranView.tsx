import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, type Dispatch } from "react";
import type { Lang } from "../../../core/i18n/lang";
import { translateKey } from "../../../core/i18n/translate";
import type { AnggaranCommands } from "../../hooks/useAnggaran";
import type { JadwalCommands } from "../../hooks/useJadwal";
import { useLang, useT, type PaneT } from "../../i18n/useT";
import type { AnggaranNotice, AnggaranPart, AnggaranState } from "../../state/anggaran";
import type { PaneAction } from "../../state/reducer";
import { ActionBar } from "../../ui/ActionBar";
import { Button } from "../../ui/Button";
import { Tabs } from "../../ui/Tabs";
import { ErrorBar } from "../ErrorBar";
import { JadwalPart } from "../jadwal/JadwalPart";
import { BudgetPart } from "./BudgetPart";

export interface AnggaranViewProps {
  readonly state: AnggaranState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly anggaran: AnggaranCommands;
  readonly jadwal: JadwalCommands;
}

const PARTS: readonly AnggaranPart[] = ["budget", "schedule"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  panel: { minWidth: 0 },
});

function noticeText(t: PaneT, lang: Lang, notice: AnggaranNotice, state: AnggaranState): string {
  switch (notice) {
    case "budgetComputed":
      if (!state.budget?.ok) return t("anggaran.notice.noPlan");
      return state.budget.totals.total === null
        ? t("anggaran.notice.noBudgetColumn")
        : t("anggaran.notice.computed", { total: state.budget.totals.total });
    case "budgetWritten":
      return t("anggaran.notice.written");
    case "scheduleComputed":
      if (!state.schedule?.ok) return t("anggaran.notice.noPlan");
      return state.schedule.schedule.periodKind === "none"
        ? t("jadwal.noPeriods")
        : t("jadwal.notice.computed", { count: state.schedule.schedule.unplanned.length });
    case "scheduleNoted":
      return state.scheduleNotes.map((n) => translateKey(lang, n.key, n.params)).join(" ");
  }
}

/**
 * Anggaran (the ribbon's Anggaran button): the budget totals and "Tulis ke lembar", and the schedule
 * (Jadwal) with its highlight, as two parts behind their own tabs. Each part reads the sheet the first
 * time it is shown; Hitung ulang reads it again.
 */
export function AnggaranView({ state, dispatch, anggaran, jadwal }: AnggaranViewProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const idPrefix = useId("rakit-anggaran-");
  const tabId = (part: AnggaranPart) => `${idPrefix}-${part}`;
  const { part, busy, failure, notice, budget, schedule } = state;

  // First showing of a part: read its numbers. Not after a failure (the error stays until dismissed;
  // dismissing it tries again), and not while another operation runs (the next render starts it).
  useEffect(() => {
    if (busy !== null || failure !== null) return;
    if (part === "budget" && budget === null) void anggaran.compute();
    if (part === "schedule" && schedule === null) void jadwal.compute();
  }, [part, busy, failure, budget, schedule, anggaran, jadwal]);

  const onPart = useCallback((p: AnggaranPart) => dispatch({ type: "anggaran/partChanged", part: p }), [dispatch]);
  const onDismiss = useCallback(() => dispatch({ type: "anggaran/failureDismissed" }), [dispatch]);
  const onWrite = useCallback(() => void anggaran.write(), [anggaran]);
  const onHighlight = useCallback(() => void jadwal.highlight(), [jadwal]);
  const isBusy = busy !== null;

  return (
    <div className={styles.root}>
      <Tabs
        label={t("anggaran.parts.label")}
        values={PARTS}
        selected={part}
        onSelect={onPart}
        text={(p) => t(`anggaran.part.${p}`)}
        tabId={tabId}
      />
      {failure && <ErrorBar failure={failure} onDismiss={onDismiss} />}
      <div role="tabpanel" aria-labelledby={tabId(part)} className={styles.panel}>
        {part === "budget" ? (
          <BudgetPart state={state} dispatch={dispatch} commands={anggaran} />
        ) : (
          <JadwalPart state={state} commands={jadwal} />
        )}
      </div>
      <ActionBar
        label={t(part === "budget" ? "anggaran.toolbar.label" : "jadwal.toolbar.label")}
        status={notice ? noticeText(t, lang, notice, state) : ""}
      >
        {part === "budget" ? (
          <Button appearance="primary" disabledFocusable={isBusy || !budget?.ok} onClick={onWrite}>
            {t("anggaran.action.write")}
          </Button>
        ) : (
          <Button appearance="primary" disabledFocusable={isBusy || !schedule?.ok} onClick={onHighlight}>
            {t("jadwal.action.highlight")}
          </Button>
        )}
      </ActionBar>
    </div>
  );
}
