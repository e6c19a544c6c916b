import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface ActionBarProps {
  /** The group's name for screen readers, e.g. "Tindakan Katalog". */
  readonly label: string;
  /** The view's main action (a primary Button), and at most one or two short companions. */
  readonly children: ReactNode;
  /**
   * What the last action did, read out when it changes (a polite live region). Shown in the bar, so
   * the answer to a click appears beside the button clicked, whatever the scroll.
   */
  readonly status?: string;
}

/**
 * The pane's horizontal padding (App's main): the bar reaches across it to the pane's edges, so
 * content scrolling under it does not show at its sides.
 */
const PANE_PADDING = tokens.spacingHorizontalM;

const useStyles = makeStyles({
  root: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginLeft: `calc(-1 * ${PANE_PADDING})`,
    marginRight: `calc(-1 * ${PANE_PADDING})`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: PANE_PADDING,
    paddingRight: PANE_PADDING,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  status: {
    minHeight: tokens.lineHeightBase200,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

/**
 * A view's main action, kept on screen: the bar sticks to the bottom of the pane while the view
 * scrolls (Buat RAK under a long review, Sisipkan after ticking the last Katalog entry), and sits
 * right after the content when the view is short. Every view ends with one.
 */
export function ActionBar({ label, children, status }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div role="group" aria-label={label} className={styles.actions}>
        {children}
      </div>
      {status !== undefined && (
        <div role="status" className={styles.status}>
          {status}
        </div>
      )}
    </div>
  );
}
