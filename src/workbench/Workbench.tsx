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
import { useCallback, useEffect, useMemo, useState } from "react";
import type { HostOptions } from "../host";
import { langFromDisplayLanguage } from "../taskpane/i18n/displayLanguage";
import type { RibbonAction } from "../taskpane/ribbonAction";
import { downloadWorkbook, fetchWorkbook, readWorkbookFile } from "./files";
import { ID_ID, type GridLocale } from "./grid/locale";
import { makeT } from "../core/i18n/translate";
import { WorkbenchLangContext } from "./i18n";
import { PaneHost } from "./PaneHost";
import { describeProblem, type Problem } from "./problems";
import { WorkbenchSession, type WorkbenchSessionOptions } from "./session";
import { SheetArea } from "./SheetArea";
import { WorkbenchToolbar } from "./WorkbenchToolbar";

export interface WorkbenchProps {
  /** The bundled sample RAK, opened at start. */
  readonly sampleUrl: string;
  readonly sampleName: string;
  readonly hostOptions?: HostOptions;
  /** Office's display language ("en-US"): the workbench's own words, and the pane's first language. */
  readonly displayLanguage?: string;
  readonly action: RibbonAction | null;
  /** The regional settings the grid shows numbers in (Indonesian when absent); see grid/locale.ts. */
  readonly locale?: GridLocale;
  /** How the workbook's session behaves (e.g. a slow Excel, for trying races by hand). */
  readonly sessionOptions?: WorkbenchSessionOptions;
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
  technical: { marginTop: tokens.spacingVerticalXS, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  waiting: { margin: "auto" },
});

/**
 * The add-in without Excel: a workbook in the in-memory host, drawn as a grid, beside the real task
 * pane on the host's session. Opens with the sample RAK; "Buka berkas" loads any .xlsx, "Unduh" saves
 * the workbook as edited. Each opened workbook gets a new host and session, and with it a fresh pane.
 */
export function Workbench(props: WorkbenchProps) {
  const { sampleUrl, sampleName, hostOptions, displayLanguage, action, locale = ID_ID, sessionOptions } = props;
  const styles = useStyles();
  const lang = langFromDisplayLanguage(displayLanguage);
  const t = useMemo(() => makeT(lang, "workbench"), [lang]);
  const [book, setBook] = useState<Book | null>(null);
  const [busy, setBusy] = useState<string | null>(t("loadingSample"));
  const [problem, setProblem] = useState<Problem | null>(null);
  const fail = useCallback(
    (title: string) => (error: unknown) => setProblem(describeProblem(title, error, t, lang)),
    [t, lang],
  );

  useEffect(() => {
    let live = true;
    fetchWorkbook(sampleUrl, hostOptions)
      .then((host) => live && setBook({ session: new WorkbenchSession(host, sessionOptions), fileName: sampleName }))
      .catch((error: unknown) => live && fail(t("sampleFailed"))(error))
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, [sampleUrl, sampleName, hostOptions, sessionOptions, fail, t]);

  const onOpen = useCallback(
    (file: File) => {
      setBusy(t("opening", { name: file.name }));
      setProblem(null);
      readWorkbookFile(file, hostOptions)
        .then((host) => setBook({ session: new WorkbenchSession(host, sessionOptions), fileName: file.name }))
        .catch(fail(t("openFailed", { name: file.name })))
        .finally(() => setBusy(null));
    },
    [hostOptions, sessionOptions, fail, t],
  );

  const onDownload = useCallback(() => {
    if (!book) return;
    downloadWorkbook(book.session.host, book.fileName).catch(fail(t("saveFailed")));
  }, [book, fail, t]);

  return (
    <WorkbenchLangContext.Provider value={lang}>
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
              {problem.technical && (
                <details className={styles.technical}>
                  <summary>{t("technical")}</summary>
                  <code lang="en">{problem.technical}</code>
                </details>
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setProblem(null)}>
                {t("dismiss")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div className={styles.body}>
          {/* Not <main>: the pane has its own <main>, and in Office it is a page of its own. */}
          <section className={styles.main} aria-label={t("workbook")}>
            {busy !== null && <Spinner className={styles.waiting} label={busy} />}
            {book && busy === null && <SheetArea session={book.session} locale={locale} onProblem={setProblem} />}
          </section>
          {book && <PaneHost session={book.session} displayLanguage={displayLanguage} action={action} />}
        </div>
      </div>
    </WorkbenchLangContext.Provider>
  );
}
