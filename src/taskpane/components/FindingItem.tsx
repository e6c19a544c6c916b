import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { Finding, Severity } from "../../core/findings";
import { formatFinding } from "../../core/i18n/findings";
import type { Lang } from "../../core/i18n/lang";
import { focusRing } from "../ui/focusRing";

export interface FindingItemProps {
  readonly finding: Finding;
  readonly lang: Lang;
  /** "Kesalahan di D8": the severity and cell line above the message. */
  readonly where: string;
  readonly onSelect: (address: string) => void;
}

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
  },
  button: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalS,
    border: "none",
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...focusRing,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  where: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  message: { overflowWrap: "anywhere" },
});

const SEVERITY_CLASS: Readonly<Record<Severity, "error" | "warning" | "info">> = {
  error: "error",
  warning: "warning",
  info: "info",
};

/**
 * One finding: a native button (Enter and Space work, screen readers read the whole text) that
 * selects its cell. Memoized: a filter change or a language switch elsewhere doesn't re-render it.
 */
export const FindingItem = memo(function FindingItem({ finding, lang, where, onSelect }: FindingItemProps) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={mergeClasses(styles.button, styles[SEVERITY_CLASS[finding.severity]])}
        onClick={() => onSelect(finding.address)}
      >
        <span className={styles.where}>{where}</span>
        <span className={styles.message}>{formatFinding(finding, lang)}</span>
      </button>
    </li>
  );
});
