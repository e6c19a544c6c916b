import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useMemo } from "react";
import type { BudgetTotals } from "../../../core/budget";
import { formatRupiah } from "../../../core/i18n/numbers";
import { useT } from "../../i18n/useT";
import { useTextStyles } from "../../ui/text";
import { AmountTable } from "./AmountTable";
import { codeLines, pelaksanaLines, sasaranLines } from "./budgetRows";

export interface BudgetBreakdownProps {
  readonly totals: BudgetTotals;
}

const useStyles = makeStyles({
  split: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
  },
  missing: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/**
 * The budget per sasaran, per activity code and per pelaksana, each with its total. Where a sasaran's
 * budget is split between pelaksana by row count, the pelaksana's row says which sasaran.
 */
export const BudgetBreakdown = memo(function BudgetBreakdown({ totals }: BudgetBreakdownProps) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  const sasaran = useMemo(() => sasaranLines(totals), [totals]);
  const codes = useMemo(() => codeLines(totals), [totals]);
  const pelaksana = useMemo(() => pelaksanaLines(totals), [totals]);
  // Shown only for a table with a budget column (BudgetPart), whose total is a number.
  const sum = { label: t("anggaran.sum"), cells: [formatRupiah(totals.total ?? 0)] };
  const noCode = <span className={styles.missing}>{t("anggaran.noCode")}</span>;

  return (
    <>
      <AmountTable
        caption={t("anggaran.bySasaran")}
        columns={[
          { header: t("anggaran.col.no"), width: "no" },
          { header: t("anggaran.col.code"), width: "code" },
          { header: t("anggaran.col.sasaran"), width: "fill" },
          { header: t("anggaran.col.amount"), width: "amount", numeric: true },
        ]}
        rowHeader={2}
        rows={sasaran.map((s, i) => ({
          // By position: a plan being fixed may repeat a number or a title.
          key: String(i),
          cells: [
            s.no,
            s.code ?? "",
            s.title,
            s.amount ?? <span className={styles.missing}>{t("anggaran.noAmount")}</span>,
          ],
        }))}
        footer={sum}
      />
      <AmountTable
        caption={t("anggaran.byCode")}
        columns={[
          { header: t("anggaran.col.code"), width: "code" },
          { header: t("anggaran.col.sasaran"), width: "fill" },
          { header: t("anggaran.col.amount"), width: "amount", numeric: true },
        ]}
        rowHeader={0}
        rows={codes.map((c) => ({
          key: c.code ?? "",
          cells: [c.code ?? noCode, c.blocks, c.amount],
        }))}
        footer={sum}
      />
      <AmountTable
        caption={t("anggaran.byPelaksana")}
        columns={[
          { header: t("anggaran.col.pelaksana"), width: "fill" },
          { header: t("anggaran.col.amount"), width: "amount", numeric: true },
        ]}
        rowHeader={0}
        rows={pelaksana.map((p) => ({
          key: p.name,
          cells: [
            <>
              {p.name === "" ? t("anggaran.noPelaksana") : p.name}
              {p.splitBlocks !== null && (
                <span className={mergeClasses(text.caption, styles.split)}>
                  {t("anggaran.split", { blocks: p.splitBlocks })}
                </span>
              )}
            </>,
            p.amount,
          ],
        }))}
        footer={sum}
      />
    </>
  );
});
