/**
 * The parts of exceljs's object model the reader and writer touch that its type definitions leave
 * out or type loosely, declared once here.
 */
import ExcelJS from "exceljs";

export { ExcelJS };

/** A conditional-format rule as exceljs reads and writes it. */
export interface XlsxCfRule {
  type: string;
  priority?: number;
  stopIfTrue?: boolean;
  formulae?: (string | number)[];
  style?: XlsxStyle;
  [key: string]: unknown;
}

export interface XlsxCf {
  ref: string;
  rules: XlsxCfRule[];
}

/** exceljs's Style, structurally (the model's CellStyle has the same shape). */
export interface XlsxStyle {
  numFmt?: string;
  font?: Record<string, unknown>;
  fill?: Record<string, unknown>;
  border?: Record<string, unknown>;
  alignment?: Record<string, unknown>;
  protection?: Record<string, unknown>;
}

/** The worksheet members the host uses beyond exceljs's declared ones. */
export interface XlsxSheetExtras {
  conditionalFormattings: XlsxCf[];
  sheetProtection?: Record<string, unknown> | null;
  model: { merges?: string[] };
}

export function extras(ws: ExcelJS.Worksheet): XlsxSheetExtras {
  return ws as unknown as XlsxSheetExtras;
}
