import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { memo, useState } from "react";
import type { Finding, Severity } from "../../core/findings";
import { formatFinding, formatFindingDetail } from "../../core/i18n/findings";
import type { Lang } from "../../core/i18n/lang";
import { useT } from "../i18n/useT";
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
    display: "flex",
    flexDirection: "column",
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
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
  // "Rincian": a small link-like toggle under the message, inside the finding's card.
  toggle: {
    alignSelf: "flex-start",
    marginLeft: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ...focusRing,
  },
  chevron: { display: "inline-block", width: "1em" },
  detail: {
    margin: 0,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
});

const SEVERITY_CLASS: Readonly<Record<Severity, "error" | "warning" | "info">> = {
  error: "error",
  warning: "warning",
  info: "info",
};

/**
 * One finding: a native button (Enter and Space work, screen readers read the whole text) that
 * selects its cell, with its message kept to a line or two. What only some readers need (the windows
 * and sources of a season rule) is its detail, behind "Rincian" (a disclosure button). Memoized: a
 * filter change or a language switch elsewhere doesn't re-render it.
 */
export const FindingItem = memo(function FindingItem({ finding, lang, where, onSelect }: FindingItemProps) {
  const t = useT();
  const styles = useStyles();
  const detailId = useId("rakit-detail-");
  const [open, setOpen] = useState(false);
  const detail = formatFindingDetail(finding, lang);
  return (
    <li className={mergeClasses(styles.item, styles[SEVERITY_CLASS[finding.severity]])}>
      <button type="button" className={styles.button} onClick={() => onSelect(finding.address)}>
        <span className={styles.where}>{where}</span>
        <span className={styles.message}>{formatFinding(finding, lang)}</span>
      </button>
      {detail !== null && (
        <>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={detailId}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true" className={styles.chevron}>
              {open ? "▾" : "▸"}
            </span>
            {t("findings.detail")}
          </button>
          <p id={detailId} hidden={!open} className={styles.detail}>
            {detail}
          </p>
        </>
      )}
    </li>
  );
});
