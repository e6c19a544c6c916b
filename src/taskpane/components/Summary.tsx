import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatNumber, formatRupiah } from "../../core/i18n/numbers";
import { useLang, useT } from "../i18n/useT";
import type { FindingCounts, PlanFacts } from "../state/selectors";
import { useTextStyles } from "../ui/text";

export interface SummaryProps {
  readonly sheet: string;
  readonly facts: PlanFacts;
  readonly counts: FindingCounts;
}

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  value: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
});

/** What Rakit read: unit, year, sasaran and indikator, the total budget, and how many problems. */
export function Summary({ sheet, facts, counts }: SummaryProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const missing = t("summary.missing");
  const rows: readonly [label: string, value: string, className?: string][] = [
    [t("summary.sheet"), sheet],
    [t("summary.unit"), facts.unit ?? missing],
    [t("summary.year"), facts.year === null ? missing : String(facts.year)],
    [t("summary.sasaran"), formatNumber(facts.sasaran, lang)],
    [t("summary.indikator"), formatNumber(facts.indikator, lang)],
    [t("summary.budget"), facts.totalBudget === null ? t("summary.noBudgetColumn") : formatRupiah(facts.totalBudget)],
    [t("summary.errors"), formatNumber(counts.error, lang), counts.error > 0 ? styles.error : undefined],
    [t("summary.warnings"), formatNumber(counts.warning, lang), counts.warning > 0 ? styles.warning : undefined],
  ];
  return (
    <section aria-label={t("summary.label")}>
      <dl className={styles.list}>
        {rows.map(([label, value, className]) => (
          <div key={label} className={styles.pair}>
            <dt className={mergeClasses(text.caption, styles.term)}>{label}</dt>
            <dd className={mergeClasses(styles.value, className)}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
