import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, type Dispatch } from "react";
import type { BudgetResult } from "../../../app/anggaran";
import type { Lag, Note } from "../../../core/budget";
import { formatRupiah } from "../../../core/i18n/numbers";
import type { AnggaranCommands } from "../../hooks/useAnggaran";
import { useT } from "../../i18n/useT";
import type { AnggaranState, PeriodView } from "../../state/anggaran";
import type { PaneAction } from "../../state/reducer";
import { MessageBar } from "../../ui/MessageBar";
import { Spinner } from "../../ui/Spinner";
import { useTextStyles } from "../../ui/text";
import { BudgetBreakdown } from "./BudgetBreakdown";
import { BudgetToolbar } from "./BudgetToolbar";
import { NoteList } from "./NoteList";
import { NoTableBar } from "./NoTableBar";
import { PeriodBudget } from "./PeriodBudget";

export interface BudgetPartProps {
  readonly state: AnggaranState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly commands: AnggaranCommands;
}

/**
 * What the plan says of itself rather than of the write: a split between pelaksana, budgets without a
 * schedule, cells that are not amounts. computeBudget's other notes say what a write would insert or
 * replace, and are shown only once a write did it.
 */
const PLAN_NOTES: ReadonlySet<string> = new Set([
  "budget.note.noBudgetColumn",
  "budget.note.split",
  "budget.note.unscheduled",
  "budget.note.unreadable",
  "budget.note.textBudget",
]);

export function planNotes(notes: readonly Note[]): Note[] {
  return notes.filter((n) => PLAN_NOTES.has(n.key));
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  total: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  pair: { margin: 0 },
  totalLabel: { color: tokens.colorNeutralForeground2 },
  totalValue: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
});

/** "Total anggaran Rp 23.142.485.000", and the sheet it was read from. */
function GrandTotal({ result }: { readonly result: BudgetResult }) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  return (
    <div className={styles.total}>
      <dl className={styles.pair}>
        <dt className={mergeClasses(text.caption, styles.totalLabel)}>{t("anggaran.total")}</dt>
        <dd className={styles.totalValue}>
          {result.totals.total === null ? t("anggaran.noBudgetColumn") : formatRupiah(result.totals.total)}
        </dd>
      </dl>
      <span className={mergeClasses(text.caption, text.secondary)}>{t("anggaran.sheet", { sheet: result.sheet })}</span>
    </div>
  );
}

/** After Tulis ke lembar: which sheets were written, and every note of the write. */
function Written({ result }: { readonly result: BudgetResult }) {
  const t = useT();
  const title =
    result.applied === 0
      ? t("anggaran.written.nothing")
      : t("anggaran.written.title", { sheets: result.sheetsWritten.join(", ") });
  return (
    <MessageBar intent="success" title={title}>
      <NoteList label={t("anggaran.notes.label")} notes={result.notes} />
    </MessageBar>
  );
}

/**
 * The budget part of the Anggaran view: the grand total, per sasaran, code, pelaksana and period,
 * and "Tulis ke lembar" with its options. The numbers stay on screen while a new run is in flight.
 */
export function BudgetPart({ state, dispatch, commands }: BudgetPartProps) {
  const t = useT();
  const styles = useStyles();
  const { budget, busy, written } = state;
  const result = budget?.ok ? budget : null;
  const notes = useMemo(() => (result ? planNotes(result.notes) : []), [result]);

  const onRefresh = useCallback(() => void commands.compute(), [commands]);
  const onRpd = useCallback((rpd: boolean) => dispatch({ type: "anggaran/rpdChanged", rpd }), [dispatch]);
  const onLag = useCallback((lag: Lag) => dispatch({ type: "anggaran/lagChanged", lag }), [dispatch]);
  const onView = useCallback((view: PeriodView) => dispatch({ type: "anggaran/periodViewChanged", view }), [dispatch]);

  return (
    <div className={styles.root}>
      <BudgetToolbar
        busy={busy !== null}
        periodKind={result?.totals.periodKind ?? "month"}
        rpd={state.rpd}
        lag={state.lag}
        onRefresh={onRefresh}
        onRpd={onRpd}
        onLag={onLag}
      />
      <section aria-label={t("anggaran.results.label")} aria-busy={busy !== null} className={styles.results}>
        {busy && <Spinner label={t(`anggaran.busy.${busy}`)} />}
        {written && <Written result={written} />}
        {budget && !budget.ok && <NoTableBar sheet={budget.sheet} />}
        {result && (
          <>
            <GrandTotal result={result} />
            <NoteList label={t("anggaran.notes.label")} notes={notes} />
            {/* Without a budget column there is nothing to break down: no tables of zeros. */}
            {result.totals.total !== null && <BudgetBreakdown totals={result.totals} />}
            {result.totals.total !== null && result.totals.periodKind !== "none" && (
              <PeriodBudget totals={result.totals} view={state.periodView} onView={onView} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
