import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { focusRing } from "./focusRing";

export interface TabsProps<T extends string> {
  /** The tab list's accessible name. */
  readonly label: string;
  readonly values: readonly T[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
  readonly text: (value: T) => string;
  /** Id of a tab, for the tab panel's aria-labelledby. */
  readonly tabId: (value: T) => string;
  /**
   * A tab's icon, drawn above a small label (Office's tab bar): the tabs then share one row, each as
   * wide as its label, so six views fit a 320 px pane. Without icons, tabs are text on one line.
   */
  readonly icon?: (value: T) => ReactNode;
  readonly className?: string;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "nowrap",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bar: { columnGap: 0 },
  tab: {
    position: "relative",
    flexShrink: 0,
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    border: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: 0,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground2Hover, borderBottomColor: tokens.colorNeutralStroke1Hover },
    ...focusRing,
  },
  // Icon over label; the row's width shared out in proportion to the labels, never wrapping.
  barTab: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: "auto",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ":hover": { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorCompoundBrandStroke },
  },
  barSelected: {
    color: tokens.colorCompoundBrandForeground1,
    ":hover": { color: tokens.colorCompoundBrandForeground1Hover },
  },
  // The label and, hidden on top of it, its bold copy: a tab is always as wide as its selected form,
  // so selecting one moves nothing (Fluent TabList's reserved space).
  stack: { display: "inline-grid" },
  layer: { gridArea: "1 / 1", whiteSpace: "nowrap" },
  reserved: { visibility: "hidden", fontWeight: tokens.fontWeightSemibold },
  bold: { fontWeight: tokens.fontWeightSemibold },
  barLabel: {
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

const MOVES: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * A WAI-ARIA tab list (Fluent TabList's look): one tab in the tab order, arrow keys / Home / End move
 * and select. The tabs stay on one row and keep their place when one is selected: no layout shift.
 *
 * Not Fluent's TabList: in Chromium, 9.74's TabList and Toolbar put tabster's focus guards in the page
 * (<i tabindex="0" aria-hidden="true" data-tabster-dummy>, four for one of each), which axe reports as
 * aria-hidden-focus (serious); they also bring tabster's weight into the pane's bundle.
 */
export function Tabs<T extends string>(props: TabsProps<T>) {
  const { label, values, selected, onSelect, text, tabId, icon, className } = props;
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = values[move(values.indexOf(selected), values.length)];
    if (next === undefined) return;
    onSelect(next);
    list.current?.ownerDocument.getElementById(tabId(next))?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={label}
      className={mergeClasses(styles.list, icon && styles.bar, className)}
      ref={list}
      onKeyDown={onKeyDown}
    >
      {values.map((value) => {
        const isSelected = value === selected;
        return (
          <button
            key={value}
            type="button"
            role="tab"
            id={tabId(value)}
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(
              styles.tab,
              icon && styles.barTab,
              isSelected && styles.selected,
              isSelected && icon && styles.barSelected,
            )}
            onClick={() => onSelect(value)}
          >
            {icon ? (
              <>
                {icon(value)}
                <span className={styles.barLabel}>{text(value)}</span>
              </>
            ) : (
              <span className={styles.stack}>
                <span className={mergeClasses(styles.layer, isSelected && styles.bold)}>{text(value)}</span>
                <span aria-hidden="true" className={mergeClasses(styles.layer, styles.reserved)}>
                  {text(value)}
                </span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
