import { makeStyles, tokens } from "@fluentui/react-components";
import { Tabs } from "../taskpane/ui/Tabs";
import { useWorkbenchT } from "./i18n";

export interface SheetTabsProps {
  /** The visible sheets, in workbook order. */
  readonly sheets: readonly string[];
  readonly active: string;
  readonly onActivate: (sheet: string) => void;
  /** Id of a sheet's tab, for the grid's tabpanel (aria-labelledby). */
  readonly tabId: (sheet: string) => string;
}

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    overflowX: "auto",
    paddingLeft: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * Sheet tabs under the grid, as in Excel; only when the workbook has more than one visible sheet. The
 * pane's own tab list (a plain WAI-ARIA one: Fluent's TabList adds focus-trap placeholders that axe
 * reports as aria-hidden-focus).
 */
export function SheetTabs({ sheets, active, onActivate, tabId }: SheetTabsProps) {
  const styles = useStyles();
  const t = useWorkbenchT();
  if (sheets.length < 2) return null;
  return (
    <div className={styles.root}>
      <Tabs
        label={t("sheetTabs")}
        values={sheets}
        selected={active}
        onSelect={onActivate}
        text={(s) => s}
        tabId={tabId}
      />
    </div>
  );
}
