import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, type Dispatch } from "react";
import type { PeriksaCommands } from "../hooks/usePeriksa";
import { formatNoTable } from "../../core/i18n/noTable";
import { useLang, useT, type PaneT } from "../i18n/useT";
import type { Notice, PaneAction, PaneState, SeverityFilter as Filter } from "../state/reducer";
import { countFindings, planFacts } from "../state/selectors";
import { ActionBar } from "../ui/ActionBar";
import { Button } from "../ui/Button";
import { Spinner } from "../ui/Spinner";
import { ErrorBar } from "./ErrorBar";
import { CatalogProblemBar } from "./katalog/CatalogProblemBar";
import { FindingsList } from "./FindingsList";
import { HeaderPicker } from "./HeaderPicker";
import { SeverityFilter } from "./SeverityFilter";
import { Summary } from "./Summary";
import { Toolbar } from "./Toolbar";

export interface PeriksaViewProps {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly commands: PeriksaCommands;
}

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
});

const BUSY_KEY = { check: "busy.check", highlight: "busy.highlight", clear: "busy.clear" } as const;

function noticeText(t: PaneT, notice: Notice, state: PaneState): string {
  if (notice === "highlighted") return t("notice.highlighted");
  if (notice === "cleared") return t("notice.cleared");
  if (!state.result?.analysis.plan) return t("notice.noPlan");
  const counts = countFindings(state.result.analysis.findings);
  return t("notice.checked", { errors: counts.error, warnings: counts.warning });
}

/**
 * Periksa: the summary of the RAK on the active sheet and its findings, as soon as a check has a
 * result (the pane checks the sheet on open). Results stay on screen (aria-busy) while a new run is in
 * flight, so a re-run doesn't make the pane jump; Periksa stays pressable during a check (it queues one more).
 */
export function PeriksaView({ state, dispatch, commands }: PeriksaViewProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { result, busy, failure, notice } = state;
  const plan = result?.analysis.plan ?? null;
  const findings = result?.analysis.findings;
  const counts = useMemo(() => countFindings(findings ?? []), [findings]);
  const facts = useMemo(() => (plan ? planFacts(plan) : null), [plan]);

  const onPeriksa = useCallback(() => void commands.check(), [commands]);
  const onReread = useCallback((row: number) => void commands.check({ headerRow: row }), [commands]);
  const onHighlight = useCallback(() => void commands.highlight(), [commands]);
  const onClear = useCallback(() => void commands.clear(), [commands]);
  const onSelect = useCallback((address: string) => void commands.select(address), [commands]);
  const onFilter = useCallback((filter: Filter) => dispatch({ type: "filterChanged", filter }), [dispatch]);
  const onMore = useCallback(() => dispatch({ type: "moreShown" }), [dispatch]);
  const onDismiss = useCallback(() => dispatch({ type: "failureDismissed" }), [dispatch]);

  return (
    <div className={styles.root}>
      <Toolbar
        busy={busy !== null}
        canHighlight={plan !== null}
        canClear={result !== null}
        onHighlight={onHighlight}
        onClear={onClear}
      />
      {failure && <ErrorBar failure={failure} onDismiss={onDismiss} />}
      {result?.catalogProblem && (
        <CatalogProblemBar sheet={result.catalogProblem.sheet} errors={result.catalogProblem.errors} />
      )}
      <section aria-label={t("results.label")} aria-busy={busy !== null} className={styles.results}>
        {busy && <Spinner label={t(BUSY_KEY[busy])} />}
        {result && !plan && (
          <HeaderPicker
            key={`${state.runs}`}
            sheet={result.analysis.sheet}
            triedRow={state.headerRow}
            {...(result.analysis.noTable ? { why: formatNoTable(result.analysis.noTable, lang) } : {})}
            busy={busy !== null}
            onReread={onReread}
          />
        )}
        {result && facts && <Summary sheet={result.analysis.sheet} facts={facts} counts={counts} />}
        {result && plan && findings && (
          <>
            <SeverityFilter filter={state.filter} counts={counts} onChange={onFilter} />
            <FindingsList
              findings={findings}
              counts={counts}
              filter={state.filter}
              limit={state.listLimit}
              onSelect={onSelect}
              onMore={onMore}
            />
          </>
        )}
      </section>
      <ActionBar label={t("toolbar.label")} status={notice ? noticeText(t, notice, state) : ""}>
        {/* Pressable during a check too: the click then runs one more check after it, never lost. */}
        <Button appearance="primary" disabledFocusable={busy === "highlight" || busy === "clear"} onClick={onPeriksa}>
          {t("action.periksa")}
        </Button>
      </ActionBar>
    </div>
  );
}
