import { rangeA1, type RangeRef } from "../../core/address";
import type { SheetSnapshot } from "../../core/snapshot";
import { queueRuleLoad, readRules, type SheetRules } from "../rakitRules";
import { readSnapshot, toRangeRef } from "../readSnapshot";
import type { RestoreScope, SheetScope } from "./scope";

/**
 * The parts of a workbook a plan may change, read before the batch (to put back) and after a
 * failure (to see what changed, then to check the result). Plain data.
 */
export interface CellArea {
  readonly rect: RangeRef;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly types: readonly (readonly unknown[])[];
  readonly numberFormats: readonly (readonly unknown[])[];
}

export interface LayoutState {
  readonly orientation: string;
  readonly paperSize: string;
  readonly zoom: string;
  readonly centerFooter: string;
  readonly printArea: string | null;
  readonly titleRows: string | null;
}

export interface SheetState {
  readonly id: string;
  readonly name: string;
  /** One per `scope.cells`, in order. */
  readonly cells: readonly CellArea[];
  /**
   * Per `scope.merges` rectangle, the merged areas whose top-left cell is in it; null where Excel
   * can't say (ExcelApi < 1.13).
   */
  readonly merges: readonly { readonly rect: RangeRef; readonly areas: readonly RangeRef[] }[] | null;
  /** The whole used range, where rows may be inserted, deleted or the sheet emptied. */
  readonly snapshot: SheetSnapshot | null;
  readonly rules: SheetRules | null;
  readonly layout: LayoutState | null;
  /** One per `scope.formats`: fill, font and borders as one comparable text. */
  readonly formats: readonly { readonly rect: RangeRef; readonly text: string }[];
  /** One per `scope.widths`; null where the columns differ. */
  readonly widths: readonly { readonly rect: RangeRef; readonly width: number | null }[];
  readonly charts: number | null;
  /**
   * A sheet the plan empties and writes again (Rakit's own, small): its used range, contents and
   * number formats as one text, read in the same sync as everything else.
   */
  readonly used: string | null;
}

export interface WorkbookState {
  /** Every sheet, in tab order. */
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  /** By the sheet's name before the batch; a sheet that is gone has no entry. */
  readonly bySheet: ReadonlyMap<string, SheetState>;
}

export interface StateOptions {
  readonly mergedAreas: boolean;
  readonly pageLayout: boolean;
}

/** What was already read for the batch, so it is not read twice. */
export interface KnownState {
  readonly rules?: ReadonlyMap<string, SheetRules>;
  readonly snapshot?: SheetSnapshot | null;
}

interface SheetLoads {
  readonly scope: SheetScope;
  readonly ws: Excel.Worksheet;
  readonly cells: Excel.Range[];
  readonly merges: Excel.RangeAreas[];
  readonly rules: Excel.ConditionalFormatCollection | null;
  readonly layout: {
    readonly layout: Excel.PageLayout;
    readonly footer: Excel.HeaderFooter;
    readonly area: Excel.RangeAreas;
    readonly titles: Excel.Range;
  } | null;
  readonly formats: { fill: Excel.RangeFill; font: Excel.RangeFont; borders: Excel.RangeBorderCollection }[];
  readonly widths: Excel.RangeFormat[];
  readonly charts: Excel.ChartCollection | null;
  readonly used: Excel.Range | null;
}

/** Loads queued for the caller's next sync; `finish` reads them after it. */
export interface PendingState {
  finish(context: Excel.RequestContext, known?: KnownState): Promise<WorkbookState>;
}

/**
 * Queues the loads for the scope's sheets, reached by `key` (the name before the batch, or the
 * sheet's id after it, which survives a rename). Nothing is synced here.
 */
