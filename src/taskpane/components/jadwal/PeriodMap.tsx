import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { Fragment, memo } from "react";
import type { PeriodLoad } from "../../../core/schedule";
import { formatNumber } from "../../../core/i18n/numbers";
import { useLang } from "../../i18n/useT";

export interface PeriodMapProps {
  /** The table's name, e.g. "Baris per bulan". */
  readonly caption: string;
  readonly periods: readonly PeriodLoad[];
  /** Periods per band of the table: 6 puts 12 months in two bands that fit a 350 px pane. */
  readonly perBand: number;
}

const useStyles = makeStyles({
  table: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  caption: {
    textAlign: "start",
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    textAlign: "center",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  count: { fontVariantNumeric: "tabular-nums" },
  empty: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function bands<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * How many rows plan each period, as a table of period headers over counts, in bands (B1..B6 over
 * their counts, then B7..B12 over theirs). Each count names its header explicitly (headers=), so a
 * screen reader reads "B7, 3" in the second band too. A period no row plans is marked (colour and
 * the caption's list say it, not colour alone).
 */
export const PeriodMap = memo(function PeriodMap({ caption, periods, perBand }: PeriodMapProps) {
  const styles = useStyles();
  const lang = useLang();
  const id = useId("rakit-period-");
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <tbody>
        {bands(periods, perBand).map((band, b) => (
          <Fragment key={b}>
            <tr>
              {band.map((p) => (
                <th key={p.period} id={`${id}-${p.period}`} className={mergeClasses(styles.cell, styles.head)}>
                  {p.label}
                </th>
              ))}
            </tr>
            <tr>
              {band.map((p) => (
                <td
                  key={p.period}
                  headers={`${id}-${p.period}`}
                  className={mergeClasses(styles.cell, styles.count, p.rows === 0 && styles.empty)}
                >
                  {formatNumber(p.rows, lang)}
                </td>
              ))}
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
});
