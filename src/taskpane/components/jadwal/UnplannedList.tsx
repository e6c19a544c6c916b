import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { UnplannedRow } from "../../../core/schedule";
import { shorten } from "../../../core/i18n/translate";
import { useListNavigation } from "../../hooks/useListNavigation";
import { useT } from "../../i18n/useT";
import { focusRing } from "../../ui/focusRing";
import { useTextStyles } from "../../ui/text";

export interface UnplannedListProps {
  readonly rows: readonly UnplannedRow[];
  /** Selects a row's period cells ("F33:Q33") on the sheet. */
  readonly onSelect: (address: string) => void;
}

/** Indicator and kegiatan are cut only when very long: the user needs them to know the row. */
const TEXT_LENGTH = 120;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
  item: { listStyleType: "none" },
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
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusWarningBorder2}`,
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
  where: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  text: { overflowWrap: "anywhere" },
  hint: { margin: 0 },
  kegiatan: {
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/**
 * The rows with no period planned, each a button that selects the row's period cells, so the user
 * can type "v" there at once. Tab enters the list once; arrow keys move between rows.
 */
export const UnplannedList = memo(function UnplannedList({ rows, onSelect }: UnplannedListProps) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  const nav = useListNavigation<HTMLUListElement>(rows);
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{t("jadwal.unplanned.title", { count: rows.length })}</h2>
      {rows.length === 0 ? (
        <p className={text.body}>{t("jadwal.unplanned.none")}</p>
      ) : (
        <>
          <p className={mergeClasses(text.caption, styles.hint)}>{t("jadwal.unplanned.hint")}</p>
          <ul
            role="list"
            aria-label={t("jadwal.unplanned.label")}
            className={styles.list}
            ref={nav.ref}
            onKeyDown={nav.onKeyDown}
            onFocus={nav.onFocus}
          >
            {rows.map((row) => (
              <li key={row.row} className={styles.item}>
                <button type="button" className={styles.button} onClick={() => onSelect(row.address)}>
                  <span className={styles.where}>{t("jadwal.unplanned.row", { row: row.row })}</span>
                  {row.indicator.trim() !== "" && (
                    <span className={styles.text}>{shorten(row.indicator, TEXT_LENGTH)}</span>
                  )}
                  {row.kegiatan.trim() !== "" && (
                    <span className={styles.kegiatan}>{shorten(row.kegiatan, TEXT_LENGTH)}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
