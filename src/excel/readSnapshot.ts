import type { RangeRef } from "../core/address";
import type { CellValue, ErrorCode, SheetSnapshot } from "../core/snapshot";
import { ERROR_CODES } from "../core/snapshot";
import { isPayloadLimitError, toRakitError } from "./errors";
import { locateTable, needsLocating } from "./locateTable";

export interface ReadOptions {
  /** The host reports merged areas (ExcelApi 1.13). Without it the reader infers merges from blanks. */
  readonly mergedAreas: boolean;
  /** Cells in the first chunk, before the adapter has measured how big a row really is. */
  readonly firstChunkCells?: number;
  /** Response bytes a chunk aims at; Excel on the web refuses a request or response above 5 MB. */
  readonly targetChunkBytes?: number;
  /** Rows per merged-areas request; Excel fails the request when a range holds over 512 merged areas. */
  readonly mergeWindowRows?: number;
}

const DEFAULT_FIRST_CHUNK_CELLS = 20_000;
const DEFAULT_TARGET_CHUNK_BYTES = 2_000_000;
// A RAK row has at most a handful of merges (No, Sasaran, Biaya, Pelaksana, a signature line), so
// 64 rows stay far below Excel's 512-area limit; a sheet that still exceeds it gets smaller windows.
const DEFAULT_MERGE_WINDOW_ROWS = 64;

interface Bounds {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface ChunkData {
  values: CellValue[][];
  formulas: string[][];
  numberFormats: string[][];
  merges: Map<string, RangeRef>;
}

interface Windows {
  /** Rows per merged-areas request, or 0 when the host can't report merged areas. */
  readonly mergeRows: number;
  readonly targetBytes: number;
}

/**
 * Reads a worksheet's used range into the core's snapshot: values, formulas, number formats and
 * merged areas. The first sync learns the sheet's name and size; then the rows are read in chunks,
 * one sync per chunk, each sized so that no response comes near Excel on the web's 5 MB limit. The
 * size of a row is measured on the first chunk and the rest are sized from it; should Excel still
 * refuse a payload, the chunk is halved and read again.
 *
 * `sheet` is a worksheet name, or null for the active sheet.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  sheet: string | null,
  options: ReadOptions,
): Promise<SheetSnapshot> {
  try {
    return await read(context, sheet, options);
  } catch (error) {
    throw toRakitError(error);
  }
}

async function read(context: Excel.RequestContext, sheet: string | null, options: ReadOptions): Promise<SheetSnapshot> {
  const worksheets = context.workbook.worksheets;
  const worksheet = sheet === null ? worksheets.getActiveWorksheet() : worksheets.getItem(sheet);
  worksheet.load("name");
  // valuesOnly: cells that only carry formatting don't belong to the plan and would only add bytes.
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const name = worksheet.name;
  if (used.isNullObject) {
    return { sheet: name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] };
  }
  let bounds: Bounds = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  // A used range too big to read (a stray value far from the table makes it so): read the table,
  // and say what was left out.
  let outside: RangeRef[] = [];
  if (needsLocating(bounds)) {
    const located = await locateTable(context, worksheet, bounds);
    bounds = located.table;
    outside = located.outside;
  }
  const windows: Windows = {
    mergeRows: options.mergedAreas ? (options.mergeWindowRows ?? DEFAULT_MERGE_WINDOW_ROWS) : 0,
    targetBytes: options.targetChunkBytes ?? DEFAULT_TARGET_CHUNK_BYTES,
  };
  const firstRows = Math.max(1, Math.floor((options.firstChunkCells ?? DEFAULT_FIRST_CHUNK_CELLS) / bounds.cols));
  const data: ChunkData = { values: [], formulas: [], numberFormats: [], merges: new Map() };
  await readRows(context, worksheet, bounds, 0, Math.min(firstRows, bounds.rows), windows, data);
  const merges = [...data.merges.values()];

  return {
    sheet: name,
    origin: { row: bounds.row, col: bounds.col },
    values: data.values,
    formulas: data.formulas,
    numberFormats: data.numberFormats,
    merges,
    ...(options.mergedAreas ? {} : { mergesUnknown: true }),
    ...(outside.length > 0 ? { outside } : {}),
  };
}

/**
 * Reads rows [start, start + count) of the used range, then the rest. One sync per chunk is the
 * point of chunking (a chunk is the most one sync may carry), so the recursion here is deliberate:
 * the number of syncs grows with the sheet's bytes, never with its rows. The chunk's merged areas
 * are asked for in the same sync, in windows of rows small enough for Excel's 512-area limit.
 */
async function readRows(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  bounds: Bounds,
  start: number,
  count: number,
  windows: Windows,
  into: ChunkData,
): Promise<void> {
  if (start >= bounds.rows) return;
  const range = worksheet.getRangeByIndexes(bounds.row + start, bounds.col, count, bounds.cols);
  range.load("values,formulas,numberFormat,valueTypes");
  const mergeLoads: Excel.RangeAreas[] = [];
  const askMerges = (row: number, rows: number): void => {
    // From column A: a merge whose top-left cell lies left of the used range (an empty merge, its
    // value-less cells outside the used range) still reaches into it.
    const window = worksheet.getRangeByIndexes(row, 0, rows, bounds.col + bounds.cols);
    const areas = window.getMergedAreasOrNullObject();
    areas.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
    mergeLoads.push(areas);
  };
  // Excel returns only the areas whose top-left cell is in the range asked (OfficeDev/office-js#3611),
  // each whole: a merge that starts above the used range is found by asking above it once.
  if (windows.mergeRows > 0 && start === 0 && bounds.row > 0) askMerges(0, bounds.row);
  for (let r = 0; windows.mergeRows > 0 && r < count; r += windows.mergeRows) {
    askMerges(bounds.row + start + r, Math.min(windows.mergeRows, count - r));
  }
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadLimitError(error) && count > 1) {
      return readRows(context, worksheet, bounds, start, Math.ceil(count / 2), windows, into);
    }
    // Excel names no error code for "more than 512 merged areas"; a failed sync with merge windows
    // still wider than one row is retried with narrower ones before the error is believed.
    if (windows.mergeRows > 1) {
      return readRows(
        context,
        worksheet,
        bounds,
        start,
        count,
        { ...windows, mergeRows: Math.floor(windows.mergeRows / 4) || 1 },
        into,
      );
    }
    throw error;
  }
  const chunk = normalizeChunk(range.values, range.formulas, range.numberFormat, range.valueTypes);
  into.values.push(...chunk.values);
  into.formulas.push(...chunk.formulas);
  into.numberFormats.push(...chunk.numberFormats);
  for (const areas of mergeLoads) {
    if (areas.isNullObject) continue;
    for (const area of areas.areas.items) {
      const ref = toRangeRef(area);
      // Keyed by the top-left cell: an Excel that returned every area a window intersects would
      // give a merge crossing two windows twice.
      if (intersectsBounds(ref, bounds)) into.merges.set(`${ref.top},${ref.left}`, ref);
    }
  }

  const bytesPerRow = Math.max(
    1,
    estimateBytes(range.values, range.formulas, range.numberFormat, range.valueTypes) / count,
  );
  const next = Math.max(1, Math.floor(windows.targetBytes / bytesPerRow));
  return readRows(
    context,
    worksheet,
    bounds,
    start + count,
    Math.min(next, bounds.rows - start - count),
    windows,
    into,
  );
}

