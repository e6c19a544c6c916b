import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { CatalogEntry, CodeGroup, InPlanMatch } from "../../../core/catalog";
import { formatMonths, readableWindowSpan } from "../../../core/catalog";
import type { Lang } from "../../../core/i18n/lang";
import { useLang, useT, type PaneT } from "../../i18n/useT";
import { Checkbox } from "../../ui/Checkbox";
import { useTextStyles } from "../../ui/text";

export interface EntryGroupProps {
  readonly group: CodeGroup;
  readonly inPlan: ReadonlyMap<string, InPlanMatch>;
  readonly selected: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onToggle: (id: string, chosen: boolean) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  heading: { overflowWrap: "anywhere" },
  season: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  inPlan: {
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorStatusSuccessBorder1,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

/** The code's season: routine all year, or its stage and the stage's windows. */
function seasonText(t: PaneT, lang: Lang, entry: CatalogEntry): string {
  if (entry.season.kind === "routine") return t("katalog.routine");
  const { stage } = entry.season;
  const windows = stage.windows.map((w) => readableWindowSpan(w, lang)).join("; ");
  return t("katalog.stage", { stage: stage.name, windows });
}

function hint(t: PaneT, entry: CatalogEntry, match: InPlanMatch | undefined): string {
  const about = t("katalog.entryHint", {
    indicator: entry.indicator,
    target: entry.target,
    satuan: entry.satuan,
    months: formatMonths(entry.months),
    monthCount: entry.months.length,
    pelaksana: entry.pelaksana,
  });
  return match ? `${t("katalog.inPlan", { row: match.row + 1 })}. ${about}` : about;
}

/**
 * The entries of one kegiatan code under one heading ("3355 Pengelolaan Keuangan ..."), with the
 * code's season, each entry a checkbox named by its kegiatan. Entries the plan already has are marked
 * (and can still be chosen: Sisipkan then adds another row and says so).
 */
export const EntryGroup = memo(function EntryGroup({ group, inPlan, selected, busy, onToggle }: EntryGroupProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const first = group.entries[0];
  return (
    <section className={styles.root} aria-label={`${group.code} ${group.name}`}>
      <h2 className={mergeClasses(text.subtitle, styles.heading)}>{`${group.code} ${group.name}`}</h2>
      {first && (
        <p className={mergeClasses(text.caption, text.secondary, styles.season)}>{seasonText(t, lang, first)}</p>
      )}
      <ul className={styles.list}>
        {group.entries.map((entry) => {
          const match = inPlan.get(entry.id);
          return (
            <li key={entry.id} className={match ? styles.inPlan : undefined}>
              <Checkbox
                label={entry.kegiatan}
                hint={hint(t, entry, match)}
                checked={selected.has(entry.id)}
                disabledFocusable={busy}
                onChange={(chosen) => onToggle(entry.id, chosen)}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
});
