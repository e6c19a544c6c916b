import { makeStyles, MessageBar, MessageBarBody, tokens, useId } from "@fluentui/react-components";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { activateSheet, clearCells, selectCells, writeCell } from "./commands";
import { buildGridView, GRID_LIMITS, gridLayout } from "./grid/gridView";
import { toInvariantInput, type GridLocale } from "./grid/locale";
import { FIRST_WINDOW, type RowWindow } from "./grid/rowWindow";
import { SheetGrid } from "./grid/SheetGrid";
import { useWorkbenchLang, useWorkbenchT } from "./i18n";
import { describeProblem, type Problem } from "./problems";
import type { WorkbenchSession } from "./session";
import { SheetTabs } from "./SheetTabs";

export interface SheetAreaProps {
  readonly session: WorkbenchSession;
  /** The regional settings numbers are shown and typed in. */
  readonly locale: GridLocale;
  readonly onProblem: (problem: Problem) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
  },
  note: { flexShrink: 0, margin: tokens.spacingHorizontalS },
  panel: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minHeight: 0,
  },
});

/**
 * The active sheet of the session's workbook as a grid, with its sheet tabs. It re-reads the model
 * after every batch anyone runs (the pane selecting a finding, Sorot di lembar, the user typing), so
 * what it shows is the workbook as it is now; it reads only the rows drawn (the grid's window).
 */
export function SheetArea({ session, locale, onProblem }: SheetAreaProps) {
  const styles = useStyles();
  const t = useWorkbenchT();
  const lang = useWorkbenchLang();
  const revision = useSyncExternalStore(session.subscribe, session.getRevision);
  const workbook = session.host.workbook;

  const sheet = workbook.activeSheet;
  const [drawn, setDrawn] = useState<{ readonly sheet: string; readonly rows: RowWindow } | null>(null);
  // Another sheet starts at its top (its grid is a new one, scrolled to the top).
  const rowWindow = sheet && drawn?.sheet === sheet.name ? drawn.rows : FIRST_WINDOW;
  // The model is mutated in place; the revision says when to read it again.
  const layout = useMemo(() => (sheet ? gridLayout(sheet) : null), [sheet, revision]);
  const view = useMemo(
    () => (sheet && layout ? buildGridView(workbook, sheet, { window: rowWindow, layout, locale }) : null),
    [workbook, sheet, layout, rowWindow, locale],
  );
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
  const sheetName = sheet?.name ?? "";
  const onWindow = useCallback(
    (rows: RowWindow) =>
      setDrawn((now) =>
        now?.sheet === sheetName && now.rows.top === rows.top && now.rows.bottom === rows.bottom
          ? now
          : { sheet: sheetName, rows },
      ),
    [sheetName],
  );

  const idPrefix = useId("rakit-sheet-");
  const tabId = useCallback((name: string) => `${idPrefix}-${visible.indexOf(name)}`, [idPrefix, visible]);
  const fail = useCallback(
    (title: string) => (error: unknown) => onProblem(describeProblem(title, error, t, lang)),
    [onProblem, t, lang],
  );

  if (!sheet || !view) {
    return (
      <section className={styles.root}>
        <MessageBar intent="warning" className={styles.note}>
          <MessageBarBody>{t("noSheet")}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const name = sheet.name;
  return (
    <section className={styles.root}>
      {view.truncated && (
        <MessageBar intent="info" className={styles.note}>
          <MessageBarBody>{t("truncated", { cols: GRID_LIMITS.cols })}</MessageBarBody>
        </MessageBar>
      )}
      {/* With several sheets the grid is the tab panel of the active sheet's tab. */}
      <div
        className={styles.panel}
        role={visible.length > 1 ? "tabpanel" : undefined}
        aria-labelledby={visible.length > 1 ? tabId(name) : undefined}
      >
        <SheetGrid
          key={name}
          view={view}
          onWindow={onWindow}
          merges={sheet.merges}
          onSelect={(address) => void selectCells(session, name, address).catch(fail(t("editFailed")))}
          onWrite={(address, text, then) =>
            void writeCell(session, name, address, toInvariantInput(text, locale), then).catch(fail(t("editFailed")))
          }
          onClear={(address) => void clearCells(session, name, address).catch(fail(t("editFailed")))}
        />
      </div>
      <SheetTabs
        sheets={visible}
        active={name}
        tabId={tabId}
        onActivate={(target) => void activateSheet(session, target).catch(fail(t("sheetFailed")))}
      />
    </section>
  );
}
