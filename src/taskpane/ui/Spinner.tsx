import { makeStyles, shorthands, tokens, useId } from "@fluentui/react-components";

export interface SpinnerProps {
  /** What is going on, shown beside the spinner and read as its name. */
  readonly label: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  ring: {
    flexShrink: 0,
    boxSizing: "border-box",
    width: tokens.spacingHorizontalL,
    height: tokens.spacingHorizontalL,
    ...shorthands.borderWidth(tokens.strokeWidthThick),
    ...shorthands.borderStyle("solid"),
    ...shorthands.borderColor(tokens.colorBrandStroke2),
    borderTopColor: tokens.colorBrandStroke1,
    borderRadius: tokens.borderRadiusCircular,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
});

/** An indeterminate progress indicator with its label, like Fluent's Spinner (role progressbar, named by the label). */
export function Spinner({ label }: SpinnerProps) {
  const styles = useStyles();
  const labelId = useId("rakit-spinner-");
  return (
    <div role="progressbar" aria-labelledby={labelId} className={styles.root}>
      <span aria-hidden="true" className={styles.ring} />
      <span id={labelId}>{label}</span>
    </div>
  );
}
