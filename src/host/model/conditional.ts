/**
 * Conditional formats of a sheet. A formula ("custom") rule is modelled fully; other rule kinds
 * (colour scales, data bars, cell-value rules...) are kept as read from the file so they survive a
 * round trip, and the API reports their type.
 *
 * A sheet keeps its rules in priority order: index 0 is the rule Excel evaluates first, which is
 * what `ConditionalFormat.priority` (0-based) reports.
 */
import type { RangeRef } from "./address";
import type { ColorSpec } from "./style";

/** Office.js `Excel.ConditionalFormatType` values. */
export type ConditionalFormatType =
  "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue";

export interface ConditionalFormatStyle {
  /** Solid fill colour; undefined leaves the cell's fill. */
  readonly fill?: ColorSpec;
  readonly fontColor?: ColorSpec;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  readonly numFmt?: string;
}

export interface ConditionalFormatModel {
  readonly id: string;
  ranges: RangeRef[];
  readonly type: ConditionalFormatType;
  /** For "Custom": the formula, with its "=", relative to the first range's top-left cell. */
  formula: string;
  style: ConditionalFormatStyle;
  stopIfTrue: boolean;
  /** The rule as exceljs read it, for kinds the host does not model (written back unchanged). */
  readonly raw?: unknown;
}

export function cloneConditionalFormat(cf: ConditionalFormatModel, id: string = cf.id): ConditionalFormatModel {
  return { ...cf, id, ranges: cf.ranges.map((r) => ({ ...r })), style: { ...cf.style } };
}
