import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ExcelSession } from "../excel/session";
import { mountTaskpane } from "../taskpane/mountTaskpane";
import type { RibbonAction } from "../taskpane/ribbonAction";

export interface PaneHostProps {
  readonly session: ExcelSession;
  readonly displayLanguage?: string;
  readonly action: RibbonAction | null;
}

/** Office's task pane width on Windows and the width Rakit's pane is designed for. */
export const PANE_WIDTH = 350;

/** The pane's container element id (tests and screenshots find the pane by it). */
export const PANE_ID = "rakit-pane";

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    width: `${PANE_WIDTH}px`,
    overflowY: "auto",
    overflowX: "hidden",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * The real task pane, mounted exactly as Office mounts it (mountTaskpane in its own React root), on
 * the workbench's session. A new session (another workbook opened) mounts a fresh pane, which reads
 * the new workbook on open, as Excel's pane would when opened on another workbook.
 */
export function PaneHost({ session, displayLanguage, action }: PaneHostProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const container = document.createElement("div");
    host.appendChild(container);
    const pane = mountTaskpane(container, { session, displayLanguage, action });
    return () => {
      // React refuses to unmount a root while it is rendering this one; hide now, unmount after.
      container.hidden = true;
      setTimeout(() => {
        pane.unmount();
        container.remove();
      }, 0);
    };
  }, [session, displayLanguage, action]);

  // A plain element, not a landmark: the pane brings its own <main>, as it would as Office's page.
  return <div ref={ref} id={PANE_ID} className={styles.root} />;
}
