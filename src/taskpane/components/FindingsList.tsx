import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, memo, useMemo } from "react";
import type { Finding } from "../../core/findings";
import { useListNavigation } from "../hooks/useListNavigation";
import { useLang, useSeverityT, useT } from "../i18n/useT";
import { LIST_PAGE, type SeverityFilter } from "../state/reducer";
import { groupFindings, type FindingCounts } from "../state/selectors";
import { Button } from "../ui/Button";
import { useTextStyles } from "../ui/text";
import { FindingItem } from "./FindingItem";

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  readonly filter: SeverityFilter;
  /** How many findings to render at most; the rest wait behind "show more". */
  readonly limit: number;
  readonly onSelect: (address: string) => void;
  readonly onMore: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
  group: {
    listStyleType: "none",
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  more: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * The findings, grouped by severity, as one list named "Temuan" with one item per finding. The group
 * headings are visual only (each item says its own severity), so the list holds nothing but findings.
 * Tab enters the list once; arrow keys move between findings.
 */
export const FindingsList = memo(function FindingsList(props: FindingsListProps) {
  const { findings, counts, filter, limit, onSelect, onMore } = props;
  const t = useT();
  const severityT = useSeverityT();
  const lang = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const groups = useMemo(() => groupFindings(findings, filter, limit), [findings, filter, limit]);
  const nav = useListNavigation<HTMLUListElement>(groups);

  const total = counts[filter];
  if (total === 0) {
    return <p className={text.body}>{t(findings.length === 0 ? "findings.none" : "findings.noneOfSeverity")}</p>;
  }
  const shown = groups.reduce((n, g) => n + g.findings.length, 0);
  return (
    <div className={styles.root}>
      <ul
        role="list"
        aria-label={t("findings.label")}
        className={styles.list}
        ref={nav.ref}
        onKeyDown={nav.onKeyDown}
        onFocus={nav.onFocus}
      >
        {groups.map((group) => {
          const severity = severityT(group.severity);
          return (
            <Fragment key={group.severity}>
              <li role="presentation" aria-hidden="true" className={styles.group}>
                {t("findings.group", { severity, count: counts[group.severity] })}
              </li>
              {group.findings.map((finding, i) => (
                <FindingItem
                  key={`${finding.rule}|${finding.address}|${i}`}
                  finding={finding}
                  lang={lang}
                  where={t("findings.where", { severity, address: finding.address })}
                  onSelect={onSelect}
                />
              ))}
            </Fragment>
          );
        })}
      </ul>
      {shown < total && (
        <div className={styles.more}>
          <span className={text.caption}>{t("findings.shown", { shown, total })}</span>
          <Button size="small" onClick={onMore}>
            {t("findings.more", { count: Math.min(LIST_PAGE, total - shown) })}
          </Button>
        </div>
      )}
    </div>
  );
});