function normalizeChunk(
  values: unknown[][],
  formulas: unknown[][],
  formats: unknown[][],
  types: unknown[][],
): Omit<ChunkData, "merges"> {
  return {
    values: values.map((row, r) => row.map((v, c) => toCellValue(v, types[r]?.[c]))),
    // A text cell that starts with "=" (written after an apostrophe) reads the same in `formulas`
    // as in `values` (OfficeDev/office-js#6687): it is text, not a formula.
    formulas: formulas.map((row, r) =>
      row.map((f, c) => (typeof f === "string" && f.startsWith("=") && f !== values[r]?.[c] ? f : "")),
    ),
    numberFormats: formats.map((row) => row.map((f) => (typeof f === "string" ? f : "General"))),
  };
}

const ERRORS = new Set<string>(ERROR_CODES);

function toCellValue(value: unknown, type: unknown): CellValue {
  if (type === "Error" && typeof value === "string") {
    return { error: (ERRORS.has(value) ? value : "#VALUE!") as ErrorCode };
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return "";
}

/** What a chunk's response weighs, near enough: Office serialises the loaded arrays as JSON. */
function estimateBytes(...arrays: unknown[][][]): number {
  let total = 0;
  for (const a of arrays) total += JSON.stringify(a).length;
  return total;
}

function intersectsBounds(ref: RangeRef, b: Bounds): boolean {
  return ref.bottom >= b.row && ref.top < b.row + b.rows && ref.right >= b.col && ref.left < b.col + b.cols;
}

/** An Office.js area (row/column index and count) as a 0-based rectangle. */
export function toRangeRef(area: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): RangeRef {
  return {
    top: area.rowIndex,
    left: area.columnIndex,
    bottom: area.rowIndex + area.rowCount - 1,
    right: area.columnIndex + area.columnCount - 1,
  };
}
