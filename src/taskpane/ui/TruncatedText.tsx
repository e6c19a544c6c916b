import { makeStyles, mergeClasses, shorthands, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { focusRing } from "./focusRing";

export interface TruncatedTextProps {
  /** The text as shown, cut short ("Perencanaan Program dan …"). */
  readonly short: string;
  /** The whole text, shown on hover and on keyboard focus. */
  readonly full: string;
}

const useStyles = makeStyles({
  // The nearest positioned ancestor (AmountTable's table) holds the tip: it spans the table's width
  // under the text, so it never sticks out of the pane.
  root: {
    cursor: "help",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textDecorationColor: tokens.colorNeutralStroke1,
    ...focusRing,
  },
  tip: {
    display: "none",
    position: "absolute",
    left: 0,
    right: 0,
    zIndex: 2,
    marginTop: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    pointerEvents: "none",
  },
  shown: {
    ":hover > [role=tooltip]": { display: "block" },
    ":focus > [role=tooltip]": { display: "block" },
  },
});

/**
 * Text cut short to fit a narrow column, whose whole text shows on hover and on focus (Fluent's
 * tooltip for truncated text, by CSS alone): it is in the tab order for that, the tooltip names it as
 * its description, and Escape hides the tooltip until the pointer or focus leaves.
 */
export function TruncatedText({ short, full }: TruncatedTextProps) {
  const styles = useStyles();
  const id = useId("rakit-tip-");
  const [dismissed, setDismissed] = useState(false);
  if (short === full) return <>{full}</>;
  const reset = () => setDismissed(false);
  return (
    <span
      tabIndex={0}
      aria-describedby={id}
      className={mergeClasses(styles.root, !dismissed && styles.shown)}
      onKeyDown={(event) => {
        if (event.key === "Escape") setDismissed(true);
      }}
      onBlur={reset}
      onMouseLeave={reset}
    >
      {short}
      <span role="tooltip" id={id} className={styles.tip}>
        {full}
      </span>
    </span>
  );
}
