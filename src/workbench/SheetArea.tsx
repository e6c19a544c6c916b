import { makeStyles, MessageBar, MessageBarBody, tokens, useId } from "@fluentui/react-components";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { activateSheet, clearCells, selectCells, writeCell } from "./commands";
import { buildGridView, GRID_LIMITS } from "./grid/gridView";
import { SheetGrid } from "./grid/SheetGrid";
import { describeError, type Problem } from "./problems";
import type { WorkbenchSession } from "./session";
import { SheetTabs } from "./SheetTabs";
import { TEXT } from "./strings";

export interface SheetAreaProps {
  readonly session: WorkbenchSession;
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
 * what it shows is the workbook as it is now.
 */
export function SheetArea({ session, onProblem }: SheetAreaProps) {
  const styles = useStyles();
  const revision = useSyncExternalStore(session.subscribe, session.getRevision);
  const workbook = session.host.workbook;

  const sheet = workbook.activeSheet;
  // The model is mutated in place; the revision says when to read it again.
  const view = useMemo(() => (sheet ? buildGridView(workbook, sheet) : null), [workbook, sheet, revision]);
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);

  const idPrefix = useId("rakit-sheet-");
  const tabId = useCallback((name: string) => `${idPrefix}-${visible.indexOf(name)}`, [idPrefix, visible]);
  const fail = useCallback(
    (title: string) => (error: unknown) => onProblem({ title, detail: describeError(error) }),
    [onProblem],
  );

  if (!sheet || !view) {
    return (
      <section className={styles.root}>
        <MessageBar intent="warning" className={styles.note}>
          <MessageBarBody>{TEXT.noSheet}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const name = sheet.name;
  return (
    <section className={styles.root}>
      {view.truncated && (
        <MessageBar intent="info" className={styles.note}>
          <MessageBarBody>{TEXT.truncated(GRID_LIMITS.rows, GRID_LIMITS.cols)}</MessageBarBody>
        </MessageBar>
      )}
      {/* With several sheets the grid is the tab panel of the active sheet's tab. */}
      <div
        className={styles.panel}
        role={visible.length > 1 ? "tabpanel" : undefined}
        aria-labelledby={visible.length > 1 ? tabId(name) : undefined}
      >
        <SheetGrid
          view={view}
          merges={sheet.merges}
          onSelect={(address) => void selectCells(session, name, address).catch(fail(TEXT.editFailed))}
          onWrite={(address, text, then) =>
            void writeCell(session, name, address, text, then).catch(fail(TEXT.editFailed))
          }
          onClear={(address) => void clearCells(session, name, address).catch(fail(TEXT.editFailed))}
        />
      </div>
      <SheetTabs
        sheets={visible}
        active={name}
        tabId={tabId}
        onActivate={(target) => void activateSheet(session, target).catch(fail(TEXT.sheetFailed))}
      />
    </section>
  );
}
