import { Body1, Caption1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { RIBBON_ACTION_LABELS, type RibbonAction } from "./ribbonAction";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    flexDirection: "column",
  },
  placeholder: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
});

export interface AppProps {
  /** The ribbon button that opened the pane, or null when opened from the add-ins list. */
  readonly action: RibbonAction | null;
}

/** The task pane shell. Placeholder for now: the checks and edits arrive with src/excel and src/core. */
export function App({ action }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1">Rakit</Title2>
        <Caption1>Rencana Aksi Kinerja</Caption1>
      </header>
      <section className={styles.placeholder} aria-live="polite">
        <Body1>
          {action
            ? `${RIBBON_ACTION_LABELS[action]}: fitur ini sedang disiapkan.`
            : "Pilih tombol di tab RAK untuk memulai."}
        </Body1>
      </section>
    </main>
  );
}
