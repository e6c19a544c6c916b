import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useMemo } from "react";
import type { BudgetTotals } from "../../../core/budget";
import { formatRupiah } from "../../../core/i18n/numbers";
import { useT } from "../../i18n/useT";
import { useTextStyles } from "../../ui/text";
import { TruncatedText } from "../../ui/TruncatedText";
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
        // No, sasaran (its code under it), amount: a fourth column for the code left the sasaran too
        // little of a 320 px pane beside a 12-digit amount.
        columns={[
          { header: t("anggaran.col.no"), kind: "label" },
          { header: t("anggaran.col.sasaran"), kind: "text" },
          { header: t("anggaran.col.amount"), kind: "amount" },
        ]}
        rowHeader={1}
        rows={sasaran.map((s, i) => ({
          // By position: a plan being fixed may repeat a number or a title.
          key: String(i),
          cells: [
            s.no,
            <>
              <TruncatedText short={s.title} full={s.fullTitle} />
              {/* A space, so the row's header reads "Penetapan Hasil Pemilu Kode 6982". */}
              {s.code !== null && " "}
              {s.code !== null && (
                <span className={mergeClasses(text.caption, styles.split)}>
                  {t("anggaran.codeOf", { code: s.code })}
                </span>
              )}
            </>,
            s.amount ?? <span className={styles.missing}>{t("anggaran.noAmount")}</span>,
          ],
        }))}
        footer={sum}
      />
      <AmountTable
        caption={t("anggaran.byCode")}
        columns={[
          { header: t("anggaran.col.code"), kind: "label" },
          { header: t("anggaran.col.sasaran"), kind: "text" },
          { header: t("anggaran.col.amount"), kind: "amount" },
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
          { header: t("anggaran.col.pelaksana"), kind: "text" },
          { header: t("anggaran.col.amount"), kind: "amount" },
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
