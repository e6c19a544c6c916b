import type { Finding } from "../findings";
import type { Plan } from "../model";
import type { Rule } from "./rule";
import { finding, sheetRow } from "./rule";

/** A header with nothing under it: one finding on the header instead of silence. */
export const noRows: Rule = (plan: Plan): Finding[] => {
  const hasRows = plan.blocks.some((b) => b.rows.length > 0);
  if (hasRows) return [];
  const { header } = plan;
  const lastHeaderRow = Math.max(header.lastRow, header.numberRow ?? header.lastRow);
  const range = { top: header.firstRow, left: header.firstCol, bottom: lastHeaderRow, right: header.lastCol };
  return [finding("table.noRows", "error", range, { headerRow: sheetRow(lastHeaderRow) })];
};

export const tableRules: readonly Rule[] = [noRows];
