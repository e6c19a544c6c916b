import { makeStyles, shorthands, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface MessageBarProps {
  readonly intent: "error" | "warning" | "success" | "info";
  readonly title: string;
  readonly children?: ReactNode;
  /** A button (e.g. dismiss), placed after the text. */
  readonly action?: ReactNode;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    boxSizing: "border-box",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder1),
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  body: {
    flexGrow: 1,
    flexBasis: "0",
    minWidth: "60%",
    overflowWrap: "anywhere",
  },
  title: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Fluent's MessageBar look on tokens. An error is an alert (read out at once); the rest are status
 * messages (read when the reader is idle).
 */
export function MessageBar({ intent, title, children, action }: MessageBarProps) {
  const styles = useStyles();
  return (
    <div role={intent === "error" ? "alert" : "status"} className={mergeClasses(styles.root, styles[intent])}>
      <div className={styles.body}>
        <strong className={styles.title}>{title}</strong>
        {children}
      </div>
      {action}
    </div>
  );
}
