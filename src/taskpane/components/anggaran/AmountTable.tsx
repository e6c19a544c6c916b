import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * How a column's cells behave: a short `label` (No, Kode, B1) and an `amount` never wrap; `text`
 * (a sasaran, a pelaksana) wraps and takes what the others leave.
 */
export type ColumnKind = "label" | "text" | "amount";

export interface AmountColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface AmountRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

export interface AmountTableProps {
  /** The table's name (its caption), e.g. "Per sasaran". */
  readonly caption: string;
  readonly columns: readonly AmountColumn[];
  readonly rows: readonly AmountRow[];
  /** The cell read as each row's header (the sasaran, the pelaksana, the month). */
  readonly rowHeader: number;
  /** A last row, e.g. ["Jumlah", "Rp 23.142.485.000"], spanning the leading columns. */
  readonly footer?: { readonly label: string; readonly cells: readonly ReactNode[] };
}

const useStyles = makeStyles({
  table: {
    // Automatic layout: the browser gives each amount and label the width it needs in the font at
    // hand (DejaVu Sans is a fifth wider than Segoe UI), and the text column the rest. Fixed widths
    // in em fitted one font only: "Kode" broke into "Kod/e" and amounts stuck out under DejaVu.
    position: "relative",
    width: "100%",
    tableLayout: "auto",
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
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "start",
    verticalAlign: "top",
    fontWeight: tokens.fontWeightRegular,
  },
  // A word breaks only when it alone is wider than the column (a pane narrower than any name).
  text: { overflowWrap: "anywhere" },
  label: { whiteSpace: "nowrap" },
  amount: {
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  // Headers never break inside a word ("Kode", "Anggaran"): they size their column.
  head: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorNeutralStroke1,
    verticalAlign: "bottom",
    whiteSpace: "nowrap",
    overflowWrap: "normal",
  },
  foot: {
    fontWeight: tokens.fontWeightSemibold,
    borderBottomStyle: "none",
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  // The text column takes the width the others leave (auto layout gives the excess by content).
  fill: { width: "100%" },
});

/**
 * A compact table of amounts that fits a 320 px pane: amounts on one line (Rp 999.999.999.999 too),
 * labels and headers whole, the text column wrapping between words. A real table, so a screen reader
 * reads each amount with its row and column headers.
 */
export function AmountTable({ caption, columns, rows, rowHeader, footer }: AmountTableProps) {
  const styles = useStyles();
  const cellClass = (c: number) => {
    const kind = columns[c]?.kind ?? "text";
    return mergeClasses(styles.cell, styles[kind]);
  };
  const footerSpan = footer ? columns.length - footer.cells.length : 0;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, c) => (
            <th
              key={c}
              scope="col"
              className={mergeClasses(cellClass(c), styles.head, column.kind === "text" && styles.fill)}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, c) =>
              c === rowHeader ? (
                <th key={c} scope="row" className={cellClass(c)}>
                  {cell}
                </th>
              ) : (
                <td key={c} className={cellClass(c)}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <th scope="row" colSpan={footerSpan} className={mergeClasses(styles.cell, styles.text, styles.foot)}>
              {footer.label}
            </th>
            {footer.cells.map((cell, i) => (
              <td key={i} className={mergeClasses(cellClass(footerSpan + i), styles.foot)}>
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
