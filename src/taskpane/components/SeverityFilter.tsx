import { memo } from "react";
import { useSeverityT, useT } from "../i18n/useT";
import type { SeverityFilter as Filter } from "../state/reducer";
import { SEVERITIES, type FindingCounts } from "../state/selectors";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";

export interface SeverityFilterProps {
  readonly filter: Filter;
  readonly counts: FindingCounts;
  readonly onChange: (filter: Filter) => void;
}

const FILTERS: readonly Filter[] = ["all", ...SEVERITIES];

/** Semua / Kesalahan / Peringatan / Catatan, each with its count; the pressed one filters the list. */
export const SeverityFilter = memo(function SeverityFilter({ filter, counts, onChange }: SeverityFilterProps) {
  const t = useT();
  const severityT = useSeverityT();
  return (
    <ButtonGroup label={t("filter.label")} compact>
      {FILTERS.map((f) => (
        <Button key={f} size="small" pressed={f === filter} onClick={() => onChange(f)}>
          {t("filter.option", { label: f === "all" ? t("filter.all") : severityT(f), count: counts[f] })}
        </Button>
      ))}
    </ButtonGroup>
  );
});