export function queueState(
  context: Excel.RequestContext,
  scope: RestoreScope,
  key: (sheet: string) => string,
  options: StateOptions,
): PendingState {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const loads = scope.sheets.map((s) => queueSheet(worksheets.getItemOrNullObject(key(s.name)), s, options));
  return {
    async finish(ctx, known = {}) {
      const present = loads.filter((l) => !l.ws.isNullObject);
      const rules = await readRules(
        ctx,
        new Map(present.filter((l) => l.rules && !known.rules?.has(l.scope.name)).map((l) => [l.scope.name, l.rules!])),
      );
      const bySheet = new Map<string, SheetState>();
      for (const l of present) {
        const snapshot =
          l.scope.inserts.length > 0 || l.scope.deletesRows
            ? known.snapshot?.sheet === l.ws.name
              ? known.snapshot
              : await readSnapshot(ctx, l.ws.id, { mergedAreas: options.mergedAreas })
            : null;
        bySheet.set(l.scope.name, {
          id: l.ws.id,
          name: l.ws.name,
          cells: l.cells.map((r, i) => ({
            rect: l.scope.cells[i] as RangeRef,
            values: r.values,
            formulas: r.formulas,
            types: r.valueTypes,
            numberFormats: r.numberFormat,
          })),
          merges: options.mergedAreas
            ? l.merges.map((m, i) => ({
                rect: l.scope.merges[i] as RangeRef,
                areas: m.isNullObject ? [] : m.areas.items.map(toRangeRef),
              }))
            : null,
          snapshot,
          rules: l.rules ? (known.rules?.get(l.scope.name) ?? rules.get(l.scope.name) ?? null) : null,
          layout: l.layout ? layoutOf(l.layout) : null,
          formats: l.formats.map((f, i) => ({
            rect: l.scope.formats[i] as RangeRef,
            text: JSON.stringify([
              f.fill.color,
              [f.font.bold, f.font.italic, f.font.color, f.font.size, f.font.name],
              f.borders.items.map((b) => [b.sideIndex, b.style, b.weight, b.color]),
            ]),
          })),
          widths: l.widths.map((w, i) => ({ rect: l.scope.widths[i] as RangeRef, width: w.columnWidth })),
          charts: l.charts ? l.charts.items.length : null,
          used: !l.used
            ? null
            : l.used.isNullObject
              ? ""
              : JSON.stringify([l.used.address, l.used.formulas, l.used.numberFormat]),
        });
      }
      return { sheets: worksheets.items.map((w) => ({ id: w.id, name: w.name })), bySheet };
    },
  };
}

function queueSheet(ws: Excel.Worksheet, scope: SheetScope, options: StateOptions): SheetLoads {
  ws.load("name,id");
  const cells = scope.cells.map((rect) => {
    const range = ws.getRange(rangeA1(rect));
    range.load("values,formulas,valueTypes,numberFormat");
    return range;
  });
  const merges = options.mergedAreas
    ? scope.merges.map((rect) => {
        const areas = ws.getRange(rangeA1(rect)).getMergedAreasOrNullObject();
        areas.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
        return areas;
      })
    : [];
  let layout: SheetLoads["layout"] = null;
  if (scope.layout && options.pageLayout) {
    const pl = ws.pageLayout;
    pl.load("orientation,paperSize,zoom");
    const footer = pl.headersFooters.defaultForAllPages;
    footer.load("centerFooter");
    const area = pl.getPrintAreaOrNullObject();
    area.load("address");
    const titles = pl.getPrintTitleRowsOrNullObject();
    titles.load("address");
    layout = { layout: pl, footer, area, titles };
  }
  const formats = scope.formats.map((rect) => {
    const format = ws.getRange(rangeA1(rect)).format;
    format.fill.load("color");
    format.font.load("bold,italic,color,size,name");
    format.borders.load("items/sideIndex,items/style,items/weight,items/color");
    return { fill: format.fill, font: format.font, borders: format.borders };
  });
  const widths = scope.widths.map((rect) => {
    const format = ws.getRange(rangeA1(rect)).format;
    format.load("columnWidth");
    return format;
  });
  let charts: Excel.ChartCollection | null = null;
  if (scope.charts) {
    charts = ws.charts;
    charts.load("items/name");
  }
  let used: Excel.Range | null = null;
  if (scope.cleared) {
    used = ws.getUsedRangeOrNullObject();
    used.load("address,formulas,numberFormat");
  }
  return {
    scope,
    ws,
    cells,
    merges,
    rules: scope.rules ? queueRuleLoad(ws) : null,
    layout,
    formats,
    widths,
    charts,
    used,
  };
}

function layoutOf(l: NonNullable<SheetLoads["layout"]>): LayoutState {
  return {
    orientation: l.layout.orientation,
    paperSize: l.layout.paperSize,
    zoom: JSON.stringify(l.layout.zoom),
    centerFooter: l.footer.centerFooter,
    printArea: l.area.isNullObject ? null : l.area.address.replace(/^.*!/, ""),
    titleRows: l.titles.isNullObject ? null : l.titles.address.replace(/^.*!/, ""),
  };
}
