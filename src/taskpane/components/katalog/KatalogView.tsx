import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, type Dispatch } from "react";
import type { CheckResult } from "../../../app/periksa";
import type { NewRow } from "../../../core/insert";
import { filledEntry, groupByCode, officeNamesOf, searchEntries } from "../../../core/catalog";
import { translateKey } from "../../../core/i18n/translate";
import type { KatalogCommands } from "../../hooks/useKatalog";
import { useLang, useT, type PaneT } from "../../i18n/useT";
import type { KatalogState } from "../../state/katalog";
import type { PaneAction } from "../../state/reducer";
import { countFindings } from "../../state/selectors";
import { ActionBar } from "../../ui/ActionBar";
import { Button } from "../../ui/Button";
import { MessageBar } from "../../ui/MessageBar";
import { Spinner } from "../../ui/Spinner";
import { TextField } from "../../ui/TextField";
import { useTextStyles } from "../../ui/text";
import { NoteList } from "../anggaran/NoteList";
import { ErrorBar } from "../ErrorBar";
import { CatalogProblemBar } from "./CatalogProblemBar";
import { EntryGroup } from "./EntryGroup";

export interface KatalogViewProps {
  readonly state: KatalogState;
  /** Periksa's latest result: its counts are shown after an insert (Periksa runs again). */
  readonly checked: CheckResult | null;
  readonly dispatch: Dispatch<PaneAction>;
  readonly commands: KatalogCommands;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  count: { flexGrow: 1, flexBasis: "12em" },
  plain: { margin: 0 },
});

function noticeText(t: PaneT, state: KatalogState): string {
  switch (state.notice) {
    case null:
      return "";
    case "loaded":
      return state.loaded?.ok
        ? t("katalog.notice.loaded", { count: state.loaded.catalog.entries.length, inPlan: state.loaded.inPlan.size })
        : state.loaded?.reason === "no-table"
          ? t("katalog.notice.noPlan")
          : "";
    case "inserted":
      return t("katalog.notice.inserted", { count: state.inserted?.ok ? state.inserted.newRows.length : 0 });
    case "refused":
      return t("katalog.notice.refused");
  }
}

function RowList({ rows }: { readonly rows: readonly NewRow[] }) {
  const t = useT();
  const styles = useStyles();
  return (
    <ul aria-label={t("katalog.inserted.label")} className={styles.list}>
      {rows.map((r) => (
        <li key={`${r.entryId}|${r.row}`}>
          {t("katalog.inserted.row", { row: r.row + 1, block: r.blockNo, kegiatan: r.kegiatan })}
        </li>
      ))}
    </ul>
  );
}

/**
 * Katalog: search the catalog (accents, case and word order do not matter), entries grouped by code
 * with the code's season and the entries the plan already has marked; choose some, then Sisipkan.
 * The rows go into their code's block (or a new block in code order), selected in the sheet, and
 * Periksa reads the sheet again.
 */
export function KatalogView({ state, checked, dispatch, commands }: KatalogViewProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const { busy, failure, loaded, query, selected, inserted } = state;

  // First showing, and after an insert (the marks changed): read the catalog beside the plan. Not
  // after a failure (dismissing it tries again), and not while an operation runs.
  useEffect(() => {
    if (busy === null && failure === null && loaded === null) void commands.load();
  }, [busy, failure, loaded, commands]);

  const ready = loaded?.ok ? loaded : null;
  const entries = useMemo(() => {
    if (!ready) return [];
    const names = officeNamesOf(ready.plan);
    return ready.catalog.entries.map((e) => filledEntry(e, names));
  }, [ready]);
  const groups = useMemo(() => groupByCode(searchEntries(entries, query)), [entries, query]);
  const shown = useMemo(() => groups.reduce((n, g) => n + g.entries.length, 0), [groups]);
  const chosen = useMemo(() => new Set(selected), [selected]);

  const onQuery = useCallback((q: string) => dispatch({ type: "katalog/queryChanged", query: q }), [dispatch]);
  const onToggle = useCallback(
    (id: string, c: boolean) => dispatch({ type: "katalog/toggled", id, chosen: c }),
    [dispatch],
  );
  const onInsert = useCallback(() => void commands.insert(), [commands]);
  const onRefresh = useCallback(() => void commands.load(), [commands]);
  const onDismiss = useCallback(() => dispatch({ type: "katalog/failureDismissed" }), [dispatch]);

  const counts = state.rechecked && checked?.analysis.plan ? countFindings(checked.analysis.findings) : null;

  return (
    <div className={styles.root}>
      {loaded && !loaded.ok && loaded.reason === "catalog" && (
        <CatalogProblemBar sheet={loaded.sheet} errors={loaded.errors} />
      )}
      <TextField
        type="search"
        label={t("katalog.search")}
        hint={t("katalog.searchHint")}
        value={query}
        onChange={onQuery}
      />
      {failure && <ErrorBar failure={failure} onDismiss={onDismiss} />}
      {inserted?.ok && (
        <MessageBar intent="success" title={t("katalog.inserted.title", { sheet: inserted.sheet })}>
          <RowList rows={inserted.newRows} />
          <NoteList label={t("katalog.notes.label")} notes={inserted.notes} />
          {counts && (
            <p className={styles.plain}>{t("katalog.checked", { errors: counts.error, warnings: counts.warning })}</p>
          )}
        </MessageBar>
      )}
      {inserted && !inserted.ok && inserted.reason === "refused" && (
        <MessageBar intent="warning" title={t("katalog.refused.title")}>
          {translateKey(lang, inserted.note.key, inserted.note.params)}
        </MessageBar>
      )}
      <section aria-label={t("katalog.results.label")} aria-busy={busy !== null} className={styles.results}>
        {busy === "katalogLoad" && <Spinner label={t("katalog.busy.load")} />}
        {busy === "katalogInsert" && <Spinner label={t("katalog.busy.insert")} />}
        {loaded && !loaded.ok && loaded.reason === "no-table" && (
          <MessageBar intent="warning" title={t("noPlan.title")}>
            {t("katalog.noPlan", { sheet: loaded.sheet })}
          </MessageBar>
        )}
        {ready && (
          <div className={styles.toolbar}>
            <p className={mergeClasses(text.caption, text.secondary, styles.plain, styles.count)}>
              {t("katalog.count", { shown, total: entries.length, catalog: ready.catalog.name })}
              {" · "}
              {t("katalog.inPlanCount", { count: ready.inPlan.size })}
            </p>
            <Button size="small" disabledFocusable={busy !== null} onClick={onRefresh}>
              {t("katalog.action.refresh")}
            </Button>
          </div>
        )}
        {ready && groups.length === 0 && <p className={text.body}>{t("katalog.none", { query })}</p>}
        {ready &&
          groups.map((g) => (
            <EntryGroup
              key={g.code}
              group={g}
              inPlan={ready.inPlan}
              selected={chosen}
              busy={busy !== null}
              onToggle={onToggle}
            />
          ))}
      </section>
      <ActionBar label={t("katalog.toolbar.label")} status={noticeText(t, state)}>
        <Button
          appearance="primary"
          disabledFocusable={busy !== null || selected.length === 0 || !ready}
          onClick={onInsert}
        >
          {selected.length === 0
            ? t("katalog.action.insert")
            : t("katalog.action.insertCount", { count: selected.length })}
        </Button>
      </ActionBar>
    </div>
  );
}
