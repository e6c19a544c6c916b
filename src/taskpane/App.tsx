import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useReducer, useRef, type Dispatch, type ReactNode } from "react";
import type { Severity } from "../core/findings";
import type { Lang } from "../core/i18n/lang";
import { AnggaranView } from "./components/anggaran/AnggaranView";
import { BantuanView } from "./components/bantuan/BantuanView";
import { CetakView } from "./components/cetak/CetakView";
import { KatalogView } from "./components/katalog/KatalogView";
import { TahunBaruView } from "./components/tahunBaru/TahunBaruView";
import { LangToggle } from "./components/LangToggle";
import { PeriksaView } from "./components/PeriksaView";
import { ViewIcon } from "./components/ViewIcon";
import { useAnggaran, type AnggaranCommands } from "./hooks/useAnggaran";
import { useCetak, type CetakCommands } from "./hooks/useCetak";
import { useKatalog, type KatalogCommands } from "./hooks/useKatalog";
import { useTahunBaru, type TahunBaruCommands } from "./hooks/useTahunBaru";
import { useJadwal, type JadwalCommands } from "./hooks/useJadwal";
import { usePeriksa, type PeriksaCommands } from "./hooks/usePeriksa";
import { langFromDisplayLanguage } from "./i18n/displayLanguage";
import { LangContext, useT } from "./i18n/useT";
import type { RibbonAction } from "./ribbonAction";
import { initialState, paneReducer, type PaneAction, type PaneState } from "./state/reducer";
import { Tabs } from "./ui/Tabs";
import { useTextStyles } from "./ui/text";
import { VIEWS, viewForAction, type ViewId } from "./views";

export interface AppProps {
  /** The ribbon button that opened the pane, or null when opened from the add-ins list. */
  readonly action: RibbonAction | null;
  /** Office's display language ("en-US", "id-ID"); English Office gets the English pane. */
  readonly displayLanguage?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  // The view bar spans the whole pane (across main's padding): six tabs get the full 320 px.
  views: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  panel: {
    minWidth: 0,
  },
});

/**
 * The task pane: a header with the language switch, a tab per feature (the ribbon's buttons), and the
 * selected feature's view. State lives in one reducer (state/reducer.ts); the views get it as props.
 * On open it reads the active sheet once, so the summary and the findings are there without a click.
 */
export function App({ action, displayLanguage }: AppProps) {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialState(langFromDisplayLanguage(displayLanguage), viewForAction(action)),
  );
  const commands = usePeriksa(state, dispatch);
  // After Tulis ke lembar the sheet has a JUMLAH row (and maybe subtotals): Periksa reads it again.
  const recheck = useCallback(() => commands.check(), [commands]);
  const anggaran = useAnggaran(state, dispatch, recheck);
  const jadwal = useJadwal(state, dispatch);
  // After Sisipkan and Tahun Baru, Periksa reads the (new) sheet again too.
  const katalog = useKatalog(state, dispatch, recheck);
  const tahunBaru = useTahunBaru(state, dispatch, recheck);
  const cetak = useCetak(state, dispatch);

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    void commands.check();
  }, [commands]);

  // Another view's result links to findings: Periksa, filtered to them, checks the active sheet again
  // and lists them (choosing one selects its cell).
  const showFindings = useCallback(
    (severity: Severity) => {
      dispatch({ type: "viewChanged", view: "periksa" });
      dispatch({ type: "filterChanged", filter: severity });
      void commands.check();
    },
    [commands],
  );

  const onLang = useCallback((lang: Lang) => dispatch({ type: "langChanged", lang }), []);
  const onTab = useCallback((view: ViewId) => dispatch({ type: "viewChanged", view }), []);

  return (
    <LangContext.Provider value={state.lang}>
      <Shell view={state.view} lang={state.lang} onLang={onLang} onTab={onTab}>
        {renderView(state, dispatch, { periksa: commands, anggaran, jadwal, katalog, tahunBaru, cetak, showFindings })}
      </Shell>
    </LangContext.Provider>
  );
}

/** Every view's commands, from the hooks App holds (their identities never change). */
interface ViewCommands {
  readonly periksa: PeriksaCommands;
  readonly anggaran: AnggaranCommands;
  readonly jadwal: JadwalCommands;
  readonly katalog: KatalogCommands;
  readonly tahunBaru: TahunBaruCommands;
  readonly cetak: CetakCommands;
  /** Periksa's findings of one severity, on the active sheet: from a result elsewhere (Tahun Baru's). */
  readonly showFindings: (severity: Severity) => void;
}

/** The selected view's content. */
function renderView(state: PaneState, dispatch: Dispatch<PaneAction>, commands: ViewCommands): ReactNode {
  switch (state.view) {
    case "periksa":
      return <PeriksaView state={state} dispatch={dispatch} commands={commands.periksa} />;
    case "anggaran":
      return (
        <AnggaranView
          state={state.anggaran}
          dispatch={dispatch}
          anggaran={commands.anggaran}
          jadwal={commands.jadwal}
        />
      );
    case "katalog":
      return (
        <KatalogView state={state.katalog} checked={state.result} dispatch={dispatch} commands={commands.katalog} />
      );
    case "tahunBaru":
      return (
        <TahunBaruView
          state={state.tahunBaru}
          dispatch={dispatch}
          commands={commands.tahunBaru}
          onShowFindings={commands.showFindings}
        />
      );
    case "cetak":
      return <CetakView state={state.cetak} dispatch={dispatch} commands={commands.cetak} />;
    case "bantuan":
      return <BantuanView />;
  }
}

interface ShellProps {
  readonly view: ViewId;
  readonly lang: Lang;
  readonly onLang: (lang: Lang) => void;
  readonly onTab: (view: ViewId) => void;
  /** The selected view's content. */
  readonly children: ReactNode;
}

function Shell({ view, lang, onLang, onTab, children }: ShellProps) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  const idPrefix = useId("rakit-view-");
  const tabId = (v: ViewId) => `${idPrefix}-${v}`;
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <div className={styles.title}>
          <h1 className={text.title}>{t("title")}</h1>
          <span className={mergeClasses(text.caption, text.secondary)}>{t("subtitle")}</span>
        </div>
        <LangToggle onChange={onLang} />
      </header>
      <Tabs
        label={t("views.label")}
        values={VIEWS}
        selected={view}
        onSelect={onTab}
        text={(v) => t(`view.${v}`)}
        tabId={tabId}
        icon={(v) => <ViewIcon view={v} />}
        className={styles.views}
      />
      <div role="tabpanel" aria-labelledby={tabId(view)} className={styles.panel}>
        {children}
      </div>
    </main>
  );
}
