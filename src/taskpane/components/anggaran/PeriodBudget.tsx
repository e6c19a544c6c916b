import { makeStyles, tokens } from "@fluentui/react-components";
import { memo, useMemo } from "react";
import type { BudgetTotals } from "../../../core/budget";
import { formatRupiah } from "../../../core/i18n/numbers";
import { useT } from "../../i18n/useT";
import type { PeriodView } from "../../state/anggaran";
import { Button } from "../../ui/Button";
import { AmountTable } from "./AmountTable";
import { periodLines } from "./budgetRows";

export interface PeriodBudgetProps {
  readonly totals: BudgetTotals;
  readonly view: PeriodView;
  readonly onView: (view: PeriodView) => void;
}

const VIEWS: readonly PeriodView[] = ["period", "quarter"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  switch: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

/**
 * The budget per month (or per quarter, B1-B3 being TW I, as SAKIP monitoring reports it), what no
 * period takes ("Belum terjadwal"), and the total. A quarterly table has only the quarters.
 */
export const PeriodBudget = memo(function PeriodBudget({ totals, view, onView }: PeriodBudgetProps) {
  const t = useT();
  const styles = useStyles();
  const monthly = totals.periodKind === "month";
  const quarters = !monthly || view === "quarter";
  const lines = useMemo(() => periodLines(totals, quarters), [totals, quarters]);
  const rows = lines.map((l, i) => ({ key: String(i), cells: [l.label, l.amount] }));
  if (totals.unscheduled > 0) {
    rows.push({
      key: "unscheduled",
      cells: [
        `${t("anggaran.unscheduled")} (${t("anggaran.blocks", { blocks: totals.unscheduledBlocks.join(", ") })})`,
        formatRupiah(totals.unscheduled),
      ],
    });
  }
  return (
    <div className={styles.root}>
      {monthly && (
        <div role="group" aria-label={t("anggaran.periodView.label")} className={styles.switch}>
          {VIEWS.map((v) => (
            <Button key={v} size="small" pressed={v === view} onClick={() => onView(v)}>
              {t(`anggaran.periodView.${v}`)}
            </Button>
          ))}
        </div>
      )}
      <AmountTable
        caption={t(quarters ? "anggaran.byQuarter" : "anggaran.byMonth")}
        columns={[
          { header: t(quarters ? "anggaran.col.quarter" : "anggaran.col.month"), kind: "text" },
          { header: t("anggaran.col.amount"), kind: "amount" },
        ]}
        rowHeader={0}
        rows={rows}
        footer={{ label: t("anggaran.sum"), cells: [formatRupiah(totals.total ?? 0)] }}
      />
    </div>
  );
});
