import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lag } from "../../../core/budget";
import type { PeriodKind } from "../../../core/model";
import { useT } from "../../i18n/useT";
import { Button } from "../../ui/Button";
import { Checkbox } from "../../ui/Checkbox";
import { useTextStyles } from "../../ui/text";
import { ButtonGroup } from "../../ui/ButtonGroup";

export interface BudgetToolbarProps {
  /** A long operation is running: the controls stay focusable but do nothing. */
  readonly busy: boolean;
  /** Months or quarters: what "geser 1 ..." shifts by. */
  readonly periodKind: PeriodKind;
  readonly rpd: boolean;
  readonly lag: Lag;
  readonly onRefresh: () => void;
  readonly onRpd: (rpd: boolean) => void;
  readonly onLag: (lag: Lag) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  options: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  nested: { paddingLeft: tokens.spacingHorizontalXXL },
  hint: { margin: 0 },
});

/**
 * Hitung ulang, and what Tulis ke lembar (the view's action bar) writes: the draft RPD ("Draf RPD") and
 * its payment lag ("Geser 1 bulan", only with the draft).
 */
export function BudgetToolbar(props: BudgetToolbarProps) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  const quarterly = props.periodKind === "quarter";
  return (
    <div className={styles.root}>
      <ButtonGroup label={t("anggaran.toolbar.label")}>
        <Button disabledFocusable={props.busy} onClick={props.onRefresh}>
          {t("anggaran.action.refresh")}
        </Button>
      </ButtonGroup>
      {/* The RPD draft spreads the budget over months or quarters: a table with neither has no draft. */}
      {props.periodKind !== "none" && (
        <fieldset className={styles.options}>
          <legend className={mergeClasses(text.caption, styles.legend)}>{t("anggaran.options.label")}</legend>
          <Checkbox
            label={t("anggaran.option.rpd")}
            hint={t(quarterly ? "anggaran.option.rpdHintQuarter" : "anggaran.option.rpdHint")}
            checked={props.rpd}
            disabledFocusable={props.busy}
            onChange={props.onRpd}
          />
          <Checkbox
            className={styles.nested}
            label={t(quarterly ? "anggaran.option.lagQuarter" : "anggaran.option.lagMonth")}
            hint={t("anggaran.option.lagHint")}
            checked={props.lag === 1}
            disabledFocusable={props.busy || !props.rpd}
            onChange={(checked) => props.onLag(checked ? 1 : 0)}
          />
        </fieldset>
      )}
      <p className={mergeClasses(text.caption, text.secondary, styles.hint)}>{t("anggaran.write.hint")}</p>
    </div>
  );
}
