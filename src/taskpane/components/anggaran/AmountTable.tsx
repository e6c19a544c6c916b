import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A column's width in a 350 px pane; "fill" takes what the others leave. */
export type ColumnWidth = "no" | "code" | "amount" | "fill";

export interface AmountColumn {
  readonly header: string;
  readonly width: ColumnWidth;
  /** Amounts and numbers line up at the end. */
  readonly numeric?: boolean;
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
    width: "100%",
    tableLayout: "fixed",
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
    overflowWrap: "anywhere",
  },
  head: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorNeutralStroke1,
    verticalAlign: "bottom",
  },
  numeric: {
    textAlign: "end",
    whiteSpace: "nowrap",
    overflowWrap: "normal",
    fontVariantNumeric: "tabular-nums",
  },
  foot: {
    fontWeight: tokens.fontWeightSemibold,
    borderBottomStyle: "none",
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  no: { width: "2.25em" },
  code: { width: "3.5em" },
  amount: { width: "10.5em" },
  fill: {},
});

/**
 * A compact table of amounts that fits the 350 px pane: fixed column widths (the amount column wide
 * enough for "Rp 12.406.404.000" on one line), text columns wrapping. A real table, so a screen reader
 * reads each amount with its row and column headers.
 */
export function AmountTable({ caption, columns, rows, rowHeader, footer }: AmountTableProps) {
  const styles = useStyles();
  const cellClass = (c: number) => mergeClasses(styles.cell, columns[c]?.numeric === true && styles.numeric);
  const footerSpan = footer ? columns.length - footer.cells.length : 0;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <colgroup>
        {columns.map((column, c) => (
          <col key={c} className={styles[column.width]} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column, c) => (
            <th key={c} scope="col" className={mergeClasses(cellClass(c), styles.head)}>
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
            <th scope="row" colSpan={footerSpan} className={mergeClasses(styles.cell, styles.foot)}>
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
