import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { HostOptions } from "../host";
import type { RibbonAction } from "../taskpane/ribbonAction";
import { downloadWorkbook, fetchWorkbook, readWorkbookFile } from "./files";
import { PaneHost } from "./PaneHost";
import { describeError, type Problem } from "./problems";
import { WorkbenchSession } from "./session";
import { SheetArea } from "./SheetArea";
import { TEXT } from "./strings";
import { WorkbenchToolbar } from "./WorkbenchToolbar";

export interface WorkbenchProps {
  /** The bundled sample RAK, opened at start. */
  readonly sampleUrl: string;
  readonly sampleName: string;
  readonly hostOptions?: HostOptions;
  /** Passed on to the pane, as Office's display language would be ("en-US"). */
  readonly displayLanguage?: string;
  readonly action: RibbonAction | null;
}

interface Book {
  readonly session: WorkbenchSession;
  readonly fileName: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
  },
  problem: { flexShrink: 0 },
  waiting: { margin: "auto" },
});

/**
 * The add-in without Excel: a workbook in the in-memory host, drawn as a grid, beside the real task
 * pane on the host's session. Opens with the sample RAK; "Buka berkas" loads any .xlsx, "Unduh" saves
 * the workbook as edited. Each opened workbook gets a new host and session, and with it a fresh pane.
 */
export function Workbench({ sampleUrl, sampleName, hostOptions, displayLanguage, action }: WorkbenchProps) {
  const styles = useStyles();
  const [book, setBook] = useState<Book | null>(null);
  const [busy, setBusy] = useState<string | null>(TEXT.loadingSample);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    fetchWorkbook(sampleUrl, hostOptions)
      .then((host) => live && setBook({ session: new WorkbenchSession(host), fileName: sampleName }))
      .catch((error: unknown) => live && setProblem({ title: TEXT.sampleFailed, detail: describeError(error) }))
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, [sampleUrl, sampleName, hostOptions]);

  const onOpen = useCallback(
    (file: File) => {
      setBusy(TEXT.opening(file.name));
      setProblem(null);
      readWorkbookFile(file, hostOptions)
        .then((host) => setBook({ session: new WorkbenchSession(host), fileName: file.name }))
        .catch((error: unknown) => setProblem({ title: TEXT.openFailed(file.name), detail: describeError(error) }))
        .finally(() => setBusy(null));
    },
    [hostOptions],
  );

  const onDownload = useCallback(() => {
    if (!book) return;
    downloadWorkbook(book.session.host, book.fileName).catch((error: unknown) =>
      setProblem({ title: TEXT.saveFailed, detail: describeError(error) }),
    );
  }, [book]);

  return (
    <div className={styles.root}>
      <WorkbenchToolbar
        fileName={book?.fileName ?? null}
        busy={busy !== null}
        onOpen={onOpen}
        onDownload={onDownload}
      />
      {problem && (
        <MessageBar intent="error" className={styles.problem}>
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            {problem.detail}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setProblem(null)}>
              {TEXT.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.body}>
        {/* Not <main>: the pane has its own <main>, and in Office it is a page of its own. */}
        <section className={styles.main} aria-label={TEXT.workbook}>
          {busy !== null && <Spinner className={styles.waiting} label={busy} />}
          {book && busy === null && <SheetArea session={book.session} onProblem={setProblem} />}
        </section>
        {book && <PaneHost session={book.session} displayLanguage={displayLanguage} action={action} />}
      </div>
    </div>
  );
}
