/**
 * Describes a workbook as exceljs reads it, as plain data for equality: what a user would see kept
 * or lost by a load/save round trip. Written independently of the host's reader, so a round-trip
 * test does not judge the host by its own code.
 */
import ExcelJS from "exceljs";

export interface BookDescription {
  sheets: SheetDescription[];
}

export interface SheetDescription {
  name: string;
  state: string;
  merges: string[];
  cells: Record<string, { value?: unknown; formula?: string; result?: unknown; style?: unknown }>;
  columns: Record<number, { width?: number; hidden?: boolean }>;
  rows: Record<number, { height?: number; hidden?: boolean }>;
  pageSetup: Record<string, unknown>;
  headerFooter: Record<string, unknown>;
  conditionalFormats: unknown[];
  protection: Record<string, unknown> | null;
  frozen: { xSplit?: number; ySplit?: number } | null;
}

/** Drops undefined members, empty objects and exceljs's "no fill" so equal looks compare equal. */
export function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = normalize(v);
      if (n === undefined) continue;
      if (n && typeof n === "object" && !Array.isArray(n) && Object.keys(n).length === 0) continue;
      out[k] = n;
    }
    if (out.type === "pattern" && (out.pattern === "none" || out.pattern === undefined) && Object.keys(out).length <= 2)
      return undefined;
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return value;
}

function styleOf(cell: ExcelJS.Cell): unknown {
  const s = cell.style as Record<string, unknown>;
  const out = normalize({
    numFmt: s.numFmt === "General" ? undefined : s.numFmt,
    font: s.font,
    fill: s.fill,
    border: s.border,
    alignment: s.alignment,
    protection: s.protection,
  });
  return out;
}

export async function describeXlsx(bytes: ArrayBuffer | Uint8Array): Promise<BookDescription> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  return {
    sheets: book.worksheets.map((ws) => {
      const cells: SheetDescription["cells"] = {};
      const rows: SheetDescription["rows"] = {};
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.height !== undefined || row.hidden)
          rows[r] = normalize({ height: row.height, hidden: row.hidden || undefined }) as { height?: number };
        row.eachCell({ includeEmpty: true }, (cell) => {
          const style = styleOf(cell);
          const entry: { value?: unknown; formula?: string; result?: unknown; style?: unknown } = {};
          if (cell.type === ExcelJS.ValueType.Formula) {
            entry.formula = cell.formula;
            entry.result = normalize(cell.result);
          } else if (cell.type !== ExcelJS.ValueType.Merge && cell.type !== ExcelJS.ValueType.Null) {
            entry.value = normalize(cell.value);
          }
          if (style !== undefined) entry.style = style;
          if (Object.keys(entry).length > 0) cells[cell.address] = entry;
        });
      });
      const columns: SheetDescription["columns"] = {};
      (ws.columns ?? []).forEach((c, i) => {
        if (c.width !== undefined || c.hidden)
          columns[i + 1] = normalize({ width: c.width, hidden: c.hidden || undefined }) as { width?: number };
      });
      const ps = ws.pageSetup as Record<string, unknown>;
      const x = ws as unknown as {
        model: { merges: string[] };
        conditionalFormattings: unknown[];
        sheetProtection?: Record<string, unknown> | null;
      };
      const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      return {
        name: ws.name,
        state: ws.state,
        merges: [...x.model.merges].sort(),
        cells,
        columns,
        rows,
        pageSetup: normalize({
          orientation: ps.orientation,
          paperSize: ps.paperSize,
          fitToPage: ps.fitToPage,
          fitToWidth: ps.fitToPage ? ps.fitToWidth : undefined,
          fitToHeight: ps.fitToPage ? ps.fitToHeight : undefined,
          scale: ps.fitToPage ? undefined : ps.scale,
          printArea: ps.printArea,
          printTitlesRow: ps.printTitlesRow,
          horizontalCentered: ps.horizontalCentered || undefined,
          margins: ps.margins,
        }) as Record<string, unknown>,
        headerFooter: (normalize(ws.headerFooter) ?? {}) as Record<string, unknown>,
        conditionalFormats: (normalize(x.conditionalFormattings) as unknown[] | undefined) ?? [],
        protection: x.sheetProtection ? (normalize(x.sheetProtection) as Record<string, unknown>) : null,
        frozen: view?.state === "frozen" ? { xSplit: view.xSplit, ySplit: view.ySplit } : null,
      };
    }),
  };
}
