import { makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { useSeverityT, useT } from "../i18n/useT";
import type { SeverityFilter as Filter } from "../state/reducer";
import { SEVERITIES, type FindingCounts } from "../state/selectors";
import { Button } from "../ui/Button";

export interface SeverityFilterProps {
  readonly filter: Filter;
  readonly counts: FindingCounts;
  readonly onChange: (filter: Filter) => void;
}

const FILTERS: readonly Filter[] = ["all", ...SEVERITIES];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

/** Semua / Kesalahan / Peringatan / Catatan, each with its count; the pressed one filters the list. */
export const SeverityFilter = memo(function SeverityFilter({ filter, counts, onChange }: SeverityFilterProps) {
  const t = useT();
  const severityT = useSeverityT();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t("filter.label")} className={styles.root}>
      {FILTERS.map((f) => (
        <Button key={f} size="small" pressed={f === filter} onClick={() => onChange(f)}>
          {t("filter.option", { label: f === "all" ? t("filter.all") : severityT(f), count: counts[f] })}
        </Button>
      ))}
    </div>
  );
});
